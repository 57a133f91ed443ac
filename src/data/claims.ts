/**
 * Editorial rule 2: a claim is the interval of numbers its words allow, and claims disagree only when those
 * intervals cannot all hold at once. DOM-free and dataset-free: it reads figures, nothing else.
 */
import type { Figure, FigureValue, Id, Qualifier } from './model.js';

/**
 * How far "about n" reaches either side of n, as a share of n: "about 45" allows 40.5 to 49.5. A reader takes
 * "about" as a round figure near the truth; a tenth either way is the margin we hold the word to.
 */
export const ABOUT_TOLERANCE = 0.1;

/** A set of numbers on the line: `low`..`high`, each end included or not; `high` may be Infinity. */
export interface Interval {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

const lowOf = (v: FigureValue) => ('n' in v ? v.n : v.low);
const highOf = (v: FigureValue) => ('n' in v ? v.n : v.high);

/**
 * The numbers a value and its qualifier allow: exact n → [n, n]; at least n → [n, ∞); more than n → (n, ∞);
 * up to n → [0, n]; about n → [n − 10 %, n + 10 %]; a range low–high → [low, high] (its qualifier applies to its
 * ends: "at least 20–30" → [20, ∞)).
 */
export function intervalOf(value: FigureValue, qualifier: Qualifier): Interval {
  const low = lowOf(value);
  const high = highOf(value);
  switch (qualifier) {
    case 'at-least':
      return { low, high: Infinity, lowOpen: false, highOpen: true };
    case 'more-than':
      return { low, high: Infinity, lowOpen: true, highOpen: true };
    case 'up-to':
      return { low: 0, high, lowOpen: false, highOpen: false };
    case 'about':
      return { low: low * (1 - ABOUT_TOLERANCE), high: high * (1 + ABOUT_TOLERANCE), lowOpen: false, highOpen: false };
    case 'exactly':
      return { low, high, lowOpen: false, highOpen: false };
  }
}

export const figureInterval = (f: Figure) => intervalOf(f.value, f.qualifier);

/** The numbers every interval allows, or undefined when no number is allowed by all of them. */
export function intersection(intervals: readonly Interval[]): Interval | undefined {
  const [first, ...rest] = intervals;
  if (!first) return undefined;
  let out = { ...first };
  for (const i of rest) {
    if (i.low > out.low || (i.low === out.low && i.lowOpen)) out = { ...out, low: i.low, lowOpen: i.lowOpen };
    if (i.high < out.high || (i.high === out.high && i.highOpen)) out = { ...out, high: i.high, highOpen: i.highOpen };
  }
  // Counts are whole numbers: (20, 21) allows none, and neither does an interval whose ends cross.
  const whole = wholeEnds(out);
  return whole.low > whole.high ? undefined : out;
}

/** The lowest and the highest whole number an interval allows (`high` may be Infinity). */
export function wholeEnds(i: Interval): { low: number; high: number } {
  return {
    low: i.lowOpen ? Math.floor(i.low) + 1 : Math.ceil(i.low),
    high: i.highOpen ? Math.ceil(i.high) - 1 : Math.floor(i.high),
  };
}

/**
 * Orders ISO dates and slugs, which sort by code point. (`localeCompare` gives the same order, but a page's first
 * call loads the browser's collator: 14 ms of the first render of a remote dataset.)
 */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Keeps each claimant's latest figure: a figure that another supersedes, or that is older than the same
 * claimant's newer one, is history (a revision, not a disagreement). Newest first in both lists.
 */
export function currentAndHistory(figures: readonly Figure[]): { current: Figure[]; history: Figure[] } {
  const superseded = new Set(figures.map((f) => f.supersedes).filter((id): id is Id => !!id));
  const byClaimant = new Set<Id>();
  const current: Figure[] = [];
  const history: Figure[] = [];
  for (const f of [...figures].sort((a, b) => byCodePoint(b.asOf, a.asOf) || byCodePoint(a.id, b.id))) {
    if (superseded.has(f.id) || byClaimant.has(f.claimant)) history.push(f);
    else {
      byClaimant.add(f.claimant);
      current.push(f);
    }
  }
  return { current, history };
}

/** The verdict on some current claims about one event, metric and scope. */
export type Verdict =
  | {
      agree: true;
      /** The tightest bound the claims support together: the numbers every claim allows. */
      bound: Interval;
      /**
       * The claims that set that bound: every claim that states it whole (`stated`), else the claim that sets its
       * low end and the one that sets its high end.
       */
      boundBy: Figure[];
      stated: boolean;
    }
  | {
      agree: false;
      /** The claim whose numbers end lowest and the claim whose numbers start highest: the span to lead with. */
      lowest: Figure;
      highest: Figure;
    };

/**
 * Whether claims about the same event, metric and scope can all be true (their intervals intersect), and then
 * the tightest bound they support; else the span from the lowest to the highest claim. Undefined without claims.
 */
export function verdictOf(figures: readonly Figure[]): Verdict | undefined {
  if (!figures.length) return undefined;
  const intervals = figures.map(figureInterval);
  const bound = intersection(intervals);
  if (bound) {
    // Claims that allow exactly the bound state it; else one claim sets each end.
    const whole = figures.filter((_, i) => sameInterval(intervals[i]!, bound));
    if (whole.length) return { agree: true, bound, boundBy: whole, stated: true };
    const lowBy = figures.find((_, i) => intervals[i]!.low === bound.low && intervals[i]!.lowOpen === bound.lowOpen)!;
    const highBy = figures.find(
      (_, i) => intervals[i]!.high === bound.high && intervals[i]!.highOpen === bound.highOpen,
    )!;
    return { agree: true, bound, boundBy: [lowBy, highBy], stated: false };
  }
  let lowest = 0;
  let highest = 0;
  intervals.forEach((interval, i) => {
    if (interval.high < intervals[lowest]!.high) lowest = i;
    if (interval.low > intervals[highest]!.low) highest = i;
  });
  return { agree: false, lowest: figures[lowest]!, highest: figures[highest]! };
}

const sameInterval = (a: Interval, b: Interval) =>
  a.low === b.low && a.high === b.high && a.lowOpen === b.lowOpen && a.highOpen === b.highOpen;

/**
 * The lowest number a claim supports, as stated: n for exact, at least and more than n (more than 100 is at least
 * 100); the low end of a range; none for "up to" (which allows zero) and "about" (whose low end nobody stated).
 */
export function statedLowerBound(f: Figure): number | undefined {
  if (f.qualifier === 'up-to' || f.qualifier === 'about') return undefined;
  return lowOf(f.value);
}
