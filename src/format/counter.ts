/**
 * Phrasing for `<casualty-counter>`: the big number, a total across events, and "no figure" lines. DOM-free.
 */
import type { Dataset, FigureValue, Id } from '../data/model.js';
import { placeById } from '../data/query.js';
import type { Total } from '../data/query.js';
import { formatNumber, formatValue, localized, metricLabel, plural, qualified } from './phrase.js';
import type { Locale } from './phrase.js';
import { fill } from './strings.js';

/** The number shown large: "14", or the range "20–30" (its best estimate is in the sentence beside it). */
export function counterNumber(loc: Locale, value: FigureValue): string {
  return formatValue(loc, 'n' in value ? value : { low: value.low, high: value.high });
}

export interface PhrasedTotal {
  /** "62" */
  number: string;
  /** "at least 62 killed" */
  text: string;
  /** "Total for 3 events": how many events' figures were added. */
  events: string;
  /** How the total was made (editorial rule 3). */
  note: string;
}

/** A total across events, or undefined when none of them has a figure. */
export function phraseTotal(loc: Locale, total: Total): PhrasedTotal | undefined {
  const { value } = total;
  if (!value) return undefined;
  const shown = total.parts.flatMap((p) => (p.claims ? [p.claims.shown] : []));
  const munitions = new Set(shown.map((f) => f.munition));
  const label = metricLabel(loc, total.metric, value, munitions.size === 1 ? shown[0]!.munition : undefined);
  const count = { n: shown.length };
  return {
    number: counterNumber(loc, value),
    text: fill(loc.strings.figureText, { amount: qualified(loc, value, total.qualifier), label }),
    events: fill(plural(loc, loc.strings.total, count), { count: formatNumber(loc, count.n) }),
    note: loc.strings.totalNote,
  };
}

/** "No figure reported", or "Kharkiv: No figure reported" for one place of the event. */
export function noFigureText(loc: Locale, ds: Dataset, place?: Id): string {
  const record = place ? placeById(ds, place) : undefined;
  const text = loc.strings.noFigure;
  return record ? fill(loc.strings.inPlace, { place: localized(loc, record, 'name', ds.language).text, text }) : text;
}
