/**
 * Checks any value against the dataset contract and returns every problem with its JSON Pointer path. Runs in a
 * browser and in Node; never throws, whatever it is given (a Proxy, a throwing getter, a cycle, a sparse array).
 *
 * It first reads the value into a plain copy: null-prototype records holding only the record's own data fields,
 * dense arrays, free text isolated for bidi. The checks run on that copy and elements read only that copy, so a
 * property added to `Object.prototype` by another script, a getter that answers differently the second time, or a
 * later change to the publisher's object cannot change what is shown.
 */
import type { Dataset, ValidationProblem } from './model.js';
import { COLLECTION_SHAPES, DATASET_SHAPE, FORMATS } from './shapes.js';
import type { CollectionName, Format, RefKind, Shape } from './shapes.js';
import { isolateBidi } from './bidi.js';
import { runToEnd } from './steps.js';
import type { Steps } from './steps.js';

export { isolateBidi };

type Json = Record<string, unknown>;
interface RefUse {
  path: string;
  kind: RefKind;
  id: string;
}

/** Stands for a value that could not be read (its problem is already reported). */
const UNREADABLE: unique symbol = Symbol('unreadable');

const isArray = (v: unknown): v is unknown[] => {
  try {
    return Array.isArray(v);
  } catch {
    return false; // a revoked Proxy
  }
};
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !isArray(v);
const pointer = (path: string, key: string | number) =>
  typeof key === 'number' || !/[~/]/.test(key)
    ? `${path}/${key}`
    : `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
const show = (v: unknown) => {
  let s: string;
  try {
    s = typeof v === 'number' ? (Object.is(v, -0) ? '-0' : String(v)) : (JSON.stringify(v) ?? String(v));
  } catch {
    s = Object.prototype.toString.call(v);
  }
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
};
const reason = (e: unknown) => {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return 'unknown error';
  }
};

/** The own enumerable string keys of an object, or why they could not be listed. */
function ownKeys(value: object): string[] | Error {
  try {
    return Reflect.ownKeys(value).filter(
      (k): k is string => typeof k === 'string' && Object.getOwnPropertyDescriptor(value, k)?.enumerable === true,
    );
  } catch (e) {
    return e instanceof Error ? e : new Error(reason(e));
  }
}

/** The value of an own data property, or UNREADABLE with the problem reported (a getter, a throwing Proxy). */
function ownValue(value: object, key: string, path: string, out: ValidationProblem[]): unknown {
  try {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (!d) return undefined;
    if (!('value' in d)) {
      out.push({ path, message: 'is a getter; a dataset holds plain values' });
      return UNREADABLE;
    }
    return d.value;
  } catch (e) {
    out.push({ path, message: `could not be read (${reason(e)})` });
    return UNREADABLE;
  }
}

/**
 * A plain copy of `value` as far as `shape` describes it: records as null-prototype objects of their own data
 * fields, arrays dense, free text isolated for bidi. What breaks that (holes, getters, fields that exist only on a
 * prototype, values that throw when read) is reported; anything the shape does not describe is kept as it is, for
 * `walk` to report. In steps: it pauses after each record of a list.
 */
function* readPlainSteps(
  shape: Shape,
  value: unknown,
  path: string,
  out: ValidationProblem[],
  within: Set<object>,
): Steps<unknown> {
  if (typeof value !== 'object' || value === null) return plainLeaf(shape, value);
  const expectsArray = shape.type === 'array';
  const expectsObject = shape.type === 'object' || shape.type === 'anyOf';
  if (!expectsArray && !expectsObject) return value;
  let array: boolean;
  try {
    array = Array.isArray(value);
  } catch (e) {
    out.push({ path, message: `could not be read (${reason(e)})` });
    return UNREADABLE;
  }
  if (array !== expectsArray) return value;
  if (within.has(value)) {
    out.push({ path, message: 'contains itself (a cycle)' });
    return UNREADABLE;
  }
  within.add(value);
  try {
    return array
      ? yield* readArray(shape as Extract<Shape, { type: 'array' }>, value as unknown[], path, out, within)
      : yield* readRecord(shape as Extract<Shape, { type: 'object' | 'anyOf' }>, value, path, out, within);
  } finally {
    within.delete(value);
  }
}

/** The plain copy of a value that is neither an object nor an array: free text isolated, the rest as it is. */
const plainLeaf = (shape: Shape, value: unknown) =>
  shape.type === 'string' && !shape.format && typeof value === 'string' ? isolateBidi(value) : value;

/** `readPlainSteps` for a value read from a record or a list: no generator for the many values that are leaves. */
function* readItem(
  shape: Shape,
  value: unknown,
  path: string,
  out: ValidationProblem[],
  within: Set<object>,
): Steps<unknown> {
  if (value === UNREADABLE) return value;
  if (typeof value !== 'object' || value === null) return plainLeaf(shape, value);
  return yield* readPlainSteps(shape, value, path, out, within);
}

function* readArray(
  shape: Extract<Shape, { type: 'array' }>,
  value: unknown[],
  path: string,
  out: ValidationProblem[],
  within: Set<object>,
): Steps<unknown> {
  const keys = ownKeys(value);
  let length: number;
  try {
    length = value.length;
  } catch (e) {
    out.push({ path, message: `could not be read (${reason(e)})` });
    return UNREADABLE;
  }
  if (keys instanceof Error) {
    out.push({ path, message: `could not be read (${keys.message})` });
    return UNREADABLE;
  }
  const present = keys.filter((k) => /^(?:0|[1-9]\d*)$/.test(k) && Number(k) < length).length;
  if (present !== length) {
    let hole = 0;
    while (Object.hasOwn(value, hole)) hole += 1;
    out.push({
      path: pointer(path, hole),
      message: `is a hole: the array is sparse (${length - present} of ${length} items missing)`,
    });
    return UNREADABLE;
  }
  const records = shape.items.type === 'object';
  const copy: unknown[] = [];
  for (let i = 0; i < length; i++) {
    const at = pointer(path, i);
    copy.push(yield* readItem(shape.items, ownValue(value, String(i), at, out), at, out, within));
    if (records) yield;
  }
  return copy;
}

function* readRecord(
  shape: Extract<Shape, { type: 'object' | 'anyOf' }>,
  value: object,
  path: string,
  out: ValidationProblem[],
  within: Set<object>,
): Steps<unknown> {
  const props: Record<string, Shape> = {};
  for (const variant of shape.type === 'anyOf' ? shape.variants : [shape]) {
    if (variant.type === 'object') Object.assign(props, variant.props);
  }
  const keys = ownKeys(value);
  if (keys instanceof Error) {
    out.push({ path, message: `could not be read (${keys.message})` });
    return UNREADABLE;
  }
  const copy: Json = Object.create(null) as Json;
  for (const key of keys) {
    const at = pointer(path, key);
    const v = ownValue(value, key, at, out);
    const field = Object.hasOwn(props, key) ? props[key] : undefined;
    copy[key] = field ? yield* readItem(field, v, at, out, within) : v;
  }
  // Fields a prototype supplies are not the record's: say so rather than read them silently or call them missing.
  let proto: object | null = null;
  try {
    proto = Object.getPrototypeOf(value) as object | null;
  } catch {
    // a Proxy that refuses; its own fields were read above
  }
  if (proto && proto !== Object.prototype && Object.getPrototypeOf(proto) !== null) {
    for (const key of Object.keys(props)) {
      let inherited = false;
      try {
        inherited = !Object.hasOwn(value, key) && key in value;
      } catch {
        // unreadable: nothing to report beyond the fields read above
      }
      if (inherited) {
        out.push({ path: pointer(path, key), message: 'is inherited from a prototype; only own fields are read' });
        copy[key] = UNREADABLE;
      }
    }
  }
  return copy;
}

/** A real calendar date: rejects 2023-02-30 as well as 2023-13-01. */
function isCalendarDate(s: string): boolean {
  const [y, m = 1, d = 1] = s.split('-').map(Number);
  const t = new Date(0);
  t.setUTCFullYear(y!, m - 1, d); // not Date.UTC, which reads the years 0–99 as 1900–1999
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const FORMAT_PATTERNS = Object.fromEntries(Object.entries(FORMATS).map(([f, p]) => [f, new RegExp(p)])) as Record<
  Format,
  RegExp
>;

/** Why a string breaks its format, or '' when it does not. */
function formatProblem(format: Format, s: string): string {
  if (!FORMAT_PATTERNS[format].test(s)) {
    const expected: Record<Format, string> = {
      slug: 'a slug (lowercase letters, digits and single hyphens)',
      date: 'a date YYYY-MM-DD',
      edtf: 'an EDTF date (2023-12-29, 2023-12, 2023-12-29/2023-12-30, ../2022-10-10)',
      url: 'an http(s) URL',
      country: 'an ISO 3166-1 alpha-2 country code',
      subdivision: 'an ISO 3166-2 code (UA-30) or a country code (UA)',
      language: 'a BCP 47 language tag',
      semver: 'a version like 1.2.0',
    };
    return `must be ${expected[format]} (got ${show(s)})`;
  }
  if (format === 'date' && !isCalendarDate(s)) return `is not a real calendar date (got ${show(s)})`;
  if (format === 'edtf') {
    const parts = s.split('/');
    if (parts.some((p) => p !== '..' && !isCalendarDate(p))) return `is not a real calendar date (got ${show(s)})`;
    if (parts.length === 2 && parts.every((p) => p === '..')) return 'an interval needs at least one known end';
    if (parts.length === 1 && parts[0] === '..') return 'needs a known date';
    // An end given to the month or year lasts to its last day: 2023-12-29/2023-12 is a valid interval.
    if (
      parts.length === 2 &&
      parts[0] !== '..' &&
      parts[1] !== '..' &&
      parts[0]! > parts[1]! + '-12-31'.slice(parts[1]!.length - 4)
    )
      return `starts after it ends (got ${show(s)})`;
  }
  if (format === 'url') {
    try {
      const { protocol } = new URL(s);
      if (protocol !== 'http:' && protocol !== 'https:') return `must be an http(s) URL (got ${show(s)})`;
    } catch {
      return `is not a valid URL (got ${show(s)})`;
    }
  }
  return '';
}

/** Checks `value` against `shape`; objects and arrays deeper than `depth` levels are left to be checked one by one. */
function walk(
  shape: Shape,
  value: unknown,
  path: string,
  out: ValidationProblem[],
  refs: RefUse[],
  depth = Infinity,
): void {
  const fail = (message: string): void => {
    out.push({ path, message });
  };
  if (value === UNREADABLE || depth <= 0) return;
  switch (shape.type) {
    case 'string': {
      if (typeof value !== 'string') return fail(`must be a string (got ${show(value)})`);
      if (!value.trim()) return fail('must not be empty');
      if (shape.format) {
        const problem = formatProblem(shape.format, value);
        if (problem) return fail(problem);
      }
      if (shape.ref) refs.push({ path, kind: shape.ref, id: value });
      return;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return fail(`must be a finite number (got ${show(value)})`);
      if (shape.minimum !== undefined && value < shape.minimum) {
        return fail(shape.minimum === 0 ? `must not be negative (got ${value})` : `must be at least ${shape.minimum}`);
      }
      if (shape.maximum !== undefined && value > shape.maximum) return fail(`must be at most ${shape.maximum}`);
      if (shape.integer && !Number.isInteger(value)) return fail(`must be a whole number (got ${value})`);
      // -0 passes "not negative" but is shown as "-0"; JSON Schema cannot tell it from 0, so only this check can.
      if (shape.minimum === 0 && Object.is(value, -0)) return fail('must not be negative (got -0)');
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') fail(`must be true or false (got ${show(value)})`);
      return;
    case 'enum':
      if (!shape.values.includes(value as string))
        fail(`must be one of: ${shape.values.join(', ')} (got ${show(value)})`);
      return;
    case 'array':
      if (!isArray(value)) return fail(`must be an array (got ${show(value)})`);
      value.forEach((item, i) => walk(shape.items, item, pointer(path, i), out, refs, depth - 1));
      return;
    case 'object': {
      if (!isObject(value)) return fail(`must be an object (got ${show(value)})`);
      for (const key of shape.required) {
        if (value[key] === undefined) out.push({ path: pointer(path, key), message: 'is required' });
      }
      for (const [key, v] of Object.entries(value)) {
        const field = Object.hasOwn(shape.props, key) ? shape.props[key] : undefined;
        if (!field) out.push({ path: pointer(path, key), message: 'is not a field of the contract' });
        else if (v !== undefined) walk(field, v, pointer(path, key), out, refs, depth - 1);
      }
      return;
    }
    case 'anyOf': {
      // Report the problems of the variant the value comes closest to.
      let best: { out: ValidationProblem[]; refs: RefUse[] } | undefined;
      for (const variant of shape.variants) {
        const tried = { out: [] as ValidationProblem[], refs: [] as RefUse[] };
        walk(variant, value, path, tried.out, tried.refs, depth);
        if (!best || tried.out.length < best.out.length) best = tried;
      }
      out.push(...best!.out);
      refs.push(...best!.refs);
      return;
    }
  }
}

const REF_NAMES: Record<RefKind, string> = {
  event: 'an event',
  actor: 'a party or person',
  party: 'a party',
  source: 'a source',
  place: 'a place',
  figure: 'a figure',
};

type Index = Record<RefKind, Map<string, { record: Json; path: string }>>;

/** Calls `fn` with each record of a collection and its path, pausing after each; a collection not a list has none. */
function* eachRecord(value: Json, name: CollectionName, fn: (record: Json, path: string) => void): Steps<void> {
  const list = value[name];
  if (!isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const record = list[i];
    if (isObject(record)) fn(record, pointer(`/${name}`, i));
    yield;
  }
}

/** Lookups by id into the collections of a value that may be only partly valid. */
function* indexById(value: Json, out: ValidationProblem[]): Steps<Index> {
  const byKind = Object.create(null) as Record<string, Map<string, { record: Json; path: string }>>;
  const kinds = [
    ['parties', 'actor'],
    ['persons', 'actor'],
    ['sources', 'source'],
    ['places', 'place'],
    ['events', 'event'],
    ['figures', 'figure'],
    ['quotes', 'quote'],
  ] as const;
  for (const [name, into] of kinds) {
    const map = (byKind[into] ??= new Map());
    yield* eachRecord(value, name, (record, path) => {
      const id = record['id'];
      if (typeof id !== 'string') return;
      const seen = map.get(id);
      if (seen) out.push({ path: `${path}/id`, message: `duplicates the id of ${seen.path}` });
      else map.set(id, { record, path });
    });
  }
  const party = new Map([...(byKind['actor'] ?? [])].filter(([, { path }]) => path.startsWith('/parties/')));
  return { ...byKind, party } as Index;
}

/** The rules that span records: things a JSON Schema cannot say. */
function* crossCheck(value: Json, index: Index, out: ValidationProblem[]): Steps<void> {
  const list = (name: CollectionName) => (Array.isArray(value[name]) ? (value[name] as unknown[]) : []);
  const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const partyKind = (id: unknown) => (typeof id === 'string' ? index.party.get(id)?.record['kind'] : undefined);

  yield* eachRecord(value, 'sources', (s, path) => {
    if (index.party.has(s['outlet'] as string) && partyKind(s['outlet']) !== 'outlet')
      out.push({ path: `${path}/outlet`, message: 'must refer to a party of kind "outlet"' });
    arr(s['wire']).forEach((w, i) => {
      if (index.party.has(w as string) && partyKind(w) !== 'wire-service')
        out.push({ path: `${path}/wire/${i}`, message: 'must refer to a party of kind "wire-service"' });
    });
  });

  const needsSomeone = (claim: unknown, path: string, what: string) => {
    if (isObject(claim) && arr(claim['assertedBy']).length === 0 && arr(claim['deniedBy']).length === 0)
      out.push({ path: `${path}/assertedBy`, message: `${what} needs someone who asserts or denies it` });
  };
  yield* eachRecord(value, 'events', (e, path) => {
    arr(e['attackers']).forEach((a, i) => needsSomeone(a, `${path}/attackers/${i}`, 'an attacker claim'));
    arr(e['relations']).forEach((r, i) => {
      needsSomeone(r, `${path}/relations/${i}`, 'a relation');
      if (isObject(r) && r['event'] === e['id'])
        out.push({ path: `${path}/relations/${i}/event`, message: 'an event cannot relate to itself' });
    });
  });

  yield* eachRecord(value, 'figures', (f, path) => {
    const v = f['value'];
    if (isObject(v) && typeof v['low'] === 'number' && typeof v['high'] === 'number') {
      if (v['low'] > v['high'])
        out.push({ path: `${path}/value`, message: `low (${v['low']}) is greater than high (${v['high']})` });
      const best = v['best'];
      if (typeof best === 'number' && (best < v['low'] || best > v['high']))
        out.push({ path: `${path}/value/best`, message: 'must lie between low and high' });
    }
    const event = index.event.get(f['event'] as string)?.record;
    if (event && typeof f['place'] === 'string' && !arr(event['places']).includes(f['place']))
      out.push({ path: `${path}/place`, message: `is not one of the places of event "${String(f['event'])}"` });
    for (const link of ['supersedes', 'partOf'] as const) {
      const target = typeof f[link] === 'string' ? index.figure.get(f[link])?.record : undefined;
      if (!target) continue;
      if (target === f) out.push({ path: `${path}/${link}`, message: 'a figure cannot refer to itself' });
      else if (target['event'] !== f['event'])
        out.push({ path: `${path}/${link}`, message: 'must refer to a figure of the same event' });
      else if (link === 'supersedes' && (['metric', 'claimant', 'place'] as const).some((k) => target[k] !== f[k]))
        out.push({
          path: `${path}/supersedes`,
          message: 'must refer to a figure of the same claimant, metric and place',
        });
      else if (link === 'supersedes' && String(target['asOf']) > String(f['asOf']))
        out.push({ path: `${path}/supersedes`, message: 'supersedes a figure dated after it' });
    }
  });
  for (const link of ['supersedes', 'partOf'] as const) yield* reportCycles(list('figures'), link, index, out);
}

/**
 * Figures whose `link` chain comes back to them, each reported once; every figure is visited once, so a chain (or a
 * cycle) of 10,000 figures costs 10,000 steps.
 */
function* reportCycles(
  figures: unknown[],
  link: 'supersedes' | 'partOf',
  index: Index,
  out: ValidationProblem[],
): Steps<void> {
  const done = new Set<unknown>();
  // Each figure's position, for the paths of a cycle's members: built once, when a first cycle is found.
  let positions: Map<unknown, number> | undefined;
  for (const start of figures) {
    const path: Json[] = [];
    const onPath = new Map<unknown, number>();
    for (let at: unknown = start; isObject(at) && !done.has(at);) {
      if (onPath.has(at)) {
        positions ??= new Map(figures.map((f, i) => [f, i]));
        for (const f of path.slice(onPath.get(at))) {
          const i = positions.get(f)!;
          out.push({ path: `${pointer('/figures', i)}/${link}`, message: `${link} chain forms a cycle` });
        }
        break;
      }
      onPath.set(at, path.length);
      path.push(at);
      const next: unknown = at[link];
      at = typeof next === 'string' ? index.figure.get(next)?.record : undefined;
    }
    for (const f of path) done.add(f);
    yield;
  }
}

/**
 * Every way `value` breaks the dataset contract, each as `{path, message}` with a JSON Pointer path; an empty
 * array means it is a valid Dataset.
 */
export function validate(value: unknown): ValidationProblem[] {
  return readDataset(value).problems;
}

/** What reading a dataset found: every problem, and the plain copy when there is none. */
export interface DatasetReading {
  problems: ValidationProblem[];
  dataset?: Dataset;
}

/**
 * Validates `value` and, when it is valid, gives the plain copy elements read (see the top of this file): a later
 * change to `value`, a getter or a polluted `Object.prototype` cannot reach it.
 */
export function readDataset(value: unknown): DatasetReading {
  return runToEnd(readDatasetSteps(value));
}

/**
 * `readDataset` in steps, pausing after each record of each pass (see steps.ts): the dataset's own fields and lists,
 * then each record read into its copy, each record checked, the ids indexed, the references and the rules between
 * records checked.
 */
export function* readDatasetSteps(value: unknown): Steps<DatasetReading> {
  const out: ValidationProblem[] = [];
  try {
    const copy = yield* readPlainSteps(DATASET_SHAPE, value, '', out, new Set());
    const lists = isObject(copy)
      ? Object.keys(copy).filter((k): k is CollectionName => Object.hasOwn(COLLECTION_SHAPES, k) && isArray(copy[k]))
      : [];
    const refs: RefUse[] = [];
    walk(DATASET_SHAPE, copy, '', out, refs, 2);
    for (const name of lists) {
      const list = (copy as Json)[name] as unknown[];
      for (let i = 0; i < list.length; i++) {
        walk(COLLECTION_SHAPES[name], list[i], pointer(`/${name}`, i), out, refs);
        yield;
      }
    }
    if (!isObject(copy)) return { problems: out };
    const index = yield* indexById(copy, out);
    for (let i = 0; i < refs.length; i++) {
      const use = refs[i]!;
      if (!index[use.kind].has(use.id))
        out.push({
          path: use.path,
          message: `refers to "${use.id}", which is not ${REF_NAMES[use.kind]} in this dataset`,
        });
      if (i % 64 === 63) yield;
    }
    yield* crossCheck(copy, index, out);
    return out.length ? { problems: out } : { problems: out, dataset: copy as unknown as Dataset };
  } catch (e) {
    // Nothing above should throw; if something still does, it is reported like any other problem.
    out.push({ path: '', message: `could not be checked (${reason(e)})` });
    return { problems: out };
  }
}

/**
 * Only the problems a JSON Schema can see: fields, types, formats and closed lists, none of the rules between
 * records. The published schema must agree with this exactly (a property test checks it).
 */
export function shapeProblems(value: unknown): ValidationProblem[] {
  const out: ValidationProblem[] = [];
  try {
    walk(DATASET_SHAPE, runToEnd(readPlainSteps(DATASET_SHAPE, value, '', out, new Set())), '', out, []);
  } catch (e) {
    out.push({ path: '', message: `could not be checked (${reason(e)})` });
  }
  return out;
}

/** Like `readDataset`, without the checks: for data already known to be valid (the embedded dataset). */
export function plainCopy<T>(value: T): T {
  return runToEnd(readPlainSteps(DATASET_SHAPE, value, '', [], new Set())) as T;
}

/** True when `value` satisfies the contract. */
export function isDataset(value: unknown): value is Dataset {
  return validate(value).length === 0;
}
