/**
 * The contract, described once: every record's fields with what each means. `validate()` reads these shapes, the
 * published JSON Schema is generated from them (each field's description included), and the TypeScript types in
 * model.ts are inferred from them (`ShapeType`), so the three cannot disagree.
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

/** What a field means, for people who write datasets; published as the field's `description`. */
interface Described {
  description?: string;
}
export type StringShape = Described & { type: 'string'; format?: Format; ref?: RefKind };
export type Shape =
  | StringShape
  | (Described & { type: 'number'; minimum?: number; maximum?: number; integer?: boolean })
  | (Described & { type: 'boolean' })
  | (Described & { type: 'enum'; values: readonly (string | number)[] })
  | (Described & { type: 'array'; items: Shape })
  | (Described & { type: 'object'; props: Record<string, Shape>; required: readonly string[] })
  | (Described & { type: 'anyOf'; variants: readonly Shape[] });
export type ObjectShape<P extends Record<string, Shape>, R extends string> = Described & {
  type: 'object';
  props: P;
  required: readonly R[];
};

/**
 * The TypeScript type of the values a shape accepts: required fields required, the others optional, closed lists
 * as unions of their values.
 */
export type ShapeType<S> = S extends { type: 'string' }
  ? string
  : S extends { type: 'number' }
    ? number
    : S extends { type: 'boolean' }
      ? boolean
      : S extends { type: 'enum'; values: readonly (infer V)[] }
        ? V
        : S extends { type: 'array'; items: infer I }
          ? ShapeType<I>[]
          : S extends { type: 'anyOf'; variants: readonly (infer V)[] }
            ? V extends unknown
              ? ShapeType<V>
              : never
            : S extends ObjectShape<infer P, infer R>
              ? Flatten<{ [K in R & keyof P]: ShapeType<P[K]> } & { [K in Exclude<keyof P, R>]?: ShapeType<P[K]> }>
              : never;
/** One object type rather than an intersection, so editors show the fields. */
type Flatten<T> = T extends infer U ? { [K in keyof U]: U[K] } : never;

/**
 * A field's description. Written as doc`…` so that the script-tag bundle can leave the text out
 * (scripts/rollup-strip-docs.mjs): the widgets never read it; the JSON Schema and the npm modules keep it.
 */
const doc = (strings: TemplateStringsArray, ...values: string[]): string =>
  strings.reduce((out, part, i) => out + (values[i - 1] ?? '') + part);

const text = (description: string) => ({ type: 'string', description }) as const;
const formatted = <F extends Format>(format: F, description: string) =>
  ({ type: 'string', format, description }) as const;
const ref = (kind: RefKind, description?: string) =>
  ({ type: 'string', format: 'slug', ref: kind, ...(description ? { description } : {}) }) as const satisfies Shape;
const refs = (kind: RefKind, description: string) => ({ type: 'array', items: ref(kind), description }) as const;
const list = <S extends Shape>(items: S, description: string) => ({ type: 'array', items, description }) as const;
const oneOf = <const V extends readonly (string | number)[]>(values: V, description: string) =>
  ({ type: 'enum', values, description }) as const;
/** A whole number of people, strikes or buildings; at most 2^53 - 1, so totals stay exact and finite. */
const count = (description: string) =>
  ({ type: 'number', minimum: 0, maximum: Number.MAX_SAFE_INTEGER, integer: true, description }) as const;
const bool = (description: string) => ({ type: 'boolean', description }) as const;
const obj = <P extends Record<string, Shape>, const R extends keyof P & string>(
  props: P,
  required: readonly R[],
  description?: string,
) => ({ type: 'object', props, required, ...(description ? { description } : {}) }) as ObjectShape<P, R>;
/** Optional translations of some text fields, `{uk: {name: '…'}, ru: {…}}`: each field with what it holds. */
const i18n = <const F extends Record<string, string>>(fields: F) => {
  const one = (language: string) =>
    obj(
      Object.fromEntries(Object.entries(fields).map(([f, d]) => [f, text(d)])) as {
        [K in keyof F]: ReturnType<typeof text>;
      },
      [],
      doc`The ${language} text of these fields.`,
    );
  return obj(
    { uk: one('Ukrainian'), ru: one('Russian') },
    [],
    doc`Translations of some of the text fields, by language; English is the base text.`,
  );
};

const ownId = (what: string, whats: string) =>
  formatted('slug', doc`The ${what}'s own id: a stable, readable slug, unique among the ${whats} of this dataset.`);
const note = text(doc`A note for editors: what the reports left open or how a value was established.`);
const country = formatted('country', doc`ISO 3166-1 alpha-2 of the country it belongs to or speaks for.`);
const level = oneOf(
  LEVELS,
  doc`How close it stands to the place it speaks about; orders competing claims (local before national before foreign).`,
);
const language = (of: string) => formatted('language', doc`BCP 47 language of ${of}.`);
const assertedBy = (what: string) =>
  refs('actor', doc`Parties or persons who say ${what}. May be empty only when someone denies it.`);
const deniedBy = (what: string) => refs('actor', doc`Parties or persons who deny ${what}.`);

