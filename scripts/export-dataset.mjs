// Writes the embedded dataset and the contract's JSON Schema next to the bundle, for publishers and tools.
import { writeFileSync } from 'node:fs';
import { seedDataset, toJsonSchema, validate } from '../dist/lib/data/index.js';

const problems = validate(seedDataset);
if (problems.length) {
  console.error('The embedded dataset breaks the contract:', problems);
  process.exit(1);
}
writeFileSync('dist/strike-dataset.json', JSON.stringify(seedDataset, null, 2) + '\n');
writeFileSync('dist/strike-dataset.schema.json', JSON.stringify(toJsonSchema(), null, 2) + '\n');
console.log(
  `dist/strike-dataset.json: ${seedDataset.events.length} events, ${seedDataset.figures.length} figures, ${seedDataset.quotes.length} quotes (v${seedDataset.version})`,
);
