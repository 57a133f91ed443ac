/**
 * What readers download of the embedded dataset. The source (and the JSON export) keeps everything; the script-tag
 * bundle carries the dataset without the editors' notes, without its translations and without what only structured
 * data reads; each language's translations arrive with that language's strings (see `src/languages/`), and the
 * structured-data fields with the JSON-LD chunk. DOM-free; the build runs these on the
 * compiled dataset and writes the results into the bundle.
 */
import type { Lang } from '../model.js';
import { plainRecords } from '../plain.js';

/** Fields for editors that no widget shows: what the reports left open, how a date was established. */
export const EDITORIAL_FIELDS: readonly string[] = ['note', 'dateNote'];

/**
 * Fields only the JSON-LD reads (where a place is): the bundle's dataset goes without them, and the structured-data
 * chunk puts them back (`structuredDataOf`, `addStructuredData`), so a page without structured data never downloads them.
 */
export const STRUCTURED_DATA_FIELDS: readonly string[] = ['coordinates', 'geoPrecision'];

type Tree = { [key: string]: unknown };
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `value` without editorial fields, structured-data fields and translations (`i18n`), at any depth. */
export function forReaders<T>(value: T): T {
  if (Array.isArray(value)) return value.map(forReaders) as T;
  if (!isTree(value)) return value;
  const out: Tree = {};
  for (const [k, v] of Object.entries(value))
    if (k !== 'i18n' && !EDITORIAL_FIELDS.includes(k) && !STRUCTURED_DATA_FIELDS.includes(k)) out[k] = forReaders(v);
  return out as T;
}

/**
 * The fields named `isField` in `value`, where they sit, each as `take` gives it: an object keeps only the keys under
 * which such a field lies, and a list keeps its positions (0 where nothing lies). Undefined when nothing was taken.
 */
function fieldsWhere(value: unknown, isField: (key: string) => boolean, take: (v: unknown) => unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => fieldsWhere(v, isField, take) ?? 0);
    while (items.length && items.at(-1) === 0) items.pop();
    return items.length ? items : undefined;
  }
  if (!isTree(value)) return undefined;
  const out: Tree = {};
  for (const [k, v] of Object.entries(value)) {
    const found = isField(k) ? take(v) : fieldsWhere(v, isField, take);
    if (found !== undefined) out[k] = found;
  }
  return Object.keys(out).length ? out : undefined;
}

/** Puts fields from `fieldsWhere` back into the records they came from (copies of the same dataset, so positions agree). */
function putBack(
  target: unknown,
  tree: unknown,
  isField: (key: string) => boolean,
  put: (record: Tree, key: string, v: unknown) => void,
): void {
  if (Array.isArray(tree)) {
    if (Array.isArray(target)) {
      const into = target as unknown[];
      (tree as unknown[]).forEach((t, i) => {
        if (t) putBack(into[i], t, isField, put);
      });
    }
    return;
  }
  if (!isTree(tree) || !isTree(target)) return;
  for (const [k, v] of Object.entries(tree)) {
    if (isField(k)) put(target, k, v);
    else putBack(target[k], v, isField, put);
  }
}

const isTranslations = (key: string) => key === 'i18n';
const isStructuredData = (key: string) => STRUCTURED_DATA_FIELDS.includes(key);

/**
 * The translations of one language, where they sit in `value` (see `fieldsWhere`): `i18n` holds that language's
 * fields. Undefined when `value` holds no translation into `lang`.
 */
export const translationsOf = (value: unknown, lang: Lang): unknown =>
  fieldsWhere(value, isTranslations, (v) => (isTree(v) ? forReaders(v[lang]) : undefined));

/**
 * Puts translations from `translationsOf` back into the records they came from, as null-prototype records, each
 * text through `text` (bidi isolation).
 */
export function addTranslations(target: unknown, tree: unknown, lang: Lang, text: (s: string) => string): void {
  putBack(target, tree, isTranslations, (record, key, v) => {
    const fields: Tree = Object.create(null) as Tree;
    if (isTree(v)) for (const [f, s] of Object.entries(v)) if (typeof s === 'string') fields[f] = text(s);
    const i18n = Object.hasOwn(record, key) && isTree(record[key]) ? record[key] : (Object.create(null) as Tree);
    i18n[lang] = fields;
    record[key] = i18n;
  });
}

/** The structured-data fields of `value` (`STRUCTURED_DATA_FIELDS`), where they sit. */
export const structuredDataOf = (value: unknown): unknown => fieldsWhere(value, isStructuredData, (v) => v);

/** Puts fields from `structuredDataOf` back into the records they came from, as null-prototype records. */
export function addStructuredData(target: unknown, tree: unknown): void {
  putBack(target, tree, isStructuredData, (record, key, v) => {
    record[key] = plainRecords(v);
  });
}
