// The npm package: what package.json promises exists after `npm run build`, and each entry is the right kind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const targets = (entry) => (typeof entry === 'string' ? [entry] : Object.values(entry));

test('every file the exports map names exists', () => {
  for (const [name, entry] of Object.entries(pkg.exports)) {
    for (const file of targets(entry)) assert.ok(existsSync(file), `${name} → ${file}`);
  }
  assert.ok(existsSync(pkg.types) && existsSync(pkg.main));
});

test('lit is the only runtime dependency', () => {
  assert.deepEqual(Object.keys(pkg.dependencies), ['lit']);
});

test('strike-widgets/data runs in Node on its own: types, validate, queries, the embedded dataset', async () => {
  const data = await import('strike-widgets/data');
  assert.deepEqual(data.validate(data.seedDataset), []);
  assert.equal(data.claimsFor(data.seedDataset, '2022-10-10-missile-strikes', 'killed').shown.value.n, 14);
  assert.equal(typeof data.toJsonSchema().$schema, 'string');
  assert.ok(existsSync('dist/lib/data/index.d.ts'));
});

test('per-element modules leave lit as a dependency and register their element', () => {
  for (const tag of ['strike-card', 'casualty-counter', 'quote-block', 'strike-timeline', 'claim-compare']) {
    const entry = pkg.exports[`./${tag}.js`];
    const define = readFileSync(entry.default, 'utf8');
    assert.match(define, new RegExp(`defineElement\\('${tag}'`));
    assert.ok(existsSync(entry.types), entry.types);
    const element = readFileSync(`dist/lib/elements/${tag}/${tag}.js`, 'utf8');
    assert.match(element, /from 'lit'/, 'imports lit rather than bundling it');
    assert.doesNotMatch(element, /class LitElement/);
  }
});

test('the types declare every tag for document.createElement and querySelector', () => {
  for (const tag of ['strike-card', 'casualty-counter', 'quote-block', 'strike-timeline', 'claim-compare']) {
    assert.match(readFileSync(`dist/lib/elements/${tag}/define.d.ts`, 'utf8'), new RegExp(`'${tag}': `));
  }
});

test('sideEffects names only the modules that register elements', () => {
  assert.deepEqual(pkg.sideEffects, ['./dist/strike-widgets.js', './dist/hydrate.js', './dist/lib/index.js', './dist/lib/elements/*/define.js']);
  assert.doesNotMatch(readFileSync('dist/lib/data/index.js', 'utf8'), /customElements/);
});

test('the script-tag bundle is one self-contained module: no import statements left', () => {
  const bundle = readFileSync('dist/strike-widgets.js', 'utf8');
  assert.doesNotMatch(bundle, /(^|[;}\s])import\s*[{*"'a-zA-Z]/);
  assert.match(bundle, /customElements/);
});

test('the files list ships the CLI, the build, the manifest, the README and the licence', () => {
  assert.deepEqual(pkg.files, ['bin/', 'dist/', 'custom-elements.json', 'README.md', 'docs/', 'LICENSE']);
  assert.deepEqual(pkg.bin, { 'strike-widgets': './bin/strike-widgets.mjs' });
});

test('the prerenderer’s packages are optional peers (and installed here for development), never dependencies', () => {
  for (const name of ['@lit-labs/ssr', 'parse5']) {
    assert.ok(pkg.peerDependencies[name] && pkg.peerDependenciesMeta[name].optional, name);
    assert.ok(pkg.devDependencies[name], name);
  }
});
