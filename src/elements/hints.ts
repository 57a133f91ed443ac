/**
 * What an error message adds for the page's editor: the values an attribute accepts, and for a mistyped id the
 * nearest one that exists.
 */
import type { Dataset } from '../data/model.js';

/** The values each enumerated attribute accepts (for tools that describe the attributes; elements ask the rule). */
export { VALID_VALUES } from './attributes.js';

/** Edit distance (insertions, deletions, substitutions) between two strings. */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/** The candidate nearest to `typed`, if it is near enough to be a typo (a third of its length, at least 2). */
export function nearestId(typed: string, candidates: Iterable<string>): string | undefined {
  let best: { id: string; d: number } | undefined;
  for (const id of candidates) {
    const d = editDistance(typed.toLowerCase(), id.toLowerCase());
    if (!best || d < best.d) best = { id, d };
  }
  return best && best.d > 0 && best.d <= Math.max(2, Math.floor(typed.length / 3)) ? best.id : undefined;
}

/** The ids of the dataset a failure's `id` could have meant, by its code (`dataset-id`: see `publisher-data.ts`). */
export function candidateIds(code: string, ds: Dataset): string[] {
  if (code === 'unknown-event') return ds.events.map((e) => e.id);
  if (code === 'unknown-quote') return ds.quotes.map((q) => q.id);
  return [];
}
