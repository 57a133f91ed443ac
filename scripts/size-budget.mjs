// The size budget, enforced: fails when the script-tag bundle (lit, every element, three languages, the embedded
// dataset) exceeds 20 KB gzip, when the same bundle without the dataset exceeds 14 KB gzip, or when any element's
// own module (lit and the shared code it imports left out) exceeds 3 KB gzip. Prints raw, gzip and brotli sizes of
// every output. `--inflate=N` adds N incompressible bytes to every build, to show the check failing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const KB = 1024;
export const BUDGETS = { bundle: 20 * KB, bundleWithoutDataset: 14 * KB, element: 3 * KB };

const EMPTY_SEED = `export const seedDataset = { schemaVersion: 1, id: 'none', title: 'none', version: '0.0.0',
  updatedAt: '2000-01-01', language: 'en', parties: [], persons: [], sources: [], places: [], events: [], figures: [],
  quotes: [] };`;

/** Replaces the embedded dataset with an empty one. */
const withoutDataset = () => ({
  name: 'without-dataset',
  resolveId: (id) => (id.endsWith('/seed/index.js') ? '\0empty-seed' : null),
  load: (id) => (id === '\0empty-seed' ? EMPTY_SEED : null),
});

/** Adds `bytes` of random, incompressible text to the output, as a careless change would. */
const inflate = (bytes) => ({
  name: 'inflate',
  renderChunk: (code) =>
    bytes ? `${code}\nexport const __padding = ${JSON.stringify(randomText(bytes))};` : null,
});
function randomText(bytes) {
  let s = '';
  let x = 2463534242;
  while (s.length < bytes) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    s += String.fromCharCode(33 + ((x >>> 0) % 90));
  }
  return s;
}

async function build(input, { external = [], plugins = [], extra = 0 }) {
  const bundle = await rollup({
    input,
    external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`) || (typeof e === 'function' && e(id))),
    plugins: [...plugins, nodeResolve({ browser: true })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({
    format: 'es',
    plugins: [terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }), inflate(extra)],
  });
  await bundle.close();
  return Buffer.from(output[0].code);
}

const sizes = (code) => ({
  raw: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code).length,
});

/** Builds and measures every output; returns rows with their budgets. */
export async function measure({ extra = 0 } = {}) {
  const rows = [];
  rows.push({ name: 'strike-widgets.js (everything)', ...sizes(await build('dist/lib/index.js', { extra })), budget: BUDGETS.bundle });
  rows.push({
    name: 'strike-widgets.js without the dataset',
    ...sizes(await build('dist/lib/index.js', { plugins: [withoutDataset()], extra })),
    budget: BUDGETS.bundleWithoutDataset,
  });
  rows.push({ name: 'lit alone (for reference)', ...sizes(await build('node_modules/lit/index.js', {})) });
  rows.push({
    name: 'embedded dataset alone',
    ...sizes(await build('dist/lib/data/seed/index.js', {})),
  });
  // Each element's own code: lit and the shared modules it imports (base, format, data) are counted elsewhere.
  const shared = (id) => !/\/elements\/[^/]+\/[^/]+\.js$/.test(id) || /\/elements\/(base|templates|warn|string-blocks)\.js$/.test(id);
  for (const tag of readdirSync('dist/lib/elements', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    const entry = join('dist/lib/elements', tag, `${tag}.js`);
    rows.push({
      name: `${tag} (own code, without lit)`,
      ...sizes(await build(entry, { external: ['lit', (id) => id !== entry && shared(id.replace(/\\/g, '/'))], extra })),
      budget: BUDGETS.element,
    });
  }
  return rows;
}

export function table(rows) {
  const kb = (n) => `${(n / KB).toFixed(2)} KB`;
  const lines = [
    '| output | raw | gzip | brotli | gzip budget |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.name} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${r.budget ? `${kb(r.budget)} ${r.gzip > r.budget ? '✗ over' : '✓'}` : '—'} |`),
  ];
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const extra = Number((process.argv.find((a) => a.startsWith('--inflate=')) ?? '=0').split('=')[1]);
  try {
    readFileSync('dist/lib/index.js');
  } catch {
    console.error('dist/lib is missing: run `npm run build` first.');
    process.exit(1);
  }
  const rows = await measure({ extra });
  console.log(table(rows));
  const over = rows.filter((r) => r.budget && r.gzip > r.budget);
  if (over.length) {
    console.error(`\nOver budget: ${over.map((r) => `${r.name} is ${r.gzip} B gzip (budget ${r.budget} B)`).join('; ')}`);
    process.exit(1);
  }
  console.log('\nEvery output is within its budget.');
}
