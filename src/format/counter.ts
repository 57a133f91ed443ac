/**
 * The view model of `<casualty-counter>`: the big number with what it counts and who claims it, a total across
 * events, and "no figure" lines. DOM-free.
 */
import type { Dataset, FigureValue, Id, Metric, StrikeEvent } from '../data/model.js';
import { claimsByScope, claimsFor, eventById, placeById, refinedByPlace, scopesInOrder, total } from '../data/query.js';
import type { Claims, Total } from '../data/query.js';
import { phraseLead } from './lead.js';
import type { PhrasedLead } from './lead.js';
import { countText, formatEdtf, formatNumber, formatValue, listOf, localized, phraseFigure, plural } from './phrase.js';
import type { Locale, PhrasedFigure, Text } from './phrase.js';
import { fill } from './strings.js';
import { memoView, notShown } from './view.js';
import type { NotShown } from './view.js';

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

/** The number shown large: its digits, and the whole number a count-up may count to (none for a range). */
export interface BigNumber {
  text: string;
  countTo?: number;
}

/** The claims of one scope as a counter shows them. */
export interface CounterClaims {
  lead: PhrasedLead;
  number: BigNumber;
  /** Every claimant's figure, when more than one claimant gave one; else empty. */
  each: PhrasedFigure[];
  /** Figures revised by a later one from the same claimant. */
  history: PhrasedFigure[];
}

/** An event and its date, as a line under "no figure" or in a total's breakdown. */
export interface CounterEvent {
  headline: Text;
  date: { text: string; datetime: string };
}

/** One event of a total's breakdown. */
export interface CounterPart extends CounterEvent {
  /** The figures it adds, each with its claimant; empty when it adds none. */
  added: PhrasedFigure[];
  /** Its claims disagree. */
  disagree: boolean;
  /** Every claimant's event-wide figure, when more than one claimant gave one. */
  each: PhrasedFigure[];
  /** Without an event-wide figure: "Figures by place" and those figures (not added), or "No figure reported". */
  byPlace?: { note: string; figures: PhrasedFigure[] };
}

export type CounterView =
  /** One scope's claims, or a list of scopes (by place), with a note when the event has no event-wide figure. */
  | { kind: 'claims'; list: boolean; note?: string; scopes: CounterClaims[] }
  /** No one reported a figure for this metric (and scope). */
  | ({ kind: 'none'; metricName: string; text: string } & CounterEvent)
  /** A total across events. */
  | {
      kind: 'total';
      /** "Claims disagree", when any event's claims do. */
      disagree?: string;
      total?: PhrasedTotal & { countTo?: number };
      /** "No figure reported" when no event could be counted. */
      noFigure?: string;
      parts: CounterPart[];
    };

/** What a counter counts: one event (optionally one of its places), or the total of several events. */
export interface CounterRef {
  event?: Id;
  events?: readonly Id[];
  metric: Metric;
  place?: Id;
}

/** The counter for an event, a place of it or a list of events, or why there is none. */
export function phraseCounter(loc: Locale, ds: Dataset, ref: CounterRef): CounterView | NotShown {
  const key = ref.events?.length ? `total ${ref.metric} ${ref.events.join(' ')}` : `counter ${ref.metric} ${ref.event ?? ''} ${ref.place ?? ''}`;
  return memoView(loc, ds, key, () => (ref.events?.length ? buildTotal(loc, ds, ref.events, ref.metric) : buildCounter(loc, ds, ref)));
}

const eventLine = (loc: Locale, ds: Dataset, event: StrikeEvent): CounterEvent => ({
  headline: localized(loc, event, 'headline', ds.language),
  date: formatEdtf(loc, event.date),
});

function counterClaims(loc: Locale, ds: Dataset, claims: Claims): CounterClaims {
  const lead = phraseLead(loc, ds, claims);
  // One figure leads: its own number, which may count up; else the bound or the span, as phrased.
  const value = lead.figures.length === 1 ? claims.shown.value : undefined;
  const number: BigNumber = value ? { text: counterNumber(loc, value) } : { text: lead.number };
  if (value && 'n' in value) number.countTo = value.n;
  const figures = (list: readonly Claims['shown'][]) => list.map((f) => phraseFigure(loc, ds, f));
  return {
    lead,
    number,
    each: claims.others.length ? figures([claims.shown, ...claims.others]) : [],
    history: figures(claims.history),
  };
}

function buildCounter(loc: Locale, ds: Dataset, { event: id = '', metric, place }: CounterRef): CounterView | NotShown {
  const event = eventById(ds, id);
  if (!event) return notShown('unknown-event', { id });
  if (place && !event.places.includes(place)) return notShown('invalid-attribute', { name: 'place', value: place });
  if (!place && refinedByPlace(ds, id, metric)) {
    // The figures by place say more than the event-wide one: they lead, each with its scope.
    return { kind: 'claims', list: true, scopes: scopesInOrder(ds, id, metric).map((c) => counterClaims(loc, ds, c)) };
  }
  const claims = claimsFor(ds, id, metric, place);
  if (claims) return { kind: 'claims', list: false, scopes: [counterClaims(loc, ds, claims)] };
  const scoped = place ? [] : claimsByScope(ds, id, metric);
  if (scoped.length) {
    return { kind: 'claims', list: true, note: loc.strings.counterByPlace, scopes: scoped.map((c) => counterClaims(loc, ds, c)) };
  }
  return { kind: 'none', metricName: loc.strings.metricName[metric], text: noFigureText(loc, ds, place), ...eventLine(loc, ds, event) };
}

function buildTotal(loc: Locale, ds: Dataset, ids: readonly Id[], metric: Metric): CounterView | NotShown {
  const sum = total(ds, ids, metric);
  const [unknown] = sum.unknown;
  if (unknown !== undefined) return notShown('unknown-event', { id: unknown });
  const phrased = phraseTotal(loc, ds, sum);
  const figures = (list: readonly Claims['shown'][]) => list.map((f) => phraseFigure(loc, ds, f));
  const view: CounterView = {
    kind: 'total',
    parts: sum.parts.map(({ event, claims, added }): CounterPart => {
      const part: CounterPart = {
        ...eventLine(loc, ds, event),
        added: claims ? figures(added.map((a) => a.figure)) : [],
        disagree: !!claims?.disagree,
        each: claims?.others.length ? figures([claims.shown, ...claims.others]) : [],
      };
      if (!claims) {
        const scoped = claimsByScope(ds, event.id, metric);
        part.byPlace = scoped.length
          ? { note: loc.strings.counterByPlace, figures: figures(scoped.map((c) => c.shown)) }
          : { note: loc.strings.noFigure, figures: [] };
      }
      return part;
    }),
  };
  if (sum.parts.some((p) => p.claims?.disagree)) view.disagree = loc.strings.disagree;
  if (phrased && sum.value) view.total = 'n' in sum.value ? { ...phrased, countTo: sum.value.n } : phrased;
  else view.noFigure = loc.strings.noFigure;
  return view;
}
