/**
 * The spreadsheet template: one table per kind of record, with columns derived from the contract's shapes, so a
 * field added to shapes.ts becomes a column (with a readable name) without touching this layer. Nested lists of
 * records (an event's attackers, targets, weapons and links) get tables of their own with an `event` column.
 * DOM-free: runs in Node and in the browser.
 */
import { COLLECTION_SHAPES, DATASET_SHAPE } from '../data/shapes.js';
import type { CollectionName, Format, RefKind, Shape } from '../data/shapes.js';

/** A cell's value shape: a scalar, or a `;`-separated list of scalars. */
export type LeafShape = Exclude<Shape, { type: 'object' } | { type: 'anyOf' }>;

export interface Column {
  /** The header a reporter reads and types. */
  label: string;
  /** Where the value goes inside the record: `['claimant']`, `['value', 'n']`, `['i18n', 'uk', 'name']`. */
  path: readonly string[];
  shape: LeafShape;
  /** Whether the contract requires the field (for a value's `n`: a value or a low and high). */
  required: boolean;
}

/** Where a table's rows go in the dataset. */
export type Target =
  | { kind: 'dataset' }
  | { kind: 'collection'; collection: CollectionName }
  /** Parties and persons in one table: the `kind` column says which (`person` for a person). */
  | { kind: 'actors' }
  /** An event's list of records (`attackers`, …), one row each, tied to the event by the `event` column. */
  | { kind: 'event-list'; field: string };

export interface Table {
  /** The file name without extension: `figures`. */
  name: string;
  /** One line for README.txt. */
  about: string;
  target: Target;
  columns: Column[];
}

/** The kind an actor row names when it is a person, beside the party kinds. */
export const PERSON_KIND = 'person';

/** Column names that read better than the field's own name; keyed by `table.field` or by field path. */
const LABELS: Record<string, string> = {
  'dataset.updatedAt': 'updated',
  'figures.verbatim': 'words in the report',
  'figures.reportedIn': 'sources',
  'figures.developing': 'still developing',
  'value.n': 'value',
  'value.best': 'best estimate',
  'coordinates.lat': 'latitude',
  'coordinates.lon': 'longitude',
  'places.geoPrecision': 'coordinates are',
  'sources.wire': 'wire services',
  'sources.url': 'URL',
  'quotes.text': 'quote',
  'quotes.partial': 'fragment',
  'events.struck': 'struck (whose territory or people)',
  'attackers.party': 'attacker',
  'links.kind': 'link',
  'links.event': 'other event',
};

/** `claimantRole` → `claimant role`. */
const words = (field: string) => field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

function labelFor(table: string, path: readonly string[]): string {
  if (path[0] === 'i18n' && path.length === 3) return `${labelFor(table, path.slice(2))} (${path[1]})`;
  const field = path.join('.');
  return LABELS[`${table}.${field}`] ?? LABELS[field] ?? words(path[path.length - 1]!);
}

/** The columns of an object shape: nested objects flattened, the variants of a choice merged, lists of records left out. */
function columnsOf(table: string, shape: Shape, path: string[] = [], required = true): Column[] {
  if (shape.type === 'object') {
    return Object.entries(shape.props).flatMap(([key, field]) => {
      if (field.type === 'array' && (field.items.type === 'object' || field.items.type === 'anyOf')) return [];
      return columnsOf(table, field, [...path, key], required && shape.required.includes(key));
    });
  }
  if (shape.type === 'anyOf') {
    const merged: Record<string, Shape> = {};
    for (const variant of shape.variants) if (variant.type === 'object') Object.assign(merged, variant.props);
    // Which fields a choice needs depends on the variant: the README says so in words.
    return columnsOf(table, { type: 'object', props: merged, required: [] }, path, false).map((c, i) => ({
      ...c,
      required: required && i === 0,
    }));
  }
  return [{ label: labelFor(table, path), path, shape, required }];
}

/** The event-level lists of records, each its own table: field name → table name. */
const EVENT_LISTS: Record<string, { name: string; about: string }> = {
  attackers: { name: 'attackers', about: 'Who carried out each event, as a claim: who asserts it, who denies it.' },
  targets: { name: 'targets', about: 'What was aimed at, as somebody described it.' },
  weapons: { name: 'weapons', about: 'Weapons as reported, with a normalised name.' },
  relations: {
    name: 'links',
    about: 'Links from an event to another one (retaliation for, response to, …), as claims.',
  },
};

const ABOUT: Record<string, string> = {
  dataset: 'One row: the dataset itself (its id, title, edition).',
  events: 'One row per event: what happened, when and where, in our own words.',
  figures: 'One row per number per claimant per time: every figure is a claim with its qualifier and claimant.',
  quotes: 'One row per quotation, verbatim, with its speaker and source.',
  actors: 'Parties (states, bodies, outlets, wire services, unnamed sources) and persons, one row each.',
  places: 'Places, with ISO 3166-2 codes.',
  sources: 'The pages that carried claims and quotes.',
};

