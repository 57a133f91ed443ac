/**
 * What a widget leads with for the claims of one scope (editorial rule 2): one claim as stated; claims that agree
 * as the tightest bound they support, naming who set it; claims that disagree as the span from the lowest to the
 * highest, naming every claimant. DOM-free.
 */
import { wholeEnds } from '../data/claims.js';
import type { Figure, Dataset, Id, StrikeEvent } from '../data/model.js';
import { refinedByPlace, scopesInOrder } from '../data/query.js';
import type { Claims } from '../data/query.js';
import { placeText } from './who.js';
import {
  accordingTo,
  bigNumber,
  countText,
  formatNumber,
  formatValue,
  inPlace,
  metricLabel,
  phraseFigure,
  phraseFigures,
  phraseParts,
  phraseSources,
  qualified,
} from './phrase.js';
import type { Locale, PhrasedFigure, PhrasedSource } from './phrase.js';
import { fill } from './strings.js';

/**
 * The claims a one-line summary of an event leads with (a compact card, a timeline step, structured data): killed
 * if anyone reported a figure, else injured; the scope that says most first (see `scopesInOrder`).
 */
export function casualtyClaims(ds: Dataset, event: StrikeEvent): Claims | undefined {
  return scopesInOrder(ds, event.id, 'killed')[0] ?? scopesInOrder(ds, event.id, 'injured')[0];
}

/**
 * The figure shown first for some claims, read together with the parts its own claimant gave ("about 45 missiles
 * intercepted, including 9 drones intercepted"), and the parts other claimants gave, phrased on their own.
 */
export function phraseShown(
  loc: Locale,
  ds: Dataset,
  claims: Claims,
): { shown: PhrasedFigure; otherParts: PhrasedFigure[] } {
  const shown = phraseFigure(loc, ds, claims.shown);
  const own = claims.parts.filter((f) => f.claimant === claims.shown.claimant);
  const including = phraseParts(loc, own);
  if (including) {
    shown.text = `${shown.text}, ${including}`;
    shown.scopedText = inPlace(loc, shown.place, shown.text);
  }
  const others = claims.parts.filter((f) => f.claimant !== claims.shown.claimant);
  return { shown, otherParts: phraseFigures(loc, ds, others) };
}

/** What the claims of one scope come to, with the parts other claimants gave: how a figure reads in a line. */
export interface LeadLine {
  lead: PhrasedLead;
  /** Parts of the figure shown first, stated by other claimants. */
  otherParts: PhrasedFigure[];
}

export function phraseLeadLine(loc: Locale, ds: Dataset, claims: Claims): LeadLine {
  return { lead: phraseLead(loc, ds, claims), otherParts: phraseShown(loc, ds, claims).otherParts };
}

/** Every claimant's figure, the one shown first leading, when more than one claimant gave one; else none. */
export function phraseEach(loc: Locale, ds: Dataset, claims: Claims): PhrasedFigure[] {
  return claims.others.length ? phraseFigures(loc, ds, [claims.shown, ...claims.others]) : [];
}

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
  // What every lead says, from the figures it rests on: the claimants it names, in that order, and (unless given) the
  // outlets that carried those figures, each once.
  const lead = (
    kind: PhrasedLead['verdict'],
    number: string,
    text: string,
    named: readonly Figure[],
    restsOn: readonly Figure[] = named,
    sources?: PhrasedSource[],
  ): PhrasedLead => ({
    verdict: kind,
    note: kind === 'single' ? undefined : kind === 'agree' ? loc.strings.claimsAgree : loc.strings.disagree,
    number,
    text,
    scopedText: inPlace(loc, scope, text),
    attribution: accordingTo(loc, ds, named),
    figures: restsOn.map((f) => f.id),
    sources: sources ?? phraseSources(loc, ds, new Set(restsOn.flatMap((f) => f.reportedIn))),
    asOf: undefined,
  });

  if (verdict.agree && verdict.stated) {
    const { shown } = phraseShown(loc, ds, claims);
    // Every claimant who states the bound itself is named.
    const by = [claims.shown, ...verdict.boundBy.filter((f) => f !== claims.shown)];
    // One figure keeps the sources it is phrased with, and its "as of" date if it was still developing.
    const one = by.length === 1;
    const kind = claims.others.length ? 'agree' : 'single';
    const stated = lead(kind, bigNumber(loc, shown.figure.value), shown.text, by, by, one ? shown.sources : undefined);
    stated.asOf = one ? shown.asOf : undefined;
    return stated;
  }
  if (verdict.agree) {
    // Two claims set the two ends: the whole numbers both allow, as a range.
    const { low, high } = wholeEnds(verdict.bound);
    const value = low === high ? { n: low } : { low, high };
    const text = countText(loc, claims.metric, value, 'exactly', claims.shown.munition);
    return lead('agree', formatValue(loc, value), text, verdict.boundBy);
  }
  const { lowest, highest } = verdict;
  const text = fill(loc.strings.span, {
    low: qualified(loc, lowest.value, lowest.qualifier),
    high: qualified(loc, highest.value, highest.qualifier),
    label: metricLabel(loc, claims.metric, highest.value, highest.munition, highest.qualifier),
  });
  const all = [claims.shown, ...claims.others];
  const lowNumber = formatNumber(loc, 'n' in lowest.value ? lowest.value.n : lowest.value.high);
  const highNumber = formatNumber(loc, 'n' in highest.value ? highest.value.n : highest.value.low);
  const number = `${lowNumber}–${highNumber}${isLowerBound(highest) ? '+' : ''}`;
  const named = [lowest, highest, ...all.filter((f) => f !== lowest && f !== highest)];
  return lead('disagree', number, text, named, all);
}
