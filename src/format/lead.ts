/**
 * What a widget leads with for the claims of one scope (editorial rule 2): one claim as stated; claims that agree
 * as the tightest bound they support, naming who set it; claims that disagree as the span from the lowest to the
 * highest, naming every claimant. DOM-free.
 */
import type { Figure, Dataset, Id } from '../data/model.js';
import { refinedByPlace } from '../data/query.js';
import type { Claims } from '../data/query.js';
import { phraseShown, placeText } from './card.js';
import { accordingTo, countText, formatNumber, formatValue, metricLabel, phraseSource, qualified } from './phrase.js';
import type { Locale, PhrasedSource } from './phrase.js';
import { fill } from './strings.js';

export interface PhrasedLead {
  /** `single`: one claimant; `agree`: several whose claims can all be true; `disagree`: several that cannot. */
  verdict: 'single' | 'agree' | 'disagree';
  /** "Claims agree" or "Claims disagree"; none for a single claimant. (Set on every lead, so a template never reads one from a polluted prototype.) */
  note: string | undefined;
  /** The number shown large: "24", "20–30", "23–41+" (a visual aid; `text` says it in words). */
  number: string;
  /** "at least 24 killed", "23 to at least 41 killed", with the parts its claimant gave. */
  text: string;
  /** `text` with the place the claims are scoped to ("Kharkiv: 48 injured"). */
  scopedText: string;
  /** "according to The Moscow Times", "according to The Moscow Times and WION". */
  attribution: string;
  /** The figures the lead rests on. */
  figures: Id[];
  /** The outlets that carried those figures, each once. */
  sources: PhrasedSource[];
  /** "as of 30 Dec 2023", when the lead is one figure still developing. */
  asOf: { text: string; iso: string } | undefined;
}

const isLowerBound = (f: Figure) => f.qualifier === 'at-least' || f.qualifier === 'more-than';

/** The lead for the claims of one scope. */
export function phraseLead(loc: Locale, ds: Dataset, claims: Claims): PhrasedLead {
  const { verdict } = claims;
  const place = claims.place;
  // An event-wide figure that the figures by place outweigh is labelled as what it is: a figure for the whole.
  const scope = place
    ? placeText(loc, ds, place.id).text
    : refinedByPlace(ds, claims.event.id, claims.metric)
      ? loc.strings.compareWhole
      : undefined;
  const scoped = (text: string) => (scope ? fill(loc.strings.inPlace, { place: scope, text }) : text);
  const sourcesOf = (figures: readonly Figure[]) =>
    [...new Set(figures.flatMap((f) => f.reportedIn))]
      .map((id) => phraseSource(loc, ds, id))
      .filter((s): s is PhrasedSource => !!s);

  if (verdict.agree && verdict.stated) {
    const { shown } = phraseShown(loc, ds, claims);
    // Every claimant who states the bound itself is named.
    const by = [claims.shown, ...verdict.boundBy.filter((f) => f !== claims.shown)];
    const lead: PhrasedLead = {
      verdict: claims.others.length ? 'agree' : 'single',
      number: formatValue(loc, 'n' in shown.figure.value ? shown.figure.value : { low: shown.figure.value.low, high: shown.figure.value.high }),
      text: shown.text,
      scopedText: scoped(shown.text),
      attribution: accordingTo(loc, ds, by),
      figures: by.map((f) => f.id),
      sources: by.length > 1 ? sourcesOf(by) : shown.sources,
      note: claims.others.length ? loc.strings.claimsAgree : undefined,
      asOf: shown.asOf && by.length === 1 ? shown.asOf : undefined,
    };
    return lead;
  }
  if (verdict.agree) {
    // Two claims set the two ends: the whole numbers both allow, as a range.
    const { bound, boundBy } = verdict;
    const low = bound.lowOpen ? Math.floor(bound.low) + 1 : Math.ceil(bound.low);
    const high = bound.highOpen ? Math.ceil(bound.high) - 1 : Math.floor(bound.high);
    const value = low === high ? { n: low } : { low, high };
    const text = countText(loc, claims.metric, value, 'exactly', claims.shown.munition);
    return {
      verdict: 'agree',
      note: loc.strings.claimsAgree,
      number: formatValue(loc, value),
      text,
      scopedText: scoped(text),
      attribution: accordingTo(loc, ds, boundBy),
      figures: boundBy.map((f) => f.id),
      sources: sourcesOf(boundBy),
      asOf: undefined,
    };
  }
  const { lowest, highest } = verdict;
  const text = fill(loc.strings.span, {
    low: qualified(loc, lowest.value, lowest.qualifier),
    high: qualified(loc, highest.value, highest.qualifier),
    label: metricLabel(loc, claims.metric, highest.value, highest.munition, highest.qualifier),
  });
  const all = [claims.shown, ...claims.others];
  const highNumber = formatNumber(loc, 'n' in highest.value ? highest.value.n : highest.value.low);
  return {
    verdict: 'disagree',
    note: loc.strings.disagree,
    number: `${formatNumber(loc, 'n' in lowest.value ? lowest.value.n : lowest.value.high)}–${highNumber}${isLowerBound(highest) ? '+' : ''}`,
    text,
    scopedText: scoped(text),
    attribution: accordingTo(loc, ds, [lowest, highest, ...all.filter((f) => f !== lowest && f !== highest)]),
    figures: all.map((f) => f.id),
    sources: sourcesOf(all),
    asOf: undefined,
  };
}
