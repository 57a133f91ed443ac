// `npm run size`: writes what a reader downloads into .size/, prints where its bytes go, and size-limit
// (.size-limit.json) checks each part against its limit, gzip -9. size-limit measures files; this script makes the
// files it cannot: the bundle's code without any dataset, <strike-card> imported alone from the package with one
// event's data, and each element's own code. `--inflate=N` adds N incompressible bytes to every file, to see the
// check fail.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { minify } from 'terser';
import { bundleInput, bundleOutput, bundlePlugins } from '../rollup.config.js';

const OUT = '.size';
const KB = 1024;

/** The embedded dataset replaced: `data` is what `seed/index.js` exports, in the form readers download. */
const seedAs = (data) => ({
  name: 'seed-as',
  load: (id) =>
    /[\\/]data[\\/]seed[\\/]index\.js$/.test(id)
      ? `export const seedDataset = ${JSON.stringify(data)};`
      : /[\\/]data[\\/]seed[\\/]i18n-(uk|ru)\.js$/.test(id)
        ? 'export const translations = null;'
        : /[\\/]data[\\/]seed[\\/]structured-data\.js$/.test(id)
          ? 'export const structuredData = null;'
          : null,
});

const EMPTY = {
  schemaVersion: 1,
  id: 'none',
  title: 'none',
  version: '0.0.0',
  updatedAt: '2000-01-01',
  language: 'en',
  parties: [],
  persons: [],
  sources: [],
  places: [],
  events: [],
  figures: [],
  quotes: [],
};

/** One event of the embedded dataset with its figures and quotes, and only the actors, sources and places they name. */
async function oneEvent(id) {
  const { seedDataset: ds } = await import('../dist/lib/data/seed/index.js');
  const { forReaders } = await import('../dist/lib/data/seed/readers.js');
  const events = ds.events.filter((e) => e.id === id);
  const figures = ds.figures.filter((f) => f.event === id);
  const quotes = ds.quotes.filter((q) => q.event === id);
  const named = new Set();
  const collect = (v) =>
    typeof v === 'string' ? named.add(v) : v && typeof v === 'object' && Object.values(v).forEach(collect);
  collect([events, figures, quotes]);
  collect(ds.sources.filter((s) => named.has(s.id)));
  const pick = (list) => list.filter((r) => named.has(r.id));
  return forReaders({
    ...ds,
    parties: pick(ds.parties),
    persons: pick(ds.persons),
    sources: pick(ds.sources),
    places: pick(ds.places),
    events,
    figures,
    quotes,
  });
}

/** Adds `bytes` of random, incompressible text to a file's end, as a careless change would. */
function randomText(bytes) {
  let s = '';
  let x = 2463534242;
  while (s.length < bytes) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    s += String.fromCharCode(33 + ((x >>> 0) % 90));
  }
  return s;
}
const inflate = (bytes) => ({
  name: 'inflate',
  renderChunk: (code, chunk) =>
    bytes && chunk.isEntry ? `${code}\nexport const __padding = ${JSON.stringify(randomText(bytes))};` : null,
});

/** Builds `input` as the script-tag bundle is built, with `extra` plugins first; returns the output chunks. */
async function build(input, { extra = [], external, write, inflateBy = 0 }) {
  const bundle = await rollup({
    input,
    external,
    preserveEntrySignatures: 'allow-extension',
    plugins: [...extra, ...bundlePlugins()],
    onwarn: () => {},
  });
  const options = { ...bundleOutput, plugins: [inflate(inflateBy)] };
  const { output } = write ? await bundle.write({ ...options, dir: write }) : await bundle.generate(options);
  await bundle.close();
  return output.filter((o) => o.type === 'chunk');
}

const gz = (code) => gzipSync(code, { level: 9 }).length;

/**
 * Where the English page's bytes go: each module of the bundle minified alone and gzipped alone (so the column adds
 * up to more than the file, which gzip compresses across modules), by module and by part of the code.
 */
