/**
 * What readers download of the embedded dataset. The source (and the JSON export) keeps everything; the script-tag
 * bundle carries the dataset without the editors' notes and without its translations, and each language's
 * translations arrive with that language's strings (see `src/languages/`). DOM-free; the build runs these on the
 * compiled dataset and writes the results into the bundle.
 */
import type { Lang } from '../model.js';

/** Fields for editors that no widget shows: what the reports left open, how a date was established. */
export const EDITORIAL_FIELDS: readonly string[] = ['note', 'dateNote'];

type Tree = { [key: string]: unknown };
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `value` without editorial fields and without translations (`i18n`), at any depth. */
export function forReaders<T>(value: T): T {
  if (Array.isArray(value)) return value.map(forReaders) as T;
  if (!isTree(value)) return value;
  const out: Tree = {};
  for (const [k, v] of Object.entries(value)) if (k !== 'i18n' && !EDITORIAL_FIELDS.includes(k)) out[k] = forReaders(v);
  return out as T;
}

/**
 * The translations of one language, where they sit in `value`: an object keeps only the keys under which a
 * translation lies, `i18n` holds that language's fields, and a list keeps its positions (0 where nothing lies).
 * Undefined when `value` holds no translation into `lang`.
 */
export function translationsOf(value: unknown, lang: Lang): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => translationsOf(v, lang) ?? 0);
    while (items.length && items.at(-1) === 0) items.pop();
    return items.length ? items : undefined;
  }
  if (!isTree(value)) return undefined;
  const out: Tree = {};
  for (const [k, v] of Object.entries(value)) {
    const found = k === 'i18n' ? (isTree(v) ? forReaders(v[lang]) : undefined) : translationsOf(v, lang);
    if (found !== undefined) out[k] = found;
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * Puts translations from `translationsOf` back into the records they came from (copies of the same
 * dataset, so positions agree), as null-prototype records, each text through `text` (bidi isolation).
 */
export function addTranslations(target: unknown, tree: unknown, lang: Lang, text: (s: string) => string): void {
  if (Array.isArray(tree)) {
    const items = tree as unknown[];
    if (Array.isArray(target)) {
      const into = target as unknown[];
      items.forEach((t, i) => {
        if (t) addTranslations(into[i], t, lang, text);
      });
    }
    return;
  }
  if (!isTree(tree) || !isTree(target)) return;
  for (const [k, v] of Object.entries(tree)) {
    if (k !== 'i18n') {
      addTranslations(target[k], v, lang, text);
      continue;
    }
    const fields: Tree = Object.create(null) as Tree;
    if (isTree(v)) for (const [f, s] of Object.entries(v)) if (typeof s === 'string') fields[f] = text(s);
    const i18n = Object.hasOwn(target, 'i18n') && isTree(target.i18n) ? target.i18n : (Object.create(null) as Tree);
    i18n[lang] = fields;
    target.i18n = i18n;
  }
}
