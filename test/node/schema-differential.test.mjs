// validate() and the published JSON Schema describe one contract: for any one-field change to a valid dataset,
// the schema accepts it exactly when validate() finds no problem of fields, types, formats or closed lists (the
// rules between records, such as references, are validate()'s alone and beyond JSON Schema).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { shapeProblems } from '../../dist/lib/data/validate.js';
import { EVENT_KINDS, METRICS, PARTY_KINDS, QUALIFIERS } from '../../dist/lib/data/model.js';

const schema = JSON.parse(readFileSync('dist/strike-dataset.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const schemaAccepts = ajv.compile(schema);
// A small dataset, so that a change lands on every kind of field often.
const base = JSON.parse(readFileSync('test/fixtures/mini-dataset.json', 'utf8'));

/** Every place a value sits in the dataset: [path of keys, holder, key]. */
function places(value, path = [], out = []) {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      out.push(path.concat(key));
      places(value[key], path.concat(key), out);
    }
  }
  return out;
}
const PLACES = places(base);

/** Values that sit on the edges of the contract's rules, and arbitrary JSON. */
const edgy = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      'x',
      'Kyiv',
      'odesa',
      'Not A Slug',
      'a--b',
      '2024-02-01',
      '2024-02-30',
      '2023-13-01',
      '2023-12',
      '2023',
      '2023-12-29/2023-12',
      '2024-01-02/2023-12',
      '../2022-10-10',
      '../..',
      '..',
      'https://example.org/x',
      'http://x',
      'javascript:alert(1)',
      'ftp://example.org',
      'UA',
      'UA-51',
      'ua',
      'en',
      'uk-UA',
      '1.0.0',
      '1.0',
      ...EVENT_KINDS,
      ...METRICS,
      ...PARTY_KINDS,
      ...QUALIFIERS,
      0,
      1,
      -1,
      0.5,
      90,
      91,
      -180.5,
      2 ** 53 - 1,
      2 ** 53,
      1e308,
      true,
      false,
      null,
      [],
      {},
      ['odesa'],
      [''],
      { n: 3 },
      { low: 1, high: 2 },
      { low: 1, high: 2, best: 1.5 },
      { uk: { name: 'Київ' } },
      '2024-02-29',
      '2023-02-29',
      '1900-02-29',
      '2000-02-29',
      '0012-02-29',
      '2023-04-31',
      '2023-00',
      '2023-12-29/..',
      '\t\n',
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** What only validate() can say: a pattern cannot compare an interval's two ends. */
const BEYOND_SCHEMA = /starts after it ends/;

const mutation = fc.oneof(
  fc.record({ at: fc.constantFrom(...PLACES), to: edgy }).map(({ at, to }) => ({ kind: 'set', at, to })),
  fc.constantFrom(...PLACES).map((at) => ({ kind: 'delete', at })),
  fc
    .record({ at: fc.constantFrom(...PLACES), key: fc.constantFrom('extra', 'qualifer', '__proto__', 'i18n', 'n') })
    .map(({ at, key }) => ({ kind: 'add', at, key })),
);

function apply(m) {
  const d = JSON.parse(JSON.stringify(base));
  const holder = m.at.slice(0, -1).reduce((o, k) => o[k], d);
  const key = m.at.at(-1);
  if (m.kind === 'set') holder[key] = m.to;
  else if (m.kind === 'delete') {
    if (Array.isArray(holder)) holder.splice(Number(key), 1);
    else delete holder[key];
  } else if (holder[key] && typeof holder[key] === 'object' && !Array.isArray(holder[key])) {
    Object.defineProperty(holder[key], m.key, { value: 'x', enumerable: true, writable: true, configurable: true });
  }
  // What a publisher's file holds is JSON: read it back as JSON.
  return JSON.parse(JSON.stringify(d));
}

test('the embedded dataset: no problem either way', () => {
  assert.deepEqual(shapeProblems(base), []);
  assert.equal(schemaAccepts(base), true);
});

test('the check sees a drift: a schema without the calendar accepts what validate() refuses', () => {
  const drifted = structuredClone(schema);
  drifted.$defs.Event.properties.date.pattern = '^.+$';
  const loose = ajv.compile(drifted);
  const d = apply({ kind: 'set', at: ['events', '0', 'date'], to: '2023-02-30' });
  assert.notEqual(loose(d), shapeProblems(d).length === 0);
});

test('3,000 one-field changes: validate() and the JSON Schema agree on each', () => {
  fc.assert(
    fc.property(mutation, (m) => {
      const d = apply(m);
      const problems = shapeProblems(d).filter((p) => !BEYOND_SCHEMA.test(p.message));
      const accepted = schemaAccepts(d);
      assert.equal(
        accepted,
        problems.length === 0,
        `${JSON.stringify(m)}: schema ${accepted ? 'accepts' : `refuses (${ajv.errorsText(schemaAccepts.errors)})`}, validate() finds ${JSON.stringify(problems)}`,
      );
    }),
    { numRuns: 3000, seed: 20241201 },
  );
});
