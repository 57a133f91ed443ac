// The supported browsers: the README's table is the one derived from browser-compat-data for the features the code
// needs, and the bundles use no syntax those browsers lack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { esbuildTargets, minimums, readmeSection, README_END, README_START } from '../../scripts/browser-support.mjs';

test("the README's Supported browsers table is the derived one", () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf(README_START), readme.indexOf(README_END) + README_END.length);
  assert.equal(section, readmeSection(), 'run `node scripts/browser-support.mjs --write`');
  for (const m of minimums()) assert.ok(m.version, `${m.name} has every feature`);
});

/** The bundle as esbuild prints it for `target`: the same text as for esnext when no syntax needs lowering. */
const printed = async (code, target) => (await transform(code, { format: 'esm', target, logLevel: 'silent' })).code;

// The bundle, the files it fetches for some pages (a language, the validator, the JSON-LD phrasing), the bundle with a
// language (strike-widgets-uk.js, -ru.js), and hydrate.js.
const chunks = [
  ...readdirSync('dist/strike-widgets').map((f) => `dist/strike-widgets/${f}`),
  'dist/strike-widgets-uk.js',
  'dist/strike-widgets-ru.js',
];
for (const file of ['dist/strike-widgets.js', ...chunks, 'dist/hydrate.js']) {
  test(`${file} needs no syntax newer than the supported browsers have (${esbuildTargets().join(', ')})`, async () => {
    const code = readFileSync(file, 'utf8');
    const latest = await printed(code, 'esnext');
    assert.equal(await printed(code, esbuildTargets()), latest);
    // The check can fail: for a browser from before `??=` and class fields, the same code needs rewriting.
    if (!chunks.includes(file)) assert.notEqual(await printed(code, ['chrome70']), latest);
  });
}
