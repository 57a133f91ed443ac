/**
 * The spreadsheet template back into a dataset. This layer only turns cells into JSON (lists, choices, numbers,
 * names into ids, ids derived where left empty) and remembers where each value came from; `validate()` — the
 * same validator as everywhere — decides what is wrong, and its JSON Pointer paths are translated back into
 * file, row and column.
 */
import type { Dataset, ValidationProblem } from '../data/model.js';
import { COLLECTION_SHAPES, DATASET_SHAPE } from '../data/shapes.js';
import type { CollectionName, RefKind, Shape } from '../data/shapes.js';
import { validate } from '../data/validate.js';
import { parseGrid } from './csv.js';
import type { Grid } from './csv.js';
import { nearest, slugify } from './text.js';
import { PERSON_KIND, TABLES, expectation, showChoice } from './tables.js';
import type { Column, LeafShape, Table } from './tables.js';

type Json = Record<string, unknown>;

/** A file as read from disk or dropped into the page. */
export interface SheetFile {
  name: string;
  text: string;
}

/** A table's cells with the file it came from (a pasted table has a made-up name such as `figures (pasted)`). */
export interface SheetGrid {
  file: string;
  grid: Grid;
  /** The table, when the caller knows it; otherwise found from the file name or the header row. */
  table?: string;
}

/** One thing a reporter can fix: where it is, as the spreadsheet shows it, and what is expected. */
export interface SheetProblem {
  file: string;
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row?: number;
  /** The column's name as in the header row. */
  column?: string;
  message: string;
  /** The JSON Pointer the validator reported, when the problem came from it. */
  path?: string;
}

/** A table as read, for showing it with its problems. */
export interface ReadTable {
  table: Table;
  file: string;
  grid: Grid;
}

export interface ImportResult {
  /** The dataset, when there is no problem at all. */
  dataset?: Dataset;
  /** What the tables make, valid or not. */
  value: Json;
  problems: SheetProblem[];
  tables: ReadTable[];
}

/** `figures.csv row 7, column "qualifier": "lots" is not one of …` */
export function describeProblem(p: SheetProblem): string {
  const where = [
    p.file,
    p.row !== undefined ? ` row ${p.row}` : '',
    p.column !== undefined ? `, column "${p.column}"` : '',
  ].join('');
  return `${where}: ${p.message}`;
}

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
const columnLetter = (i: number): string =>
  (i >= 26 ? columnLetter(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));

/** Which table a file holds: by its name (`figures.csv`, `My strikes - figures.tsv`), else by its header row. */
function whichTable(input: SheetGrid): Table | undefined {
  if (input.table) return TABLES.find((t) => t.name === input.table);
  const base = norm(input.file.replace(/\.[a-z]+$/i, ''));
  const byName = TABLES.find((t) => base === t.name || new RegExp(`(^|[^a-z])${t.name}$`).test(base));
  if (byName) return byName;
  return guessTable(input.grid[0] ?? []);
}

/** The table whose columns a header row matches best (at least two of them). */
export function guessTable(header: readonly string[]): Table | undefined {
  const names = new Set(header.map(norm).filter(Boolean));
  let best: { table: Table; score: number } | undefined;
  for (const table of TABLES) {
    const hits = table.columns.filter((c) => names.has(norm(c.label))).length;
    // The share of the header a table explains: `event` alone fits many tables, `metric` only figures.
    const score = hits / names.size;
    if (hits >= 2 && (!best || score > best.score)) best = { table, score };
  }
  return best?.table;
}

interface Row {
  table: Table;
  file: string;
  row: number;
  cells: Map<Column, string>;
}

interface Origin {
  file: string;
  row: number;
  column?: Column;
  /** The cell's text (for a list item, the item's). */
  text?: string;
  /** The origin is one item of a list cell. */
  item?: boolean;
}

const ID_TABLES = ['actors', 'places', 'events', 'sources', 'figures', 'quotes'] as const;
type IdTable = (typeof ID_TABLES)[number];
const REF_TABLES: Record<RefKind, IdTable> = {
  actor: 'actors',
  party: 'actors',
  place: 'places',
  event: 'events',
  source: 'sources',
  figure: 'figures',
};
/** Columns (by field path) whose text may stand for a record's id. */
const NAME_FIELDS: Record<IdTable, readonly string[]> = {
  actors: ['name'],
  places: ['name'],
  events: ['headline'],
  sources: ['headline', 'url'],
  figures: [],
  quotes: [],
};