export const partyShape = obj(
  {
    id: ownId('party', 'parties'),
    name: text(doc`The name as the dataset's readers know it ("Ukraine's National Police").`),
    kind: oneOf(
      PARTY_KINDS,
      doc`What kind of body it is. Outlets are parties too, because an outlet can be a claimant.`,
    ),
    country,
    level,
    note,
    i18n: i18n({
      name: doc`The name.`,
      nameGenitive: doc`The name as "according to …" needs it ("за даними російської влади").`,
    }),
  },
  ['id', 'name', 'kind'],
);

export const personShape = obj(
  {
    id: ownId('person', 'persons'),
    name: text(doc`The person's name.`),
    country,
    level,
    note,
    i18n: i18n({
      name: doc`The name.`,
      nameGenitive: doc`The name as "according to …" needs it ("за даними Віталія Кличка").`,
    }),
  },
  ['id', 'name'],
);

export const sourceShape = obj(
  {
    id: ownId('source', 'sources'),
    outlet: ref('party', doc`The outlet that published it: a party of kind "outlet".`),
    headline: text(doc`The headline of the page.`),
    published: formatted('date', doc`When the page was published, YYYY-MM-DD.`),
    url: formatted('url', doc`The address of the page, http(s) only. Never invented: left out when unknown.`),
    wire: refs('party', doc`Wire services whose copy the page carried: parties of kind "wire-service".`),
    language: language(doc`the page`),
    note,
  },
  ['id', 'outlet', 'published', 'language'],
);

export const coordinatesShape = obj(
  {
    lat: { type: 'number', minimum: -90, maximum: 90, description: doc`Latitude in degrees, north positive.` },
    lon: { type: 'number', minimum: -180, maximum: 180, description: doc`Longitude in degrees, east positive.` },
  },
  ['lat', 'lon'],
  doc`Where the place is; how exact, "geoPrecision" says.`,
);

export const placeShape = obj(
  {
    id: ownId('place', 'places'),
    name: text(doc`The name in English.`),
    kind: oneOf(PLACE_KINDS, doc`What kind of place it is.`),
    code: formatted(
      'subdivision',
      doc`ISO 3166-2 subdivision code ("UA-30", "RU-BEL"), or ISO 3166-1 alpha-2 for a whole country ("UA").`,
    ),
    coordinates: coordinatesShape,
    geoPrecision: oneOf(
      GEO_PRECISIONS,
      doc`How exact the coordinates are: "centroid" is the centre of the named city or region, not a strike site.`,
    ),
    note,
    i18n: i18n({ name: doc`The name.` }),
  },
  ['id', 'name', 'kind', 'code'],
);

export const attributionShape = obj(
  {
    party: ref('party', doc`The party said to have done it.`),
    assertedBy: assertedBy('so'),
    deniedBy: deniedBy('it'),
    sources: refs('source', doc`Sources that carried the claim.`),
    note,
  },
  ['party', 'assertedBy', 'sources'],
);

export const targetShape = obj(
  {
    description: text(doc`What was aimed at, in the words of whoever described it.`),
    assertedBy: assertedBy(doc`this was the target`),
    sources: refs('source', doc`Sources that carried the claim.`),
    i18n: i18n({ description: doc`The description.` }),
  },
  ['description', 'assertedBy', 'sources'],
);

export const weaponShape = obj(
  {
    reported: text(doc`The words of the report ("hypersonic Iskander missiles").`),
    canonical: text(doc`A normalised name for search and grouping ("Iskander").`),
    assertedBy: refs('actor', doc`Who said this weapon was used, when that is itself a claim.`),
    sources: refs('source', doc`Sources that named the weapon.`),
    i18n: i18n({ reported: doc`The words of the report.` }),
  },
  ['reported', 'canonical', 'sources'],
);

export const relationShape = obj(
  {
    event: ref('event', doc`The earlier (or enclosing) event pointed at.`),
    kind: oneOf(RELATION_KINDS, doc`How this event relates to that one.`),
    assertedBy: assertedBy(doc`the link holds`),
    deniedBy: deniedBy(doc`the link`),
    source: ref('source', doc`The source that carried the link.`),
    note,
  },
  ['event', 'kind', 'assertedBy', 'source'],
);

export const eventShape = obj(
  {
    id: ownId('event', 'events'),
    kind: oneOf(EVENT_KINDS, doc`What kind of event it was.`),
    headline: text(doc`Our own words, one line.`),
    summary: text(doc`Our own words, one paragraph.`),
    date: formatted(
      'edtf',
      doc`When it happened: an EDTF level-0 date or interval, or an open-ended one ("2023-12-29", "2023-12", "2023", "2023-12-29/2023-12-30", "../2022-10-10" for on or before).`,
    ),
    dateNote: text(doc`How the date was established when the report gave it relatively ("Monday", "two days after").`),
    places: refs('place', doc`Where it happened.`),
    attackers: list(
      attributionShape,
      doc`Who carried it out: each attacker is a claim, with who asserts and who denies it.`,
    ),
    struck: refs('party', doc`The parties whose territory or people were struck.`),
    targets: list(targetShape, doc`What was aimed at, each as somebody described it.`),
    weapons: list(weaponShape, doc`The weapons reported.`),
    relations: list(
      relationShape,
      doc`Links from this event to earlier (or enclosing) ones. A claimed retaliation is a claim.`,
    ),
    sources: refs('source', doc`Sources that reported the event.`),
    note,
    i18n: i18n({ headline: doc`The headline.`, summary: doc`The summary.` }),
  },
  ['id', 'kind', 'headline', 'summary', 'date', 'places', 'attackers', 'struck', 'sources'],
);

