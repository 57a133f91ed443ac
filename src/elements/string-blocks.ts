/**
 * Publishers override UI strings without JavaScript: a JSON block on the page,
 * `<script type="application/json" data-strike-widgets-strings>{"uk": {"noFigure": "…"}}</script>`.
 */
import type { Lang } from '../data/model.js';
import { setStrings } from '../format/strings.js';
import type { StringOverrides } from '../format/strings.js';
import { warnOnce } from './warn.js';

const applied = new WeakSet<Element>();

/** Applies every strings block of the document not applied yet. */
export function applyStringBlocks(doc: Document): void {
  for (const script of doc.querySelectorAll('script[type="application/json"][data-strike-widgets-strings]')) {
    if (applied.has(script)) continue;
    applied.add(script);
    try {
      const value: unknown = JSON.parse(script.textContent ?? '');
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
      for (const [lang, overrides] of Object.entries(value)) setStrings(lang as Lang, overrides as StringOverrides);
    } catch (e) {
      warnOnce(
        `a data-strike-widgets-strings block is not a JSON object of languages (${(e as Error).message}); it was ignored.`,
      );
    }
  }
}