const isNameColumn = (table: IdTable, c: Column) => {
  const field = c.path[0] === 'i18n' ? c.path[2] : c.path.length === 1 ? c.path[0] : undefined;
  return field !== undefined && NAME_FIELDS[table].includes(field);
};

function parseNumber(text: string): number | string {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  const plain = /^-?\d{1,3}(,\d{3})+$/.test(compact)
    ? compact.replace(/,/g, '')
    : compact.replace(/^(-?\d+),(\d+)$/, '$1.$2');
  return /^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(plain) ? Number(plain) : text;
}

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'так', 'да']);
const NO = new Set(['no', 'n', 'false', '0', 'ні', 'нет']);

/** One scalar cell as JSON: the text itself where it fits no better (the validator then says why). */
function scalar(shape: LeafShape, text: string): unknown {
  switch (shape.type) {
    case 'number':
      return parseNumber(text);
    case 'boolean':
      return YES.has(text.toLowerCase()) ? true : NO.has(text.toLowerCase()) ? false : text;
    case 'enum': {
      const wanted = text.toLowerCase().replace(/\s+/g, '-');
      return shape.values.find((v) => String(v) === wanted || String(v) === text) ?? text;
    }
    default:
      return text;
  }
}

/** Splits a list cell on `;`. */
export const listItems = (text: string) =>
  text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

function setAt(record: Json, path: readonly string[], value: unknown) {
  let at = record;
  for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Json;
  at[path[path.length - 1]!] = value;
}

/** An object's keys in the order of its shape (lists of records come last when built). */
function ordered(record: Json, keys: readonly string[]): Json {
  return Object.fromEntries(keys.filter((k) => Object.hasOwn(record, k)).map((k) => [k, record[k]]));
}

