// The build's dataset outputs: dist/strike-dataset.json (the embedded dataset as JSON) and the JSON Schema of the
// contract; and the data layer running in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { claimsFor, seedDataset, total, validate } from '../../dist/lib/data/index.js';

const exported = JSON.parse(readFileSync('dist/strike-dataset.json', 'utf8'));
const schema = JSON.parse(readFileSync('dist/strike-dataset.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const checkSchema = ajv.compile(schema);

test('dist/strike-dataset.json is the embedded dataset', () => {
  assert.deepEqual(exported, JSON.parse(JSON.stringify(seedDataset)));
});

test('dist/strike-dataset.json holds every quote and figure of the four reports', () => {
  assert.equal(exported.quotes.length, 25);
  assert.equal(exported.figures.length, 29);
  for (const figure of exported.figures)
    assert.ok(figure.claimant && figure.reportedIn.length && figure.qualifier, figure.id);
});

test('the embedded dataset validates against the published JSON Schema', () => {
  const ok = checkSchema(exported);
  assert.ok(ok, JSON.stringify(checkSchema.errors?.slice(0, 5)));
});

const breakages = [
  ['an unknown metric', (d) => (d.figures[0].metric = 'dead'), '/figures/0/metric'],
  ['a negative count', (d) => (d.figures[0].value = { n: -3 }), '/figures/0/value'],
  ['a missing claimant', (d) => delete d.figures[0].claimant, '/figures/0'],
  ['a javascript: URL', (d) => (d.sources[0].url = 'javascript:alert(1)'), '/sources/0/url'],
  ['an unknown field', (d) => (d.events[0].colour = 'red'), '/events/0'],
  ['a bad date', (d) => (d.figures[0].asOf = '10/10/2022'), '/figures/0/asOf'],
];
for (const [what, mutate, path] of breakages) {
  test(`the JSON Schema and validate() both reject ${what}`, () => {
    const copy = structuredClone(exported);
    mutate(copy);
    assert.equal(checkSchema(copy), false);
    assert.ok(
      checkSchema.errors.some((e) => e.instancePath.startsWith(path)),
      JSON.stringify(checkSchema.errors),
    );
    assert.ok(validate(copy).some((p) => p.path.startsWith(path)));
  });
}

test('the data layer runs in Node: lookups and totals', () => {
  assert.equal(claimsFor(seedDataset, '2023-12-30-belgorod-attack', 'killed').shown.claimant, 'moscow-times');
  assert.equal(claimsFor(seedDataset, '2023-12-29-aerial-bombardment', 'killed').disagree, true);
  const t = total(seedDataset, ['2022-10-10-missile-strikes', '2023-12-30-belgorod-attack'], 'killed');
  assert.deepEqual(t.value, { n: 35 });
  assert.equal(t.qualifier, 'at-least');
});
