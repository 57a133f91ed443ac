/**
 * The view model of `<casualty-counter>`: the big number with what it counts and who claims it, a total across
 * events, and "no figure" lines. DOM-free.
 */
import type { Dataset, Figure, Id, Metric, StrikeEvent } from '../data/model.js';
import { claimsByScope, claimsFor, refinedByPlace, scopesInOrder, total } from '../data/query.js';
import type { Claims, Total } from '../data/query.js';
import { phraseEach, phraseLead } from './lead.js';
import type { PhrasedLead } from './lead.js';
import {
  bigNumber,
  countPhrase,
  countText,
  eventTitle,
  inPlace,
  listOf,
  localized,
  phraseFigure,
  phraseFigures,
  placeName,
} from './phrase.js';
import type { Locale, PhrasedFigure, Text } from './phrase.js';
import { fill } from './strings.js';
import {
  FIRST_SHOWN,
  phrasedLazily,
  doneLater,
  doneNow,
  eventView,
  isNotShown,
  memoView,
  moreEvents,
  notShown,
  own,
} from './view.js';
import type { MoreLine, NotShown, PhrasedLazily } from './view.js';

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
  const counting = total.parts.filter((p) => p.added.length);
  const munitions = new Set(counting.flatMap((p) => p.added.map((a) => a.figure.munition)));
  // What was counted, when every claim added counts the same munition.
  const [munition] = munitions.size === 1 ? munitions : [];
  const headline = (event: StrikeEvent) => localized(loc, event, 'headline', ds.language).text;
  const phrased: PhrasedTotal = {
    number: bigNumber(loc, value),
    text: countText(loc, total.metric, value, total.qualifier, munition),
    events: countPhrase(loc, loc.strings.total, counting.length),
    adds: '',
  };
  // A total of thousands of events names the claims of the first ones; the breakdown lists every event. Each part
  // carries commas of its own: a semicolon keeps them apart.
  let parts = counting
    .slice(0, FIRST_SHOWN)
    .flatMap(({ event, added }) =>
      added.map(({ figure }) => {
        const f = phraseFigure(loc, ds, figure);
        return fill(loc.strings.totalPart, { text: f.scopedText, event: headline(event), attribution: f.attribution });
      }),
    )
    .join('; ');
  const more = moreEvents(loc, counting.length - FIRST_SHOWN);
  if (more) parts = fill(loc.strings.totalAddsMore, { parts, more: more.text });
  phrased.adds = fill(loc.strings.totalAdds, { parts });
  if (total.uncounted.length) {
    phrased.uncounted = fill(loc.strings.totalUncounted, { events: listOf(loc, total.uncounted.map(headline)) });
  }
  return phrased;
}

/** "No figure reported", or "Kharkiv: No figure reported" for one place of the event. */
export function noFigureText(loc: Locale, ds: Dataset, place?: Id): string {
  return inPlace(loc, placeName(loc, ds, place), loc.strings.noFigure);
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
      /** The breakdown: the first events, the rest when asked for. */
      parts: CounterPart[];
      /** "and 9,950 more events", when the breakdown does not show them all. */
      more?: MoreLine;
    };

/** What a counter counts: one event (optionally one of its places), or the total of several events. */
export interface CounterRef {
  event?: Id;
  events?: readonly Id[];
  metric: Metric;
  place?: Id;
}

/** How many events a total adds up per task. */
const EVENTS_PER_SLICE = 500;

const totalKey = (ids: readonly Id[], metric: Metric) => `total ${metric} ${ids.join(' ')}`;

/** A total of many events, added up `EVENTS_PER_SLICE` events at a time. */
const sumInSlices = (ds: Dataset, ids: readonly Id[], metric: Metric) =>
  function* (): Generator<void, Total> {
    const unique = [...new Set(ids)];
    const totals: Total[] = [];
    for (let i = 0; i < unique.length; i += EVENTS_PER_SLICE) {
      if (i) yield;
      totals.push(total(ds, unique.slice(i, i + EVENTS_PER_SLICE), metric));
    }
    return totals.length === 1 ? totals[0]! : sumOfTotals(metric, totals);
  };

/**
 * Totals of separate events as one total: the values added, `exactly` only when each total is exact (each is exact
 * only when every one of its events is counted, exact and undisputed, which is what makes the whole exact).
 */
function sumOfTotals(metric: Metric, totals: readonly Total[]): Total {
  const values = totals.flatMap((t) => (t.value && 'n' in t.value ? [t.value.n] : []));
  const sum: Total = {
    metric,
    qualifier: totals.every((t) => t.qualifier === 'exactly') ? 'exactly' : 'at-least',
    parts: totals.flatMap((t) => t.parts),
    uncounted: totals.flatMap((t) => t.uncounted),
    unknown: totals.flatMap((t) => t.unknown),
  };
  if (values.length) sum.value = { n: values.reduce((a, b) => a + b, 0) };
  return sum;
}

/**
 * Undefined when `phraseCounter` can run now; else the promise of a total of more than 500 events being added up,
 * 500 events per task.
 */
