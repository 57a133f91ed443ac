/**
 * The contract as data: one description of every record's fields, read by `validate()` and turned into the
 * published JSON Schema, so the two can never disagree. The TypeScript types in model.ts are checked against
 * these shapes at compile time (test/data/shapes-match-model.test.ts).
 */
import {
  EVENT_KINDS,
  GEO_PRECISIONS,
  LEVELS,
  METRICS,
  MUNITIONS,
  PARTY_KINDS,
  PLACE_KINDS,
  QUALIFIERS,
  RELATION_KINDS,
  SCHEMA_VERSION,
} from './model.js';

/** What an id field must point at. `actor` is a party or a person. */
export type RefKind = 'event' | 'actor' | 'party' | 'source' | 'place' | 'figure';

/** String formats the contract knows, each with the pattern the JSON Schema publishes. */
export const FORMATS = {
  slug: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  date: '^\\d{4}-\\d{2}-\\d{2}$',
  edtf: '^(?:\\d{4}(?:-\\d{2}(?:-\\d{2})?)?|\\.\\.)(?:/(?:\\d{4}(?:-\\d{2}(?:-\\d{2})?)?|\\.\\.))?$',
  url: '^[Hh][Tt][Tt][Pp][Ss]?://\\S+$',
  country: '^[A-Z]{2}$',
  subdivision: '^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$',
  language: '^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$',
  semver: '^\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.-]+)?$',
} as const;
export type Format = keyof typeof FORMATS;

export type Shape =
  | StringShape
  | { type: 'number'; minimum?: number; maximum?: number; integer?: boolean }
  | { type: 'boolean' }
  | { type: 'enum'; values: readonly (string | number)[] }
  | { type: 'array'; items: Shape }
  | { type: 'object'; props: Record<string, Shape>; required: readonly string[] }
  | { type: 'anyOf'; variants: readonly Shape[] };
export type StringShape = { type: 'string'; format?: Format; ref?: RefKind };
export type ObjectShape<P extends Record<string, Shape>, R extends string> = {
  type: 'object';
  props: P;
  required: readonly R[];
};

const text = { type: 'string' } as const satisfies Shape;
const slug = { type: 'string', format: 'slug' } as const satisfies Shape;
const date = { type: 'string', format: 'date' } as const satisfies Shape;
const ref = (kind: RefKind) => ({ type: 'string', format: 'slug', ref: kind }) as const satisfies Shape;
const refs = (kind: RefKind) => ({ type: 'array', items: ref(kind) }) as const satisfies Shape;
const list = <S extends Shape>(items: S) => ({ type: 'array', items }) as const;
const oneOf = <const V extends readonly (string | number)[]>(values: V) => ({ type: 'enum', values }) as const;
/** A whole number of people, strikes or buildings; at most 2^53 - 1, so totals stay exact and finite. */
const count = { type: 'number', minimum: 0, maximum: Number.MAX_SAFE_INTEGER, integer: true } as const satisfies Shape;
const bool = { type: 'boolean' } as const satisfies Shape;
const obj = <P extends Record<string, Shape>, const R extends keyof P & string>(props: P, required: readonly R[]) =>
  ({ type: 'object', props, required }) as ObjectShape<P, R>;
/** Optional translations of some text fields: `{uk: {name: '…'}, ru: {…}}`. */
const i18n = <const F extends string>(...fields: F[]) => {
  const one = obj(Object.fromEntries(fields.map((f) => [f, text])) as Record<F, typeof text>, []);
  return obj({ uk: one, ru: one }, []);
};

const party = obj(
  {
    id: slug,
    name: text,
    kind: oneOf(PARTY_KINDS),
    country: { type: 'string', format: 'country' },
    level: oneOf(LEVELS),
    note: text,
    i18n: i18n('name', 'nameGenitive'),
  },
  ['id', 'name', 'kind'],
);

const person = obj(
  {
    id: slug,
    name: text,
    country: { type: 'string', format: 'country' },
    level: oneOf(LEVELS),
    note: text,
    i18n: i18n('name', 'nameGenitive'),
  },
  ['id', 'name'],
);

const source = obj(
  {
    id: slug,
    outlet: ref('party'),
    headline: text,
    published: date,
    url: { type: 'string', format: 'url' },
    wire: refs('party'),
    language: { type: 'string', format: 'language' },
    note: text,
  },
  ['id', 'outlet', 'published', 'language'],
);