async function breakdown() {
  const bundle = await rollup({
    input: { 'strike-widgets': bundleInput['strike-widgets'] },
    preserveEntrySignatures: 'allow-extension',
    plugins: bundlePlugins().filter((p) => p.name !== 'terser'),
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ ...bundleOutput });
  await bundle.close();
  const entry = output.find((o) => o.type === 'chunk' && o.isEntry);
  const rows = [];
  for (const [id, m] of Object.entries(entry.modules)) {
    if (!m.code) continue;
    const { code = '' } = await minify(m.code, { ecma: 2022, compress: { passes: 2 }, mangle: true });
    const name = id.replace(/\\/g, '/').replace(/.*\/(dist\/lib|node_modules)\//, '');
    rows.push({ name, part: partOf(name), gzip: gz(code) });
  }
  const parts = new Map();
  for (const r of rows) parts.set(r.part, (parts.get(r.part) ?? 0) + r.gzip);
  const kb = (n) => `${(n / KB).toFixed(2)}`;
  console.log('\nWhere the English page’s bytes go (each module minified and gzipped alone, KB):\n');
  console.log('| part | gzip KB | largest modules |\n| --- | ---: | --- |');
  for (const [part, total] of [...parts].sort((a, b) => b[1] - a[1])) {
    const top = rows
      .filter((r) => r.part === part)
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 4)
      .map((r) => `${r.name} ${kb(r.gzip)}`)
      .join(', ');
    console.log(`| ${part} | ${kb(total)} | ${top} |`);
  }
}

function partOf(name) {
  if (/^(lit|lit-html|lit-element|@lit)\//.test(name)) return 'lit runtime';
  if (/^data\/seed\//.test(name)) return 'embedded dataset (English, no notes)';
  if (/^data\/(validate|shapes|json-steps|steps)\.js$/.test(name)) return 'validator and JSON reading';
  if (/^data\//.test(name)) return 'data layer';
  if (/^format\/locales\//.test(name)) return 'UI strings (English)';
  if (/^format\//.test(name)) return 'phrasing (format/)';
  if (/styles/.test(name)) return 'styles';
  if (/^elements\/[^/]+\/[^/]+\.js$/.test(name)) return 'element classes and templates';
  if (/^elements\//.test(name)) return 'element base and shared templates';
  return 'other';
}

const extraBytes = Number((process.argv.find((a) => a.startsWith('--inflate=')) ?? '=0').split('=')[1]);
try {
  readFileSync('dist/lib/bundle.js');
  readFileSync('dist/strike-widgets.js');
} catch {
  console.error('dist is missing: run `npm run build` first.');
  process.exit(1);
}
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

// The bundle and its folder, as readers download them.
await build(bundleInput, { write: OUT, inflateBy: extraBytes });
// The same code with an empty embedded dataset.
await build(bundleInput, { extra: [seedAs(EMPTY)], write: join(OUT, 'code'), inflateBy: extraBytes });
// <strike-card> from the package (`strike-widgets/strike-card.js`), as a page's own bundler would build it, with
// one event as the page's data.
const card = await build('dist/lib/elements/strike-card/define.js', {
  extra: [seedAs(await oneEvent('2022-10-10-missile-strikes'))],
  inflateBy: extraBytes,
});
writeFileSync(join(OUT, 'strike-card-alone.js'), card.find((c) => c.isEntry).code);
// Each element's own code: lit and the shared modules it imports (base, format, data) are counted elsewhere.
const shared = (id) =>
  !/\/elements\/[^/]+\/[^/]+\.js$/.test(id) || /\/elements\/(base|templates|warn|string-blocks)\.js$/.test(id);
mkdirSync(join(OUT, 'elements'));
for (const tag of readdirSync('dist/lib/elements', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)) {
  const entry = join('dist/lib/elements', tag, `${tag}.js`);
  const [own] = await build(entry, {
    external: (id) => id === 'lit' || id.startsWith('lit/') || (id !== entry && shared(id.replace(/\\/g, '/'))),
    inflateBy: extraBytes,
  });
  writeFileSync(join(OUT, 'elements', `${tag}.js`), own.code);
}
// The optional host script for embed iframes, which publishers add to every page.
cpSync('dist/strike-widgets-frame.js', join(OUT, 'strike-widgets-frame.js'));
if (extraBytes)
  writeFileSync(
    join(OUT, 'strike-widgets-frame.js'),
    `${readFileSync(join(OUT, 'strike-widgets-frame.js'), 'utf8')}\n/*${randomText(extraBytes)}*/`,
  );

if (!process.argv.includes('--quiet')) await breakdown();
