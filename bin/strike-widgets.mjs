#!/usr/bin/env node
// `strike-widgets prerender page.html > out.html`: every strike-widgets element of the page expanded into
// declarative shadow DOM (see docs/structured-data-and-prerendering.md). `-` or no file reads the page from standard input.
// `--csp-hashes` also prints, on standard error, the 'sha256-…' sources of the prerendered inline styles.
// Exits 1, naming each, when an element renders an error (an unknown id, an invalid attribute).
import { readFileSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);

// Spreadsheets in and out: see bin/sheets.mjs.
if (command === 'import' || command === 'export-csv') {
  const { runSheetsCommand } = await import('./sheets.mjs');
  process.exit(await runSheetsCommand(command, args));
}
// `strike-widgets embed-pages --dataset my.json --out site/embed`: static pages for iframes (bin/embed-pages.mjs).
if (command === 'embed-pages') process.exit(await (await import('./embed-pages.mjs')).cli(args));
const usage = 'usage: strike-widgets prerender [page.html|-] [--csp-hashes] > out.html';
if (command !== 'prerender' || args.some((a) => a.startsWith('--') && a !== '--csp-hashes')) {
  console.error(usage);
  process.exit(command === '--help' || command === '-h' ? 0 : 2);
}

let api;
try {
  api = await import('../dist/prerender.js');
} catch (e) {
  if (e?.code === 'ERR_MODULE_NOT_FOUND' && /@lit-labs\/ssr|parse5/.test(e.message)) {
    console.error('strike-widgets: prerendering needs @lit-labs/ssr: npm install --save-dev @lit-labs/ssr@~4.1.0');
    process.exit(1);
  }
  throw e;
}

const file = args.find((a) => !a.startsWith('--'));
const source = readFileSync(file && file !== '-' ? file : 0, 'utf8');
const say = (message) => console.error(`strike-widgets: ${message}`);
let failed = 0;
const out = api.prerender(source, { warn: say, error: (message) => (failed++, say(message)) });
process.stdout.write(out);
if (args.includes('--csp-hashes')) console.error(`style-src hashes: ${(await api.styleHashes(out)).join(' ')}`);
// The page is written either way, but a build must not publish an element that shows readers an error.
if (failed) process.exit(1);