/** Reads the tables of the template into a dataset and lists every problem with its file, row and column. */
export function importGrids(inputs: readonly SheetGrid[]): ImportResult {
  const problems: SheetProblem[] = [];
  const tables: ReadTable[] = [];
  const rowsOf = new Map<string, Row[]>(TABLES.map((t) => [t.name, []]));

  for (const input of inputs) {
    const table = whichTable(input);
    if (!table) {
      problems.push({
        file: input.file,
        message: `is not a table of the template: name it after one of ${TABLES.map((t) => t.name).join(', ')}`,
      });
      continue;
    }
    const earlier = tables.find((t) => t.table === table);
    if (earlier) {
      problems.push({ file: input.file, message: `holds the ${table.name} table, which ${earlier.file} holds too` });
      continue;
    }
    tables.push({ table, file: input.file, grid: input.grid });
    const header = input.grid[0] ?? [];
    const byIndex = header.map((name, i) => {
      if (!name.trim()) {
        if (input.grid.some((row, r) => r > 0 && row[i]?.trim()))
          problems.push({ file: input.file, message: `column ${columnLetter(i)} has no name in row 1` });
        return undefined;
      }
      const column = table.columns.find((c) => norm(c.label) === norm(name) || norm(c.path.join('.')) === norm(name));
      if (!column) {
        const guess = nearest(
          name,
          table.columns.map((c) => c.label),
        );
        problems.push({
          file: input.file,
          row: 1,
          column: name.trim(),
          message: `is not a column of the ${table.name} table${guess ? `; did you mean "${guess}"?` : ''}`,
        });
      }
      return column;
    });
    input.grid.forEach((cells, r) => {
      if (r === 0 || cells.every((c) => !c.trim())) return;
      const row: Row = { table, file: input.file, row: r + 1, cells: new Map() };
      cells.forEach((text, i) => {
        const column = byIndex[i];
        if (column && text.trim()) row.cells.set(column, text.trim());
      });
      rowsOf.get(table.name)!.push(row);
    });
  }

  // Ids: written ones first, then derived ones, so a derived id never takes a written one.
  const idOf = new Map<Row, string>();
  const used: Record<IdTable, Set<string>> = Object.fromEntries(ID_TABLES.map((t) => [t, new Set<string>()])) as Record<
    IdTable,
    Set<string>
  >;
  const idColumn = (table: Table) => table.columns.find((c) => c.path.length === 1 && c.path[0] === 'id');
  const cell = (row: Row, field: string) => {
    const c = row.table.columns.find((col) => col.path.join('.') === field);
    return c ? (row.cells.get(c) ?? '') : '';
  };
  for (const name of ID_TABLES) {
    const table = TABLES.find((t) => t.name === name)!;
    for (const row of rowsOf.get(name)!) {
      const id = row.cells.get(idColumn(table)!);
      if (id) {
        idOf.set(row, id);
        used[name].add(id);
      }
    }
  }

  // Lookups by id or name, per table; a name two records share is ambiguous.
  const byKey: Record<IdTable, Map<string, Set<string>>> = Object.fromEntries(
    ID_TABLES.map((t) => [t, new Map()]),
  ) as Record<IdTable, Map<string, Set<string>>>;
  const remember = (name: IdTable, row: Row, id: string) => {
    const keys = [id, ...row.table.columns.filter((c) => isNameColumn(name, c)).map((c) => row.cells.get(c) ?? '')];
    for (const key of keys.filter(Boolean)) {
      const ids = byKey[name].get(key) ?? new Set();
      ids.add(id);
      byKey[name].set(key, ids);
    }
  };
  const isParty = (row: Row) => norm(cell(row, 'kind')) !== PERSON_KIND;
  const partyIds = new Set<string>();
  const resolve = (kind: RefKind, text: string): { id: string } | { unknown: true } | { ambiguous: string[] } => {
    const table = REF_TABLES[kind];
    const ids = [...(byKey[table].get(text) ?? [])].filter((id) => kind !== 'party' || partyIds.has(id));
    if (ids.includes(text)) return { id: text };
    if (ids.length === 1) return { id: ids[0]! };
    return ids.length > 1 ? { ambiguous: ids } : { unknown: true };
  };
  const resolvedOr = (kind: RefKind, text: string) => {
    const found = resolve(kind, text);
    return 'id' in found ? found.id : text;
  };

  const derive: Record<IdTable, (row: Row) => string> = {
    actors: (row) => slugify(cell(row, 'name')),
    places: (row) => slugify(cell(row, 'name')),
    events: (row) =>
      [
        slugify(
          cell(row, 'date')
            .replace(/^\.\.\//, '')
            .split('/')[0] ?? '',
        ),
        slugify(cell(row, 'headline'), 5),
      ]
        .filter(Boolean)
        .join('-'),
    sources: (row) => slugify(`${resolvedOr('party', cell(row, 'outlet'))} ${cell(row, 'published')}`),
    figures: (row) =>
      slugify(
        `${resolvedOr('event', cell(row, 'event'))} ${cell(row, 'metric')} ${resolvedOr('actor', cell(row, 'claimant'))}`,
        16,
      ),
    quotes: (row) => slugify(`${resolvedOr('actor', cell(row, 'speaker'))} ${cell(row, 'text')}`, 6),
  };
  for (const name of ID_TABLES) {
    for (const row of rowsOf.get(name)!) {
      if (!idOf.has(row)) {
        const base = derive[name](row) || name.slice(0, -1);
        let id = base;
        for (let n = 2; used[name].has(id); n++) id = `${base}-${n}`;
        idOf.set(row, id);
        used[name].add(id);
      }
      if (name === 'actors' && isParty(row)) partyIds.add(idOf.get(row)!);
      remember(name, row, idOf.get(row)!);
    }
  }

  // Cells into records, remembering where every value came from.
  const origins = new Map<string, Origin>();
  const unresolved = new Map<string, { text: string; kind: RefKind }>();
  const convert = (row: Row, record: Json, base: string) => {
    origins.set(base, { file: row.file, row: row.row });
    for (const column of row.table.columns) {
      if (column.path.length === 0) continue;
      const pointer = `${base}/${column.path.join('/')}`;
      for (let i = 1; i < column.path.length; i++) {
        const group = `${base}/${column.path.slice(0, i).join('/')}`;
        if (!origins.has(group)) origins.set(group, { file: row.file, row: row.row, column });
      }
      const text = (column.path.join('.') === 'id' ? idOf.get(row) : undefined) ?? row.cells.get(column);
      origins.set(pointer, { file: row.file, row: row.row, column, ...(text ? { text } : {}) });
      const shape = column.shape;
      if (text === undefined) {
        if (column.required && shape.type === 'array') setAt(record, column.path, []);
        if (shape.type === 'enum' && shape.values.length === 1) setAt(record, column.path, shape.values[0]);
        continue;
      }
      // One value: a reference becomes an id where it names a record; anything else is read by its shape.
      const cellValue = (leaf: LeafShape, s: string, at: string): unknown =>
        leaf.type === 'string' && leaf.ref ? refValue(leaf.ref, s, at, row, column) : scalar(leaf, s);
      if (shape.type === 'array') {
        const items = listItems(text);
        setAt(
          record,
          column.path,
          items.map((item, i) => {
            origins.set(`${pointer}/${i}`, { file: row.file, row: row.row, column, text: item, item: true });
            return cellValue(shape.items as LeafShape, item, `${pointer}/${i}`);
          }),
        );
      } else setAt(record, column.path, cellValue(shape, text, pointer));
    }
  };
  const refValue = (kind: RefKind, text: string, pointer: string, row: Row, column: Column) => {
    const found = resolve(kind, text);
    if ('id' in found) return found.id;
    if ('ambiguous' in found)
      problems.push({
        file: row.file,
        row: row.row,
        column: column.label,
        message: `"${text}" is the name of more than one record (${found.ambiguous.join(', ')}): write the id`,
      });
    else unresolved.set(pointer, { text, kind });
    return text;
  };

  const value: Json = {};
  const meta = rowsOf.get('dataset')!;
  // Without a dataset table, its fields are reported where that table's row would be.
  const datasetTable = TABLES.find((t) => t.target.kind === 'dataset')!;
  convert(meta[0] ?? { table: datasetTable, file: `${datasetTable.name}.csv`, row: 2, cells: new Map() }, value, '');
  for (const extra of meta.slice(1))
    problems.push({ file: extra.file, row: extra.row, message: 'the dataset table has one row only' });

  const lists: Record<CollectionName, Json[]> = {
    parties: [],
    persons: [],
    sources: [],
    places: [],
    events: [],
    figures: [],
    quotes: [],
  };
  const eventRow = new Map<string, number>();
  for (const table of TABLES) {
    const target = table.target;
    if (target.kind !== 'collection' && target.kind !== 'actors') continue;
    for (const row of rowsOf.get(table.name)!) {
      const collection = target.kind === 'collection' ? target.collection : isParty(row) ? 'parties' : 'persons';
      const record: Json = {};
      convert(row, record, `/${collection}/${lists[collection].length}`);
      if (collection === 'persons') delete record['kind'];
      if (table.name === 'figures' && cell(row, 'value.n') && (cell(row, 'value.low') || cell(row, 'value.high')))
        problems.push({
          file: row.file,
          row: row.row,
          column: 'value',
          message: 'give either a value or a low and a high, not both',
        });
      if (collection === 'events') {
        eventRow.set(idOf.get(row)!, lists.events.length);
        for (const [field, shape] of Object.entries(COLLECTION_SHAPES.events.props))
          if (
            shape.type === 'array' &&
            shape.items.type === 'object' &&
            COLLECTION_SHAPES.events.required.includes(field as never)
          )
            record[field] = [];
      }
      lists[collection].push(record);
    }
  }
  // An event's lists: each row joins the event its `event` cell names.
  for (const table of TABLES) {
    const target = table.target;
    if (target.kind !== 'event-list') continue;
    const eventColumn = table.columns.find((c) => c.path.length === 0)!;
    for (const row of rowsOf.get(table.name)!) {
      const text = row.cells.get(eventColumn) ?? '';
      const found = text ? resolve('event', text) : undefined;
      const index = found && 'id' in found ? eventRow.get(found.id) : undefined;
      if (index === undefined) {
        const guess = nearest(text, [...byKey.events.keys()]);
        problems.push({
          file: row.file,
          row: row.row,
          column: eventColumn.label,
          message: !text
            ? `is empty; expected ${expectation(eventColumn.shape)}`
            : found && 'ambiguous' in found
              ? `"${text}" is the headline of more than one event (${found.ambiguous.join(', ')}): write the id`
              : `"${text}" is not the id or headline of any event in events${guess ? `; did you mean "${guess}"?` : ''}`,
        });
        continue;
      }
      const event = lists.events[index]!;
      const list = ((event[target.field] as Json[] | undefined) ??= []);
      const record: Json = {};
      convert(row, record, `/events/${index}/${target.field}/${list.length}`);
      list.push(ordered(record, eventListFields(target.field)));
    }
  }
  lists.events = lists.events.map((e) => ordered(e, Object.keys(COLLECTION_SHAPES.events.props)));
  Object.assign(value, lists);
  const dataset = ordered(value, Object.keys(DATASET_SHAPE.props));

  for (const p of validate(dataset)) problems.push(locate(p, origins, unresolved, byKey));
  const order = (p: SheetProblem) => {
    const t = tables.findIndex((r) => r.file === p.file);
    const table = tables[t]?.table;
    const c = table ? table.columns.findIndex((col) => col.label === p.column) : -1;
    return [t < 0 ? TABLES.length : t, p.row ?? 0, c];
  };
  problems.sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
  });
  return { ...(problems.length ? {} : { dataset: dataset as unknown as Dataset }), value: dataset, problems, tables };
}