const place = obj(
  {
    id: slug,
    name: text,
    kind: oneOf(PLACE_KINDS),
    code: { type: 'string', format: 'subdivision' },
    coordinates: obj(
      { lat: { type: 'number', minimum: -90, maximum: 90 }, lon: { type: 'number', minimum: -180, maximum: 180 } },
      ['lat', 'lon'],
    ),
    geoPrecision: oneOf(GEO_PRECISIONS),
    note: text,
    i18n: i18n('name'),
  },
  ['id', 'name', 'kind', 'code'],
);

const attribution = obj(
  { party: ref('party'), assertedBy: refs('actor'), deniedBy: refs('actor'), sources: refs('source'), note: text },
  ['party', 'assertedBy', 'sources'],
);

const event = obj(
  {
    id: slug,
    kind: oneOf(EVENT_KINDS),
    headline: text,
    summary: text,
    date: { type: 'string', format: 'edtf' },
    dateNote: text,
    places: refs('place'),
    attackers: list(attribution),
    struck: refs('party'),
    targets: list(
      obj(
        { description: text, assertedBy: refs('actor'), sources: refs('source'), i18n: i18n('description') },
        ['description', 'assertedBy', 'sources'],
      ),
    ),
    weapons: list(
      obj(
        { reported: text, canonical: text, assertedBy: refs('actor'), sources: refs('source'), i18n: i18n('reported') },
        ['reported', 'canonical', 'sources'],
      ),
    ),
    relations: list(
      obj(
        {
          event: ref('event'),
          kind: oneOf(RELATION_KINDS),
          assertedBy: refs('actor'),
          deniedBy: refs('actor'),
          source: ref('source'),
          note: text,
        },
        ['event', 'kind', 'assertedBy', 'source'],
      ),
    ),
    sources: refs('source'),
    note: text,
    i18n: i18n('headline', 'summary'),
  },
  ['id', 'kind', 'headline', 'summary', 'date', 'places', 'attackers', 'struck', 'sources'],
);

const figure = obj(
  {
    id: slug,
    event: ref('event'),
    place: ref('place'),
    metric: oneOf(METRICS),
    munition: oneOf(MUNITIONS),
    value: {
      type: 'anyOf',
      variants: [obj({ n: count }, ['n']), obj({ low: count, high: count, best: count }, ['low', 'high'])] as const,
    },
    qualifier: oneOf(QUALIFIERS),
    verbatim: text,
    claimant: ref('actor'),
    claimantRole: text,
    reportedIn: refs('source'),
    asOf: date,
    developing: bool,
    supersedes: ref('figure'),
    partOf: ref('figure'),
    note: text,
    i18n: i18n('claimantRole', 'claimantRoleGenitive'),
  },
  ['id', 'event', 'metric', 'value', 'qualifier', 'verbatim', 'claimant', 'reportedIn', 'asOf'],
);

const quote = obj(
  {
    id: slug,
    text,
    speaker: ref('actor'),
    role: text,
    source: ref('source'),
    date,
    language: { type: 'string', format: 'language' },
    events: refs('event'),
    partial: bool,
    note: text,
    i18n: i18n('role'),
  },
  ['id', 'text', 'speaker', 'source', 'date', 'language', 'events'],
);

/** The records of each collection, by the dataset field that holds them. */
export const COLLECTION_SHAPES = {
  parties: party,
  persons: person,
  sources: source,
  places: place,
  events: event,
  figures: figure,
  quotes: quote,
} as const;
export type CollectionName = keyof typeof COLLECTION_SHAPES;

export const DATASET_SHAPE = obj(
  {
    schemaVersion: oneOf([SCHEMA_VERSION]),
    id: slug,
    title: text,
    version: { type: 'string', format: 'semver' },
    updatedAt: date,
    language: { type: 'string', format: 'language' },
    license: text,
    parties: list(party),
    persons: list(person),
    sources: list(source),
    places: list(place),
    events: list(event),
    figures: list(figure),
    quotes: list(quote),
  },
  [
    'schemaVersion',
    'id',
    'title',
    'version',
    'updatedAt',
    'language',
    'parties',
    'persons',
    'sources',
    'places',
    'events',
    'figures',
    'quotes',
  ],
);
