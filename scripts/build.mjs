// `npm run build`: the TypeScript compiler's per-module output (npm users, types), the single script-tag bundle,
// the dataset and its JSON Schema, and the demo site. Everything lands in dist/ (never committed).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const bin = (name) => join('node_modules', '.bin', name);

rmSync('dist', { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('rollup'), ['-c', '--silent']);
run(process.execPath, ['scripts/export-dataset.mjs']);
run(process.execPath, ['scripts/generate-jsx.mjs']);

// The demo: the article, the embed builder, and the bundle with its folder of chunks, also inside a folder named
// for the version (what a publisher uploads), whose entry's integrity hash the builder's snippet carries.
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const bundle = readFileSync('dist/strike-widgets.js');
const folder = `strike-widgets-${version}`;
const file = `${folder}/strike-widgets.js`;
mkdirSync('dist/demo', { recursive: true });
cpSync('demo', 'dist/demo', { recursive: true });
// The bundle with a language in the same load, for pages in that language (see src/bundle-uk.ts).
const entries = ['strike-widgets.js', 'strike-widgets-uk.js', 'strike-widgets-ru.js'];
for (const at of ['dist/demo', join('dist/demo', folder)]) {
  mkdirSync(at, { recursive: true });
  for (const entry of entries) copyFileSync(join('dist', entry), join(at, entry));
  cpSync('dist/strike-widgets', join(at, 'strike-widgets'), { recursive: true });
}
copyFileSync('dist/strike-dataset.json', 'dist/demo/strike-dataset.json');
copyFileSync('dist/sheets.js', 'dist/demo/sheets.js');
// The builder lists events and quotes from the data layer, loaded as plain modules beside the bundle.
cpSync('dist/lib', 'dist/demo/lib', { recursive: true, filter: (f) => !f.endsWith('.d.ts') });
// Static embed pages for iframes, and a copy beside the demo for the builder's preview.
const { writeEmbedSite } = await import('../bin/embed-pages.mjs');
const embedCount = await writeEmbedSite({ out: 'dist/embed' });
cpSync('dist/embed', 'dist/demo/embed', { recursive: true });
console.log(`dist/embed: ${embedCount} embed pages`);
const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const integrity = integrityOf(bundle);
// A page in Ukrainian or Russian also gets that language's entry, with its own hash.
const languages = Object.fromEntries(
  ['uk', 'ru'].map((lang) => {
    const entry = `strike-widgets-${lang}.js`;
    return [lang, { file: `${folder}/${entry}`, integrity: integrityOf(readFileSync(join('dist', entry))) }];
  }),
);
writeFileSync('dist/demo/embed.json', JSON.stringify({ version, file, integrity, languages }, null, 2) + '\n');
console.log(`dist/strike-widgets.js: ${bundle.length} bytes; demo in dist/demo (${file}, ${integrity.slice(0, 20)}…)`);