/** The fields of the records in one of an event's lists, in the contract's order. */
function eventListFields(field: string): string[] {
  const shape: Shape | undefined = (COLLECTION_SHAPES.events.props as Record<string, Shape>)[field];
  return shape?.type === 'array' && shape.items.type === 'object' ? Object.keys(shape.items.props) : [];
}

const REF_NAMES: Record<RefKind, string> = {
  event: 'the id or headline of any event in events',
  actor: 'the id or name of any party or person in actors',
  party: 'the id or name of any party in actors',
  source: 'the id, headline or URL of any source in sources',
  place: 'the id or name of any place in places',
  figure: 'the id of any figure in figures',
};

/** A validator problem at its file, row and column, said in the spreadsheet's terms. */
function locate(
  p: ValidationProblem,
  origins: Map<string, Origin>,
  unresolved: Map<string, { text: string; kind: RefKind }>,
  byKey: Record<IdTable, Map<string, Set<string>>>,
): SheetProblem {
  const at = (pointer: string): Origin | undefined => {
    for (let path = pointer; ; path = path.slice(0, path.lastIndexOf('/'))) {
      const found = origins.get(path);
      if (found || !path) return found;
    }
  };
  const origin = at(p.path) ?? { file: 'dataset.csv', row: 2 };
  const column = origin.column;
  const exact = origins.get(p.path);
  const text = exact?.text ?? origin.text;
  const where = { file: origin.file, row: origin.row, ...(column ? { column: column.label } : {}), path: p.path };
  const ref = unresolved.get(p.path);
  if (ref) {
    const candidates = [...byKey[REF_TABLES[ref.kind]].keys()];
    const guess = nearest(ref.text, candidates);
    return {
      ...where,
      message: `"${ref.text}" is not ${REF_NAMES[ref.kind]}${guess ? `; did you mean "${guess}"?` : ''}`,
    };
  }
  let message = p.message.replace(
    /\/(parties|persons|sources|places|events|figures|quotes)\/\d+(?:\/[^\s"]+)?/g,
    (pointer) => {
      const o = at(pointer);
      return o ? `${o.file} row ${o.row}` : pointer;
    },
  );
  const leaf = column?.shape.type === 'array' && exact?.item ? (column.shape.items as LeafShape) : column?.shape;
  if (p.message === 'is required' && column)
    message =
      column.path[0] === 'value'
        ? 'is empty; give a value, or a low and a high'
        : `is empty; expected ${expectation(column.shape)}`;
  else if (leaf?.type === 'enum' && p.message.startsWith('must be one of'))
    message = `"${text ?? ''}" is not one of ${leaf.values.map(showChoice).join(', ')}`;
  else if (leaf?.type === 'boolean' && text !== undefined) message = `"${text}" is not yes or no`;
  else if (leaf?.type === 'number' && p.message.startsWith('must be a finite number'))
    message = `"${text ?? ''}" is not a number`;
  return { ...where, message };
}

/** Reads files (CSV or TSV text) into a dataset: see `importGrids`. */
export function importFiles(files: readonly SheetFile[]): ImportResult {
  const problems: SheetProblem[] = [];
  const grids = files.map((f) => {
    const { grid, error } = parseGrid(f.text, f.name);
    if (error) problems.push({ file: f.name, message: `could not be read as CSV or TSV: ${error}` });
    return { file: f.name, grid };
  });
  const result = importGrids(grids);
  if (!problems.length) return result;
  const { dataset: _ignored, ...rest } = result;
  return { ...rest, problems: [...problems, ...result.problems] };
}
