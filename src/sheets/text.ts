/** Small text helpers of the spreadsheet layer: readable ids from names, and the nearest name to a typo. */

// Ukrainian and Russian letters in a plain Latin spelling, so that a name typed in Cyrillic still makes a
// readable id.
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  ё: 'io',
  ы: 'y',
  э: 'e',
  ъ: '',
};

/** A slug from free text, cut to its first `maxWords` words: `Russian missile strikes on Kyiv` → `russian-missile-strikes-on-kyiv`. */
export function slugify(text: string, maxWords = 8): string {
  const latin = [...text.toLowerCase()].map((ch) => CYRILLIC[ch] ?? ch).join('');
  return latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’ʼ]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate closest to `text` (ignoring case), when it is close enough to be a likely typo or variant. */
export function nearest(text: string, candidates: readonly string[]): string | undefined {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return undefined;
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of new Set(candidates)) {
    const c = candidate.toLowerCase();
    const score =
      c.includes(wanted) || wanted.includes(c) ? Math.abs(c.length - wanted.length) / 2 : distance(wanted, c);
    if (!best || score < best.score) best = { candidate, score };
  }
  return best && best.score <= Math.max(2, Math.ceil(wanted.length * 0.4)) ? best.candidate : undefined;
}