function buildTables(): Table[] {
  const metaProps = Object.fromEntries(
    Object.entries(DATASET_SHAPE.props).filter(([key]) => !Object.hasOwn(COLLECTION_SHAPES, key)),
  );
  const tables: Table[] = [
    {
      name: 'dataset',
      about: ABOUT['dataset']!,
      target: { kind: 'dataset' },
      columns: columnsOf('dataset', { type: 'object', props: metaProps, required: DATASET_SHAPE.required }),
    },
  ];
  const collection = (name: CollectionName): Table => ({
    name,
    about: ABOUT[name]!,
    target: { kind: 'collection', collection: name },
    columns: columnsOf(name, COLLECTION_SHAPES[name]),
  });
  tables.push(collection('events'));
  const eventRef: Column = {
    label: 'event',
    path: [],
    shape: { type: 'string', format: 'slug', ref: 'event' },
    required: true,
  };
  for (const [field, fieldShape] of Object.entries(COLLECTION_SHAPES.events.props)) {
    if (fieldShape.type !== 'array' || fieldShape.items.type !== 'object') continue;
    const { name, about } = EVENT_LISTS[field] ?? { name: field, about: `An event's ${words(field)}.` };
    tables.push({
      name,
      about,
      target: { kind: 'event-list', field },
      columns: [eventRef, ...columnsOf(name, fieldShape.items)],
    });
  }
  tables.push(collection('figures'), collection('quotes'));
  // Actors: the party's columns, with `person` as one more kind; a person's fields are a subset of a party's.
  const actorColumns = columnsOf('actors', COLLECTION_SHAPES.parties).map((c) =>
    c.path.join('.') === 'kind' && c.shape.type === 'enum'
      ? { ...c, shape: { type: 'enum', values: [...c.shape.values, PERSON_KIND] } as const }
      : c,
  );
  for (const c of columnsOf('actors', COLLECTION_SHAPES.persons)) {
    if (!actorColumns.some((a) => a.label === c.label)) actorColumns.push(c);
  }
  tables.push({ name: 'actors', about: ABOUT['actors']!, target: { kind: 'actors' }, columns: actorColumns });
  tables.push(collection('places'), collection('sources'));
  return tables;
}

/** Every table of the template, in the order the README lists them. */
export const TABLES: readonly Table[] = buildTables();

export function tableNamed(name: string): Table | undefined {
  return TABLES.find((t) => t.name === name);
}

const REF_WORDS: Record<RefKind, string> = {
  event: 'an event (its id or exact headline)',
  actor: 'a party or person (id or exact name)',
  party: 'a party (id or exact name)',
  source: 'a source (id, exact headline or URL)',
  place: 'a place (id or exact name)',
  figure: 'a figure (its id)',
};

const FORMAT_WORDS: Record<Format, string> = {
  slug: 'an id: lowercase letters, digits and single hyphens',
  date: 'a date YYYY-MM-DD',
  edtf: 'a date (2023-12-29), a month (2023-12), a span (2023-12-29/2023-12-30) or ../2022-10-10 for "on or before"',
  url: 'an http(s) address',
  country: 'a two-letter country code (UA)',
  subdivision: 'an ISO 3166-2 code (UA-30) or a country code (UA)',
  language: 'a language code (en, uk, ru)',
  semver: 'a version like 1.2.0',
};

/** An enum value as a spreadsheet shows it: `at-least` → `at least`. */
export const showChoice = (value: string | number) => String(value).replace(/-/g, ' ');

/** What a cell of this shape holds, in words. */
export function expectation(shape: LeafShape): string {
  switch (shape.type) {
    case 'string':
      if (shape.ref) return REF_WORDS[shape.ref];
      return shape.format ? FORMAT_WORDS[shape.format] : 'text';
    case 'number':
      return shape.minimum === 0 ? 'a number, 0 or more' : 'a number';
    case 'boolean':
      return 'yes or no';
    case 'enum':
      return `one of ${shape.values.map(showChoice).join(', ')}`;
    case 'array':
      return `a list separated by ";", each ${expectation(shape.items as LeafShape)}`;
  }
}

/** How an empty id is filled in, per table. */
export const DERIVED_IDS: Record<string, string> = {
  events: 'the date and the first words of the headline',
  actors: 'the name',
  places: 'the name',
  sources: 'the outlet and the date published',
  figures: 'the event, metric and claimant',
  quotes: 'the speaker and the first words of the quote',
};

/** README.txt: the tables and what each column holds. */
export function templateReadme(): string {
  const lines = [
    'strike-widgets spreadsheet template',
    '',
    'One file per table (CSV or TSV, UTF-8, first row = column names). Keep the column names; leave a column',
    'empty when the report does not say. Lists go in one cell, separated by ";". Translations have their own',
    'columns, such as "headline (uk)". A reference to another table may use the id or the exact name.',
    'Turn the files back into a dataset with: npx strike-widgets import DIR --out dataset.json',
    '',
  ];
  for (const table of TABLES) {
    lines.push(`${table.name}.csv — ${table.about}`);
    for (const c of table.columns) {
      let what = expectation(c.shape);
      let required = c.required;
      if (c.path.length === 1 && c.path[0] === 'id' && DERIVED_IDS[table.name]) {
        what += `; leave empty to make one from ${DERIVED_IDS[table.name]}`;
        required = false;
      }
      if (c.path.join('.') === 'value.n') what += '; or leave it empty and give low and high';
      if (c.shape.type === 'enum' && c.shape.values.length === 1) {
        what = `${c.shape.values[0]} (may be left empty)`;
        required = false;
      }
      lines.push(`  ${c.label}: ${what}${required ? ' (required)' : ''}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
