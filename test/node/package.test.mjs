// The npm package as a consumer gets it: the files `npm pack` would publish (after `npm run build`), read from
// `npm pack --dry-run --json`, and what package.json promises about them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
const files = new Set(packed.files.map((f) => f.path));
const shipped = (target) => files.has(target.replace(/^\.\//, ''));

/** Every file an `exports` entry names, with the entry and condition it comes from. */
const exportTargets = Object.entries(pkg.exports).flatMap(([entry, value]) =>
  typeof value === 'string'
    ? [{ entry, condition: 'default', target: value }]
    : Object.entries(value).map(([condition, target]) => ({ entry, condition, target })),
);

test('every file that exports, main, module, types and bin name is in the package', () => {
  const named = [...exportTargets.map((t) => t.target), pkg.main, pkg.module, pkg.types, ...Object.values(pkg.bin)];
  assert.deepEqual(
    named.filter((target) => !shipped(target)),
    [],
  );
});

test('every export that has JavaScript has types, and the types are in the package', () => {
  const entries = Object.entries(pkg.exports).filter(([, v]) => typeof v === 'object' && v.default?.endsWith('.js'));
  assert.ok(entries.length >= 5);
  assert.deepEqual(
    entries.filter(([, v]) => !v.types || !shipped(v.types)).map(([entry]) => entry),
    [],
  );
  // The types of each module sit beside it: a .d.ts for every .js of the library build.
  const libJs = [...files].filter((f) => f.startsWith('dist/lib/') && f.endsWith('.js'));
  assert.deepEqual(
    libJs.filter((f) => !files.has(f.replace(/\.js$/, '.d.ts'))),
    [],
  );
});

test('the package ships no sources, tests or stories, and nothing it ships points into src/', () => {
  assert.deepEqual(
    [...files].filter((f) => /^(src|test|stories|scripts|\.storybook)\//.test(f)),
    [],
  );
  const code = [...files].filter(
    (f) => /\.(m?js|d\.ts|json)$/.test(f) && f !== 'package.json' && f !== 'custom-elements.json',
  );
  const pointsIntoSrc = code.filter((f) =>
    /(?:from\s*|import\(\s*|require\(\s*)['"][^'"]*\/src\//.test(readFileSync(f, 'utf8')),
  );
  assert.deepEqual(pointsIntoSrc, []);
});

test('the manifest, README, theming guide, licence and CLI are in the package', () => {
  for (const file of ['custom-elements.json', 'README.md', 'docs/theming.md', 'LICENSE', 'package.json'])
    assert.ok(files.has(file), file);
  assert.ok(shipped(pkg.customElements), 'package.json points at the shipped manifest');
});

test('strike-widgets/data runs in Node on its own: types, validate, queries, the embedded dataset', async () => {
  const data = await import('strike-widgets/data');
  assert.deepEqual(data.validate(data.seedDataset), []);
  assert.equal(data.claimsFor(data.seedDataset, '2022-10-10-missile-strikes', 'killed').shown.value.n, 14);
  assert.equal(typeof data.toJsonSchema().$schema, 'string');
});

test('per-element modules leave lit as a dependency and declare their tag for createElement and querySelector', () => {
  for (const tag of ['strike-card', 'casualty-counter', 'quote-block', 'strike-timeline', 'claim-compare']) {
    const entry = pkg.exports[`./${tag}.js`];
    const element = readFileSync(`dist/lib/elements/${tag}/${tag}.js`, 'utf8');
    assert.match(element, /from 'lit'/, 'imports lit rather than bundling it');
    assert.doesNotMatch(element, /class LitElement/);
    assert.match(readFileSync(entry.types, 'utf8'), new RegExp(`'${tag}': `));
  }
});

test('library modules left out of sideEffects register no element when imported (a bundler may drop them)', () => {
  const sideEffects = pkg.sideEffects.map(
    (glob) => new RegExp(`^${glob.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`),
  );
  const library = [...files].filter((f) => f.startsWith('dist/lib/') && f.endsWith('.js'));
  const free = library.filter((f) => !sideEffects.some((re) => re.test(f)));
  assert.ok(free.length > 10 && free.length < library.length);
  // A registration at the top level of the module, not inside a function.
  assert.deepEqual(
    free.filter((f) => /^(?:customElements\.define|defineElement)\(/m.test(readFileSync(f, 'utf8'))),
    [],
  );
});

test('the script-tag bundle: no static import, and every chunk it may fetch is in the package beside it', () => {
  const bundle = readFileSync('dist/strike-widgets.js', 'utf8');
  assert.doesNotMatch(bundle, /(^|[;}\s])import\s*[{*"'a-zA-Z]/);
  assert.match(bundle, /customElements/);
  const chunks = [...bundle.matchAll(/import\(\s*["']\.\/(strike-widgets\/[\w-]+\.js)["']\s*\)/g)].map((m) => m[1]);
  // A language each for uk and ru, the validator, the JSON-LD phrasing.
  assert.ok(chunks.length >= 4, chunks.join(', '));
  assert.deepEqual(
    chunks.filter((chunk) => !files.has(`dist/${chunk}`)),
    [],
  );
  // A chunk imports only the bundle, by the name it is hosted under.
  for (const chunk of chunks)
    for (const [, from] of readFileSync(`dist/${chunk}`, 'utf8').matchAll(/from\s*["']([^"']+)["']/g))
      assert.equal(from, '../strike-widgets.js', chunk);
});

test('the bundles with a language (strike-widgets-uk.js, -ru.js): exported, packed, importing only the bundle and their language', () => {
  for (const lang of ['uk', 'ru']) {
    const file = `dist/strike-widgets-${lang}.js`;
    assert.equal(pkg.exports[`./strike-widgets-${lang}.js`], `./${file}`);
    assert.ok(files.has(file), file);
    const from = [...new Set([...readFileSync(file, 'utf8').matchAll(/from\s*["']([^"']+)["']/g)].map((m) => m[1]))];
    assert.equal(from.length, 2, from.join(', '));
    assert.equal(from[0], './strike-widgets.js');
    assert.match(from[1], new RegExp(`^\\./strike-widgets/${lang}-[\\w-]+\\.js$`));
    assert.ok(files.has(`dist/${from[1].slice(2)}`), from[1]);
  }
});

test('the demo and the embed pages the build writes are not in the package', () => {
  assert.deepEqual(
    [...files].filter((f) => /^dist\/(demo|embed)\//.test(f)),
    [],
  );
});
