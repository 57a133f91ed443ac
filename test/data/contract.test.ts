import { expect } from '@open-wc/testing';
import { toJsonSchema } from '../../src/data/json-schema.js';
import { validate } from '../../src/data/validate.js';
import { everyFieldDataset } from './every-field.js';

type Schema = {
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  $ref?: string;
  description?: string;
};

const schema = toJsonSchema() as Schema & { $defs: Record<string, Schema> };
const resolve = (s: Schema): Schema => (s.$ref ? schema.$defs[s.$ref.replace('#/$defs/', '')]! : s);

/** Every property the schema describes, as a path with `#` for array items: `events/#/weapons/#/canonical`. */
function schemaFields(at: Schema, path = '', out = new Map<string, Schema>()): Map<string, Schema> {
  const s = resolve(at);
  for (const [key, field] of Object.entries(s.properties ?? {})) {
    out.set(`${path}${key}`, field);
    schemaFields(field, `${path}${key}/`, out);
  }
  if (s.items) schemaFields(s.items, `${path}#/`, out);
  for (const variant of s.anyOf ?? []) schemaFields(variant, path, out);
  return out;
}

/** Every field a value holds, in the same form. */
function valueFields(value: unknown, path = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => valueFields(item, `${path}#/`, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      out.add(`${path}${key}`);
      valueFields(v, `${path}${key}/`, out);
    }
  }
  return out;
}

describe('the contract: one description, read by the validator, the types and the JSON Schema', () => {
  const inSchema = schemaFields(schema);
  const inFixture = valueFields(everyFieldDataset);

  it('a dataset that uses every field validates without a problem', () => {
    expect(validate(everyFieldDataset)).to.deep.equal([]);
  });

  it('every field of the JSON Schema is used by that dataset, and it uses no other', () => {
    expect(
      [...inSchema.keys()].filter((f) => !inFixture.has(f)),
      'in the schema, not in the dataset',
    ).to.deep.equal([]);
    expect(
      [...inFixture].filter((f) => !inSchema.has(f)),
      'in the dataset, not in the schema',
    ).to.deep.equal([]);
    // Enough fields that a broken walk (say, one that stops at $ref) cannot pass by finding none.
    expect(inSchema.size).to.be.above(100);
  });

  it('every field of the JSON Schema says what it means', () => {
    const undescribed = [...inSchema].filter(([, field]) => !field.description?.trim()).map(([path]) => path);
    expect(undescribed).to.deep.equal([]);
  });

  it('a field of the dataset that the contract does not know is refused at its path', () => {
    const extra = structuredClone(everyFieldDataset) as unknown as { figures: Record<string, unknown>[] };
    extra.figures[1]!['claimantTitle'] = 'Mayor';
    expect(validate(extra)).to.deep.equal([
      { path: '/figures/1/claimantTitle', message: 'is not a field of the contract' },
    ]);
  });
});
