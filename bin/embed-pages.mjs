// `strike-widgets embed-pages`: writes the static embed pages for a dataset (the embedded one, or a publisher's
// file checked first) into a folder that holds everything they load. See docs/embedding.md, "Without a script tag".
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
/** The id a publisher's dataset has inside each page. */
export const PAGE_DATASET_ID = 'embed-dataset';
/** What the pages load, copied beside them from dist/. */
const ASSETS = [
  'strike-widgets.js',
  'strike-widgets-uk.js',
  'strike-widgets-ru.js',
  'hydrate.js',
  'embed-page.js',
  'strike-widgets-frame.js',
];

const write = (file, content) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
};

/**
 * Writes every embed page, its oEmbed JSON, the linked styles, `index.json` and the files the pages load into
 * `out`. `datasetJson`: a publisher's dataset as checked JSON text; without it, the embedded dataset. Returns the
 * number of pages.
 */
export async function writeEmbedSite({ out, datasetJson, baseUrl, providerName }) {
  const { prerender } = await import(join(dist, 'prerender.js'));
  const embed = await import(join(dist, 'lib/embed/pages.js'));
  const { seedDataset } = await import(join(dist, 'lib/data/index.js'));
  const dataset = datasetJson ? JSON.parse(datasetJson) : seedDataset;
  const options = { baseUrl, providerName, datasetId: datasetJson ? PAGE_DATASET_ID : undefined };
  const pages = embed.embedPages(dataset);
  const styles = new Map();
  const hash = (css) => createHash('sha256').update(css).digest('hex').slice(0, 16);
  for (const page of pages) {
    const source = embed.embedPageSource(page, options, datasetJson);
    const warnings = [];
    const linked = embed.linkStyles(page, prerender(source, { warn: (m) => warnings.push(m) }), hash);
    if (warnings.length) throw new Error(`${page.path}: ${warnings.join('; ')}`);
    for (const [name, css] of linked.styles) styles.set(name, css);
    write(join(out, page.path), linked.html);
    write(join(out, page.oembedPath), `${JSON.stringify(embed.oembed(page, options), null, 2)}\n`);
  }
  for (const [name, css] of styles) write(join(out, name), css);
  write(join(out, 'embed.css'), embed.EMBED_CSS);
  write(join(out, 'index.json'), `${JSON.stringify(embed.embedIndex(pages), null, 2)}\n`);
  for (const asset of ASSETS) copyFileSync(join(dist, asset), join(out, asset));
  // What only some pages of the bundle load (a language, the validator, the JSON-LD phrasing), beside it.
  cpSync(join(dist, 'strike-widgets'), join(out, 'strike-widgets'), { recursive: true });
  return pages.length;
}

const USAGE =
  'usage: strike-widgets embed-pages [--dataset my.json] --out site/embed [--base-url https://example.org/embed/] [--provider-name NAME]';

/** The subcommand: returns the exit code (0 written, 1 invalid dataset, 2 bad usage). */
export async function cli(args) {
  const flags = {};
  for (let i = 0; i < args.length; i += 2) {
    const [name, value] = [args[i], args[i + 1]];
    if (!['--dataset', '--out', '--base-url', '--provider-name'].includes(name) || value === undefined) {
      console.error(USAGE);
      return 2;
    }
    flags[name.slice(2)] = value;
  }
  if (!flags.out) {
    console.error(USAGE);
    return 2;
  }
  if (flags['base-url'] && !/^https?:\/\//.test(flags['base-url'])) {
    console.error('strike-widgets: --base-url must be an absolute http(s) URL, the address of the output folder.');
    return 2;
  }
  let datasetJson;
  if (flags.dataset) {
    const { parseDataset } = await import(join(dist, 'lib/data/index.js'));
    const text = readFileSync(flags.dataset, 'utf8');
    const { error } = parseDataset(text);
    if (error) {
      console.error(`strike-widgets: ${flags.dataset}: ${error.message}`);
      for (const p of error.problems ?? []) console.error(`  ${p.path || '/'}: ${p.message}`);
      return 1;
    }
    datasetJson = JSON.stringify(JSON.parse(text));
  }
  try {
    const count = await writeEmbedSite({
      out: flags.out,
      datasetJson,
      baseUrl: flags['base-url'],
      providerName: flags['provider-name'],
    });
    console.error(
      `strike-widgets: ${count} embed pages in ${flags.out}${flags['base-url'] ? '' : ' (no --base-url: their links are relative, fine for a preview; oEmbed needs absolute URLs)'}`,
    );
    return 0;
  } catch (e) {
    if (e?.code === 'ERR_MODULE_NOT_FOUND' && /@lit-labs\/ssr|parse5/.test(e.message)) {
      console.error(
        'strike-widgets: embed pages are prerendered, which needs @lit-labs/ssr: npm install --save-dev @lit-labs/ssr@~4.1.0',
      );
      return 1;
    }
    throw e;
  }
}
