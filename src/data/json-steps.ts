/**
 * JSON.parse in steps, for dataset files of several megabytes. The arrays that are values of the top-level object
 * (the lists of records) are parsed a few tens of kilobytes at a time; the rest of the text as a whole. Text that
 * cannot be split cleanly is left to one JSON.parse of the whole, so the value, and the error of a broken file, are
 * always JSON.parse's own.
 */
import type { Steps } from './steps.js';

/** Characters scanned, and characters of a list parsed, per step. */
const SCAN_CHARS = 128 * 1024;
const PIECE_CHARS = 32 * 1024;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** An array that is the value of a key of the top-level object: where it opens, closes and separates its items. */
interface List {
  key: string;
  open: number;
  close: number;
  commas: number[];
}

/**
 * The lists of the top-level object, in order, with the key each one is the last value of; undefined when the
 * text is not one object or does not scan cleanly (JSON.parse of the whole then says why).
 */
function* findLists(text: string): Steps<{ lists: List[]; final: Map<string, List> } | undefined> {
  const lists: List[] = [];
  const final = new Map<string, List>();
  let depth = 0;
  let inString = false;
  let stringStart = 0;
  let expectKey = false;
  let key: string | undefined;
  let list: List | undefined;
  let i = text.search(/\S/);
  if (i < 0 || text.charCodeAt(i) !== OPEN_OBJECT) return undefined;
  for (let sliceEnd = i; i < text.length;) {
    if (i >= sliceEnd) {
      if (sliceEnd > 0) yield;
      sliceEnd = i + SCAN_CHARS;
    }
    const end = Math.min(text.length, sliceEnd);
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (inString) {
        if (c === BACKSLASH) i++;
        else if (c === QUOTE) {
          inString = false;
          if (depth === 1 && expectKey) {
            key = JSON.parse(text.slice(stringStart, i + 1)) as string;
            expectKey = false;
          }
        }
        continue;
      }
      if (c === QUOTE) {
        inString = true;
        stringStart = i;
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        depth += 1;
        if (depth === 1) expectKey = true;
        else if (depth === 2 && c === OPEN_ARRAY && key !== undefined) list = { key, open: i, close: -1, commas: [] };
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        if (depth === 2 && list) {
          list.close = i;
          lists.push(list);
          final.set(list.key, list);
          list = undefined;
        }
        depth -= 1;
        if (depth === 0) return inString ? undefined : { lists, final };
      } else if (c === COMMA) {
        if (depth === 1) expectKey = true;
        else if (depth === 2 && list) list.commas.push(i);
      } else if (c === COLON && depth === 1 && key !== undefined) {
        // A later value for the same key replaces an earlier list, as in JSON.parse.
        final.delete(key);
      }
    }
  }
  return undefined;
}

/** The items of one list, parsed a piece at a time; throws where JSON.parse of the whole would. */
function* parseList(text: string, list: List, pieceChars: number): Steps<unknown[]> {
  const items: unknown[] = [];
  const ends = [...list.commas, list.close];
  let start = list.open + 1;
  for (let e = 0; e < ends.length; e++) {
    const end = ends[e]!;
    if (end !== list.close && end - start < pieceChars) continue;
    const piece = text.slice(start, end);
    // An empty piece is an empty list, or a stray comma that JSON.parse of the whole reports.
    if (!piece.trim()) {
      if (list.commas.length) throw new SyntaxError('empty item');
      break;
    }
    for (const item of JSON.parse(`[${piece}]`) as unknown[]) items.push(item);
    start = end + 1;
    yield;
  }
  return items;
}

/**
 * Parses JSON text like JSON.parse (same value, same errors), pausing between pieces of its top-level lists of
 * about `pieceChars` characters.
 */
export function* parseJsonSteps(text: string, pieceChars = PIECE_CHARS): Steps<unknown> {
  try {
    const found = yield* findLists(text);
    if (!found) return JSON.parse(text) as unknown;
    let skeleton = '';
    let at = 0;
    for (const list of found.lists) {
      skeleton += text.slice(at, list.open + 1);
      at = list.close;
    }
    const root = JSON.parse(skeleton + text.slice(at)) as Record<string, unknown>;
    for (const list of found.lists) {
      const items = yield* parseList(text, list, pieceChars);
      // Defined, not assigned: a key such as "__proto__" stays an own field, as JSON.parse makes it.
      if (found.final.get(list.key) === list)
        Object.defineProperty(root, list.key, { value: items, writable: true, enumerable: true, configurable: true });
    }
    return root;
  } catch {
    return JSON.parse(text) as unknown;
  }
}
