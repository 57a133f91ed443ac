/**
 * Phrasing for `<casualty-counter>`: the big number, a total across events, and "no figure" lines. DOM-free.
 */
import type { Dataset, FigureValue, Id, StrikeEvent } from '../data/model.js';
import { placeById } from '../data/query.js';
import type { Total } from '../data/query.js';
import { countText, formatNumber, formatValue, listOf, localized, phraseFigure, plural } from './phrase.js';
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
  /** Which claims were added, each with its event and claimant (editorial rule 3): shown, not hidden. */
  adds: string;
  /** The events that could not be counted, when there are any. */
  uncounted?: string;
}

/** A total across events, or undefined when none of them could be counted. */
export function phraseTotal(loc: Locale, ds: Dataset, total: Total): PhrasedTotal | undefined {
  const { value } = total;
  if (!value) return undefined;
  const added = total.parts.flatMap((p) => p.added.map((a) => ({ ...a, event: p.event })));
  const munitions = new Set(added.map((a) => a.figure.munition));
  const munition = munitions.size === 1 ? added[0]!.figure.munition : undefined;
  const counted = { n: total.parts.length - total.uncounted.length };
  const headline = (event: StrikeEvent) => localized(loc, event, 'headline', ds.language).text;
  const phrased: PhrasedTotal = {
    number: counterNumber(loc, value),
    text: countText(loc, total.metric, value, total.qualifier, munition),
    events: fill(plural(loc, loc.strings.total, counted), { count: formatNumber(loc, counted.n) }),
    adds: fill(loc.strings.totalAdds, {
      // Each part carries commas of its own: a semicolon keeps them apart.
      parts: added
        .map(({ figure, event }) => {
          const f = phraseFigure(loc, ds, figure);
          return fill(loc.strings.totalPart, { text: f.scopedText, event: headline(event), attribution: f.attribution });
        })
        .join('; '),
    }),
  };
  if (total.uncounted.length) {
    phrased.uncounted = fill(loc.strings.totalUncounted, { events: listOf(loc, total.uncounted.map(headline)) });
  }
  return phrased;
}

/** "No figure reported", or "Kharkiv: No figure reported" for one place of the event. */
export function noFigureText(loc: Locale, ds: Dataset, place?: Id): string {
  const record = place ? placeById(ds, place) : undefined;
  const text = loc.strings.noFigure;
  return record ? fill(loc.strings.inPlace, { place: localized(loc, record, 'name', ds.language).text, text }) : text;
}
