/**
 * The contract as a JSON Schema (draft 2020-12), generated from the same shapes `validate` reads, so publishers
 * can check their files with any JSON Schema tool. References between records (a figure's event, a quote's
 * speaker) are beyond JSON Schema: `validate` checks those too.
 */
import { COLLECTION_SHAPES, DATASET_SHAPE, FORMATS } from './shapes.js';
import type { Shape } from './shapes.js';

type JsonSchema = Record<string, unknown>;

/**
 * The EDTF pattern made exact to the calendar (no 2023-02-30, 29 February only in leap years) and without an
 * interval open at both ends, so the schema refuses the dates `validate` refuses. Only the order of an interval's
 * ends is beyond a pattern.
 */
const LEAP_YEAR = '(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
const MONTH_DAY =
  '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const EDTF_POINT = `(?:\\d{4}-${MONTH_DAY}|${LEAP_YEAR}-02-29|\\d{4}-(?:0[1-9]|1[0-2])|\\d{4})`;
const EDTF_EXACT = `^(?!\\.\\.(?:/\\.\\.)?$)(?:${EDTF_POINT}|\\.\\.)(?:/(?:${EDTF_POINT}|\\.\\.))?$`;

function convert(shape: Shape): JsonSchema {
  const schema = convertType(shape);
  // An id list's items say what they point at; a field says what it means, and for a reference what it points at.
  const refers =
    shape.type === 'string' && shape.ref ? `The id of a ${shape.ref === 'actor' ? 'party or person' : shape.ref}.` : '';
  const description = [shape.description, refers].filter(Boolean).join(' ');
  return description ? { ...schema, description } : schema;
}

function convertType(shape: Shape): JsonSchema {
  switch (shape.type) {
    case 'string': {
      const schema: JsonSchema = { type: 'string', minLength: 1 };
      if (shape.format) schema['pattern'] = shape.format === 'edtf' ? EDTF_EXACT : FORMATS[shape.format];
      // Text must hold something besides white space.
      else schema['pattern'] = '\\S';
      if (shape.format === 'date') schema['format'] = 'date';
      if (shape.format === 'url') schema['format'] = 'uri';
      return schema;
    }
    case 'number': {
      const schema: JsonSchema = { type: shape.integer ? 'integer' : 'number' };
      if (shape.minimum !== undefined) schema['minimum'] = shape.minimum;
      if (shape.maximum !== undefined) schema['maximum'] = shape.maximum;
      return schema;
    }
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return { enum: [...shape.values] };
    case 'array':
      return { type: 'array', items: convert(shape.items) };
    case 'object':
      return {
        type: 'object',
        properties: Object.fromEntries(Object.entries(shape.props).map(([k, v]) => [k, convert(v)])),
        required: [...shape.required],
        additionalProperties: false,
      };
    case 'anyOf':
      return { anyOf: shape.variants.map(convert) };
  }
}

/** The JSON Schema of a strike dataset. */
export function toJsonSchema(): JsonSchema {
  const root = convert(DATASET_SHAPE) as { properties: Record<string, JsonSchema> };
  const defs: Record<string, JsonSchema> = {};
  for (const [name, shape] of Object.entries(COLLECTION_SHAPES)) {
    const def = name === 'parties' ? 'Party' : name.charAt(0).toUpperCase() + name.slice(1, -1);
    defs[def] = convert(shape);
    root.properties[name] = { ...root.properties[name], items: { $ref: `#/$defs/${def}` } };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Strike dataset',
    description:
      'A dataset for strike-widgets: events, figures as attributed claims, verbatim quotes, and the parties, people, places and sources they cite.',
    ...root,
    $defs: defs,
  };
}
