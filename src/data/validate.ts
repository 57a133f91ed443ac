/**
 * Checks any value against the dataset contract and returns every problem with its JSON Pointer path. Runs in a
 * browser and in Node; never throws, whatever it is given.
 */
import type { Dataset, ValidationProblem } from './model.js';
import { DATASET_SHAPE, FORMATS } from './shapes.js';
import type { CollectionName, Format, RefKind, Shape } from './shapes.js';

type Json = Record<string, unknown>;
interface RefUse {
  path: string;
  kind: RefKind;
  id: string;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const pointer = (path: string, key: string | number) => `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
const show = (v: unknown) => {
  let s: string;
  try {
    s = typeof v === 'number' ? String(v) : (JSON.stringify(v) ?? String(v));
  } catch {
    s = Object.prototype.toString.call(v);
  }
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
};

/** A real calendar date: rejects 2023-02-30 as well as 2023-13-01. */
function isCalendarDate(s: string): boolean {
  const [y, m = 1, d = 1] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y!, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Why a string breaks its format, or '' when it does not. */
function formatProblem(format: Format, s: string): string {
  if (!new RegExp(FORMATS[format]).test(s)) {
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
    if (parts.length === 2 && parts[0] !== '..' && parts[1] !== '..' && parts[0]! > parts[1]!)
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

function walk(shape: Shape, value: unknown, path: string, out: ValidationProblem[], refs: RefUse[]): void {
  const fail = (message: string): void => {
    out.push({ path, message });
  };
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
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail(`must be a finite number (got ${show(value)})`);
      if (shape.minimum !== undefined && value < shape.minimum) {
        return fail(shape.minimum === 0 ? `must not be negative (got ${value})` : `must be at least ${shape.minimum}`);
      }
      if (shape.maximum !== undefined && value > shape.maximum) return fail(`must be at most ${shape.maximum}`);
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') fail(`must be true or false (got ${show(value)})`);
      return;
    case 'enum':
      if (!shape.values.includes(value as string)) fail(`must be one of: ${shape.values.join(', ')} (got ${show(value)})`);
      return;
    case 'array':
      if (!Array.isArray(value)) return fail(`must be an array (got ${show(value)})`);
      value.forEach((item, i) => walk(shape.items, item, pointer(path, i), out, refs));
      return;
    case 'object': {
      if (!isObject(value)) return fail(`must be an object (got ${show(value)})`);
      for (const key of shape.required) {
        if (value[key] === undefined) out.push({ path: pointer(path, key), message: 'is required' });
      }
      for (const [key, v] of Object.entries(value)) {
        const field = Object.hasOwn(shape.props, key) ? shape.props[key] : undefined;
        if (!field) out.push({ path: pointer(path, key), message: 'is not a field of the contract' });
        else if (v !== undefined) walk(field, v, pointer(path, key), out, refs);
      }
      return;
    }
    case 'anyOf': {
      // Report the problems of the variant the value comes closest to.
      let best: { out: ValidationProblem[]; refs: RefUse[] } | undefined;
      for (const variant of shape.variants) {
        const tried = { out: [] as ValidationProblem[], refs: [] as RefUse[] };
        walk(variant, value, path, tried.out, tried.refs);
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

/** Lookups by id into the collections of a value that may be only partly valid. */
function indexById(value: Json, out: ValidationProblem[]) {
  const byKind: Record<string, Map<string, { record: Json; path: string }>> = {};
  const collect = (name: CollectionName, into: string) => {
    const list = value[name];
    const map = (byKind[into] ??= new Map());
    if (!Array.isArray(list)) return;
    list.forEach((record, i) => {
      if (!isObject(record) || typeof record['id'] !== 'string') return;
      const path = pointer(pointer(`/${name}`, i), 'id');
      const seen = map.get(record['id']);
      if (seen) out.push({ path, message: `duplicates the id of ${seen.path.replace(/\/id$/, '')}` });
      else map.set(record['id'], { record, path: path.replace(/\/id$/, '') });
    });
  };
  collect('parties', 'actor');
  collect('persons', 'actor');
  collect('sources', 'source');
  collect('places', 'place');
  collect('events', 'event');
  collect('figures', 'figure');
  const party = new Map([...byKind['actor']!].filter(([, { path }]) => path.startsWith('/parties/')));
  return { ...byKind, party } as Record<RefKind, Map<string, { record: Json; path: string }>>;
}

/** The rules that span records: things a JSON Schema cannot say. */
function crossCheck(value: Json, index: ReturnType<typeof indexById>, out: ValidationProblem[]) {
  const list = (name: CollectionName) => (Array.isArray(value[name]) ? (value[name] as unknown[]) : []);
  const each = (name: CollectionName, fn: (r: Json, path: string) => void) =>
    list(name).forEach((r, i) => isObject(r) && fn(r, pointer(`/${name}`, i)));
  const arr = (v: unknown) => (Array.isArray(v) ? v : []);
  const partyKind = (id: unknown) => (typeof id === 'string' ? index.party.get(id)?.record['kind'] : undefined);

  each('sources', (s, path) => {
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
  each('events', (e, path) => {
    arr(e['attackers']).forEach((a, i) => needsSomeone(a, `${path}/attackers/${i}`, 'an attacker claim'));
    arr(e['relations']).forEach((r, i) => {
      needsSomeone(r, `${path}/relations/${i}`, 'a relation');
      if (isObject(r) && r['event'] === e['id'])
        out.push({ path: `${path}/relations/${i}/event`, message: 'an event cannot relate to itself' });
    });
  });

  each('figures', (f, path) => {
    const v = f['value'];
    if (isObject(v) && typeof v['low'] === 'number' && typeof v['high'] === 'number') {
      if (v['low'] > v['high']) out.push({ path: `${path}/value`, message: `low (${v['low']}) is greater than high (${v['high']})` });
      const best = v['best'];
      if (typeof best === 'number' && (best < v['low'] || best > v['high']))
        out.push({ path: `${path}/value/best`, message: 'must lie between low and high' });
    }
    const event = index.event.get(f['event'] as string)?.record;
    if (event && typeof f['place'] === 'string' && !arr(event['places']).includes(f['place']))
      out.push({ path: `${path}/place`, message: `is not one of the places of event "${String(f['event'])}"` });
    for (const link of ['supersedes', 'partOf'] as const) {
      const target = typeof f[link] === 'string' ? index.figure.get(f[link] as string)?.record : undefined;
      if (!target) continue;
      if (target === f) out.push({ path: `${path}/${link}`, message: 'a figure cannot refer to itself' });
      else if (target['event'] !== f['event'])
        out.push({ path: `${path}/${link}`, message: 'must refer to a figure of the same event' });
      else if (
        link === 'supersedes' &&
        (['metric', 'claimant', 'place'] as const).some((k) => target[k] !== f[k])
      )
        out.push({ path: `${path}/supersedes`, message: 'must refer to a figure of the same claimant, metric and place' });
      else if (link === 'supersedes' && String(target['asOf']) > String(f['asOf']))
        out.push({ path: `${path}/supersedes`, message: 'supersedes a figure dated after it' });
    }
    // A supersedes chain that comes back to where it started.
    const seen = new Set<unknown>([f]);
    for (let at = f; typeof at['supersedes'] === 'string'; ) {
      const next = index.figure.get(at['supersedes'])?.record;
      if (!next) break;
      if (seen.has(next)) {
        if (next === f) out.push({ path: `${path}/supersedes`, message: 'supersedes chain forms a cycle' });
        break;
      }
      seen.add(next);
      at = next;
    }
  });
}

/**
 * Every way `value` breaks the dataset contract, each as `{path, message}` with a JSON Pointer path; an empty
 * array means it is a valid Dataset.
 */
export function validate(value: unknown): ValidationProblem[] {
  const out: ValidationProblem[] = [];
  const refs: RefUse[] = [];
  walk(DATASET_SHAPE, value, '', out, refs);
  if (!isObject(value)) return out;
  const index = indexById(value, out);
  for (const use of refs) {
    if (!index[use.kind].has(use.id))
      out.push({ path: use.path, message: `refers to "${use.id}", which is not ${REF_NAMES[use.kind]} in this dataset` });
  }
  crossCheck(value, index, out);
  return out;
}

/** True when `value` satisfies the contract. */
export function isDataset(value: unknown): value is Dataset {
  return validate(value).length === 0;
}