export const figureValueShape = {
  type: 'anyOf',
  variants: [
    obj({ n: count(doc`The number, as stated.`) }, ['n']),
    obj(
      {
        low: count(doc`The lower end of the range.`),
        high: count(doc`The upper end of the range.`),
        best: count(doc`The best estimate, when one was given; between low and high.`),
      },
      ['low', 'high'],
    ),
  ],
  description: doc`One number: an exact count ({"n": …}), or a range ({"low": …, "high": …}) with an optional best estimate ("best").`,
} as const;

export const figureShape = obj(
  {
    id: ownId('figure', 'figures'),
    event: ref('event', doc`The event the number is about.`),
    place: ref('place', doc`Scopes the figure to one place of a multi-place event ("48 injured in Kharkiv").`),
    metric: oneOf(METRICS, doc`What the number counts.`),
    munition: oneOf(MUNITIONS, doc`For "launched" and "intercepted": what was counted.`),
    value: figureValueShape,
    qualifier: oneOf(
      QUALIFIERS,
      doc`How the number was qualified by whoever stated it; "exactly" means it was stated without a qualifier and is shown as the bare number.`,
    ),
    verbatim: text(doc`The report's own words for the number ("at least two dozen people dead").`),
    claimant: ref(
      'actor',
      doc`Who states the number: a party or person; the outlet itself when the report gives no one else.`,
    ),
    claimantRole: text(doc`The claimant's role at the time, when the claimant is a person.`),
    reportedIn: refs('source', doc`Sources that carried the claim.`),
    asOf: formatted('date', doc`When the number was stated, YYYY-MM-DD.`),
    developing: bool(doc`The count was still changing when reported (rescue work under way, "rose to").`),
    supersedes: ref(
      'figure',
      doc`An earlier figure of the same claimant, event, metric and place that this one revises.`,
    ),
    partOf: ref('figure', doc`A figure this one is a part of ("including nine kamikaze drones").`),
    note,
    i18n: i18n({
      claimantRole: doc`The claimant's role.`,
      claimantRoleGenitive: doc`The role as "according to …" needs it ("мера Києва").`,
    }),
  },
  ['id', 'event', 'metric', 'value', 'qualifier', 'verbatim', 'claimant', 'reportedIn', 'asOf'],
);

export const quoteShape = obj(
  {
    id: ownId('quote', 'quotes'),
    text: text(doc`The words, verbatim. Paragraph breaks are stored as a blank line.`),
    speaker: ref('actor', doc`Who said it: a person, or a party for a body's statement.`),
    role: text(doc`The speaker's role at the time ("Kyiv Mayor"); a body's statement has none.`),
    source: ref('source', doc`The source that carried the quote.`),
    date: formatted('date', doc`When it was said (or, failing that, published), YYYY-MM-DD.`),
    language: language(doc`the text as published`),
    events: refs('event', doc`The events the quote concerns.`),
    partial: bool(doc`The text is a fragment of a longer sentence.`),
    note,
    i18n: i18n({ role: doc`The role.` }),
  },
  ['id', 'text', 'speaker', 'source', 'date', 'language', 'events'],
);

/** The records of each collection, by the dataset field that holds them. */
export const COLLECTION_SHAPES = {
  parties: partyShape,
  persons: personShape,
  sources: sourceShape,
  places: placeShape,
  events: eventShape,
  figures: figureShape,
  quotes: quoteShape,
} as const;
export type CollectionName = keyof typeof COLLECTION_SHAPES;

export const DATASET_SHAPE = obj(
  {
    schemaVersion: oneOf([SCHEMA_VERSION], doc`The version of the contract the dataset was written against.`),
    id: formatted('slug', doc`The dataset's own slug; ids inside it live in its own id space.`),
    title: text(doc`The dataset's title.`),
    version: formatted('semver', doc`The edition of the numbers (semver), so an article can say which one it showed.`),
    updatedAt: formatted('date', doc`When the dataset was last changed, YYYY-MM-DD.`),
    language: language(doc`the base text`),
    license: text(doc`Who may reuse the data, and how.`),
    parties: list(partyShape, doc`Bodies, states, outlets and unnamed sources.`),
    persons: list(personShape, doc`Named people.`),
    sources: list(sourceShape, doc`Pages that carried claims and quotes.`),
    places: list(placeShape, doc`Places the events happened in.`),
    events: list(eventShape, doc`Strikes, attacks, claims and statements.`),
    figures: list(figureShape, doc`Numbers, each from one claimant at one time.`),
    quotes: list(quoteShape, doc`Direct quotations, verbatim.`),
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
