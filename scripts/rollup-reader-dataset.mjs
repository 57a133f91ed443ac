// The embedded dataset as readers download it, for the script-tag bundle: data/seed/index.js becomes the dataset
// without the editors' notes and without translations, and each data/seed/i18n-<lang>.js that language's
// translations, where they sit; data/seed/structured-data.js the fields only the JSON-LD reads, which its chunk puts
// back (see src/data/seed/readers.ts, whose functions write all of these from the compiled dataset).
// The per-module build in dist/lib, the JSON export and the prerenderer keep the whole dataset.
import { pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const SEED = /[\\/]data[\\/]seed[\\/]index\.js$/;
const I18N = /[\\/]data[\\/]seed[\\/]i18n-(uk|ru)\.js$/;
const STRUCTURED = /[\\/]data[\\/]seed[\\/]structured-data\.js$/;

export function readerDataset() {
  const seedOf = async (id) => {
    const dir = dirname(id);
    const { seedDataset } = await import(pathToFileURL(join(dir, 'index.js')).href);
    const readers = await import(pathToFileURL(join(dir, 'readers.js')).href);
    return { seedDataset, readers };
  };
  return {
    name: 'strike-widgets-reader-dataset',
    async load(id) {
      if (SEED.test(id)) {
        const { seedDataset, readers } = await seedOf(id);
        return `export const seedDataset = ${JSON.stringify(readers.forReaders(seedDataset))};`;
      }
      if (STRUCTURED.test(id)) {
        const { seedDataset, readers } = await seedOf(id);
        return `export const structuredData = ${JSON.stringify(readers.structuredDataOf(seedDataset) ?? null)};`;
      }
      const lang = I18N.exec(id)?.[1];
      if (lang) {
        const { seedDataset, readers } = await seedOf(id);
        return `export const translations = ${JSON.stringify(readers.translationsOf(seedDataset, lang) ?? null)};`;
      }
      return null;
    },
  };
}