export function counterPending(ds: Dataset, ref: CounterRef): Promise<void> | undefined {
  const ids = own(ref, 'events') ?? [];
  return ids.length > EVENTS_PER_SLICE
    ? doneLater(ds, totalKey(ids, ref.metric), sumInSlices(ds, ids, ref.metric))
    : undefined;
}

/**
 * The counter for an event, a place of it or a list of events, or why there is none. A total's breakdown lists its
 * first `shown` events.
 */
export function phraseCounter(loc: Locale, ds: Dataset, ref: CounterRef, shown = FIRST_SHOWN): CounterView | NotShown {
  const events = own(ref, 'events');
  const metric = ref.metric;
  if (!events?.length) {
    const id = own(ref, 'event') ?? '';
    const place = own(ref, 'place');
    return eventView(loc, ds, `counter ${metric} ${id} ${place ?? ''}`, id, (event) =>
      buildCounter(loc, ds, event, metric, place),
    );
  }
  const built = memoView(loc, ds, totalKey(events, metric), () => buildTotal(loc, ds, events, metric));
  if (isNotShown(built)) return built;
  const { lazyParts, ...view } = built;
  const parts = lazyParts.upTo(shown);
  const more = moreEvents(loc, lazyParts.count - parts.length);
  return more ? { ...view, parts, more } : { ...view, parts };
}

type TotalView = Extract<CounterView, { kind: 'total' }>;

function counterClaims(loc: Locale, ds: Dataset, claims: Claims): CounterClaims {
  const lead = phraseLead(loc, ds, claims);
  const number: BigNumber = { text: lead.number };
  // One figure leads (the lead's number is its own): a whole number may count up; a bound or a span never does.
  const { value } = claims.shown;
  if (lead.figures.length === 1 && 'n' in value) number.countTo = value.n;
  return { lead, number, each: phraseEach(loc, ds, claims), history: phraseFigures(loc, ds, claims.history) };
}

function buildCounter(
  loc: Locale,
  ds: Dataset,
  event: StrikeEvent,
  metric: Metric,
  place: Id | undefined,
): CounterView | NotShown {
  const id = event.id;
  if (place && !event.places.includes(place)) return notShown('invalid-attribute', { name: 'place', value: place });
  if (!place && refinedByPlace(ds, id, metric)) {
    // The figures by place say more than the event-wide one: they lead, each with its scope.
    return { kind: 'claims', list: true, scopes: scopesInOrder(ds, id, metric).map((c) => counterClaims(loc, ds, c)) };
  }
  const claims = claimsFor(ds, id, metric, place);
  if (claims) return { kind: 'claims', list: false, scopes: [counterClaims(loc, ds, claims)] };
  const scoped = place ? [] : claimsByScope(ds, id, metric);
  if (scoped.length) {
    return {
      kind: 'claims',
      list: true,
      note: loc.strings.counterByPlace,
      scopes: scoped.map((c) => counterClaims(loc, ds, c)),
    };
  }
  return {
    kind: 'none',
    metricName: loc.strings.metricName[metric],
    text: noFigureText(loc, ds, place),
    ...eventTitle(loc, ds, event),
  };
}

function buildTotal(
  loc: Locale,
  ds: Dataset,
  ids: readonly Id[],
  metric: Metric,
): (Omit<TotalView, 'parts'> & { lazyParts: PhrasedLazily<CounterPart> }) | NotShown {
  const sum = doneNow(ds, totalKey(ids, metric), sumInSlices(ds, ids, metric));
  const [unknown] = sum.unknown;
  if (unknown !== undefined) return notShown('unknown-event', { id: unknown });
  const phrased = phraseTotal(loc, ds, sum);
  const figures = (list: readonly Figure[]) => phraseFigures(loc, ds, list);
  const part = ({ event, claims, added }: Total['parts'][number]): CounterPart => {
    const phrasedPart: CounterPart = {
      ...eventTitle(loc, ds, event),
      added: claims ? figures(added.map((a) => a.figure)) : [],
      disagree: !!claims?.disagree,
      each: claims ? phraseEach(loc, ds, claims) : [],
    };
    if (!claims) {
      const scoped = claimsByScope(ds, event.id, metric);
      phrasedPart.byPlace = scoped.length
        ? { note: loc.strings.counterByPlace, figures: figures(scoped.map((c) => c.shown)) }
        : { note: loc.strings.noFigure, figures: [] };
    }
    return phrasedPart;
  };
  const view: Omit<TotalView, 'parts'> & { lazyParts: PhrasedLazily<CounterPart> } = {
    kind: 'total',
    lazyParts: phrasedLazily(sum.parts.length, (i) => part(sum.parts[i]!)),
  };
  if (sum.parts.some((p) => p.claims?.disagree)) view.disagree = loc.strings.disagree;
  if (phrased && sum.value) view.total = 'n' in sum.value ? { ...phrased, countTo: sum.value.n } : phrased;
  else view.noFigure = loc.strings.noFigure;
  return view;
}
