/** Bidi isolation of free text, for the validator's copies and for translations added later. DOM-free. */

/** Bidi controls, and the letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their kin). */
const BIDI_SENSITIVE =
  /[\u0590-\u08FF\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFB1D-\uFDFF\uFE70-\uFEFC]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * Text that cannot reorder what follows it, like `<bdi>`: wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL
 * ISOLATE, with the embeddings and isolates it opens closed and stray closers dropped (a stray PDI would end the
 * wrapper early). Text with no right-to-left letter and no bidi control cannot reorder anything and is kept as is.
 */
export function isolateBidi(text: string): string {
  if (!BIDI_SENSITIVE.test(text)) return text;
  const open: string[] = [];
  let inner = '';
  for (const ch of text) {
    if (ch >= '\u202A' && ch <= '\u202E' && ch !== '\u202C') open.push('\u202C');
    else if (ch >= '\u2066' && ch <= '\u2068') open.push('\u2069');
    else if (ch === '\u202C') {
      if (open.at(-1) !== '\u202C') continue;
      open.pop();
    } else if (ch === '\u2069') {
      const at = open.lastIndexOf('\u2069');
      if (at < 0) continue;
      open.length = at;
    }
    inner += ch;
  }
  return `\u2068${inner}${open.reverse().join('')}\u2069`;
}
