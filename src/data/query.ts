/**
 * Pure lookups and aggregates over a Dataset: every lookup and every sum a widget shows comes from here.
 * Each dataset is indexed once (on first use) so that a lookup costs the same whatever the dataset's size.
 */
import type {
  Actor,
  Dataset,
  Figure,
  FigureValue,
  Id,
  Metric,
  Place,
  Quote,
  Qualifier,
  Relation,
  Source,
  StrikeEvent,
} from './model.js';
import { METRICS } from './model.js';
import { byCodePoint, currentAndHistory, statedLowerBound, verdictOf } from './claims.js';
import type { Verdict } from './claims.js';
import { runToEnd } from './steps.js';
import type { Steps } from './steps.js';

interface Index {
  events: Map<Id, StrikeEvent>;
  actors: Map<Id, Actor>;
  parties: Set<Id>;
  places: Map<Id, Place>;
  sources: Map<Id, Source>;
  figures: Map<Id, Figure>;
  quotes: Map<Id, Quote>;
  figuresByEvent: Map<Id, Figure[]>;
  quotesByEvent: Map<Id, Quote[]>;
  incoming: Map<Id, { from: StrikeEvent; relation: Relation }[]>;
}

const indexes = new WeakMap<Dataset, Index>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Adds each item of `list`, pausing (see steps.ts) every 500. */
function* eachOf<T>(list: readonly T[], add: (item: T) => void): Steps<void> {
  for (let i = 0; i < list.length; i++) {
    add(list[i]!);
    if (i % 500 === 499) yield;
  }
}

/**
 * Indexes a dataset in steps: a remote file of megabytes is indexed between other tasks, as it was parsed and
 * checked (see check.ts), not in one long task at its first lookup (45 ms for 4.9 MB on a fast machine).
 */
export function* indexSteps(ds: Dataset): Steps<Index> {
  const index: Index = {
    events: new Map(),
    actors: new Map(),
    parties: new Set(ds.parties.map((p) => p.id)),
    places: new Map(),
    sources: new Map(),
    figures: new Map(),
    quotes: new Map(),
    figuresByEvent: new Map(),
    quotesByEvent: new Map(),
    incoming: new Map(),
  };
  yield* eachOf([...ds.parties, ...ds.persons], (a) => index.actors.set(a.id, a));
  yield* eachOf(ds.places, (p) => index.places.set(p.id, p));
  yield* eachOf(ds.sources, (s) => index.sources.set(s.id, s));
  yield* eachOf(ds.events, (from) => {
    index.events.set(from.id, from);
    for (const relation of from.relations ?? []) push(index.incoming, relation.event, { from, relation });
  });
  yield* eachOf(ds.figures, (figure) => {
    index.figures.set(figure.id, figure);
    push(index.figuresByEvent, figure.event, figure);
  });
  yield* eachOf(ds.quotes, (quote) => {
    index.quotes.set(quote.id, quote);
    for (const event of quote.events) push(index.quotesByEvent, event, quote);
  });
  indexes.set(ds, index);
  return index;
}

const indexOf = (ds: Dataset): Index => indexes.get(ds) ?? runToEnd(indexSteps(ds));

export const eventById = (ds: Dataset, id: Id) => indexOf(ds).events.get(id);
export const quoteById = (ds: Dataset, id: Id) => indexOf(ds).quotes.get(id);
export const placeById = (ds: Dataset, id: Id) => indexOf(ds).places.get(id);
export const sourceById = (ds: Dataset, id: Id) => indexOf(ds).sources.get(id);
export const figureById = (ds: Dataset, id: Id) => indexOf(ds).figures.get(id);
/** A party or a person. */
export const actorById = (ds: Dataset, id: Id) => indexOf(ds).actors.get(id);
export const isParty = (ds: Dataset, id: Id) => indexOf(ds).parties.has(id);
/** The outlet (a Party) that published a source. */
export const outletOf = (ds: Dataset, source: Source) => indexOf(ds).actors.get(source.outlet);

/** Every figure of an event for one metric, in dataset order. */
export function figuresFor(ds: Dataset, eventId: Id, metric: Metric): Figure[] {
  return (indexOf(ds).figuresByEvent.get(eventId) ?? []).filter((f) => f.metric === metric);
}

/** The metrics an event has figures for, in the contract's order. */
export function metricsOf(ds: Dataset, eventId: Id): Metric[] {
  const present = new Set((indexOf(ds).figuresByEvent.get(eventId) ?? []).map((f) => f.metric));
  return METRICS.filter((m) => present.has(m));
}

/** The ISO 3166-1 country of an event: that of its first place. */
export function eventCountry(ds: Dataset, event: StrikeEvent): string | undefined {
  const place = event.places.map((id) => placeById(ds, id)).find(Boolean);
  return place?.code.slice(0, 2);
}

/**
 * How far a claimant stands from the event (smaller is closer): local authorities before regional, national and
 * foreign ones, then unnamed sources, then an outlet speaking for itself.
 */
export function distance(ds: Dataset, claimantId: Id, event: StrikeEvent): number {
  const actor = actorById(ds, claimantId);
  if (!actor) return 9;
  const kind = 'kind' in actor ? actor.kind : undefined;
  if (kind === 'outlet' || kind === 'wire-service') return 6;
  if (kind === 'unnamed-source') return 5;
  const country = eventCountry(ds, event);
  if (actor.country && country && actor.country !== country) return 4;
  return { local: 0, regional: 1, national: 2, international: 3 }[actor.level ?? 'national'];
}

/** The claims for one event, metric and scope, ordered by the editorial rules. */
export interface Claims {
  event: StrikeEvent;
  metric: Metric;
  /** The place the figures are scoped to; undefined for the whole event. */
  place?: Place;
  /**
   * The figure to lead with: where the claims agree, the one that sets their tightest bound (the closest claimant
   * of those that set it); where they disagree, the closest claimant's (the span leads; see `verdict`).
   */
  shown: Figure;
  /** The current figure of every other claimant, closest first. */
  others: Figure[];
  /** Whether the claims cannot all be true: their intervals do not intersect (editorial rule 2). */
  disagree: boolean;
  /** The tightest bound the claims support, or the span from the lowest to the highest claim. */
  verdict: Verdict;
  /** Figures revised by a later one from the same claimant, newest first. */
  history: Figure[];
  /** Figures that are part of the shown one ("including nine kamikaze drones"). */
  parts: Figure[];
}

/** Orders figures: closest claimant first, then latest, then id so the order never depends on input order. */
function rank(ds: Dataset, event: StrikeEvent, figures: readonly Figure[]): Figure[] {
  const key = (f: Figure) => distance(ds, f.claimant, event);
  return [...figures].sort((a, b) => key(a) - key(b) || byCodePoint(b.asOf, a.asOf) || byCodePoint(a.id, b.id));
}

function buildClaims(
  ds: Dataset,
  event: StrikeEvent,
  metric: Metric,
  scoped: Figure[],
  all: Figure[],
): Claims | undefined {
  // A figure that is part of another of the same metric is a breakdown, not a competing claim.
  const competing = scoped.filter((f) => !(f.partOf && figureById(ds, f.partOf)?.metric === metric));
  // Counts of different munitions (missiles, drones) are different scopes; the event-wide count leads.
  const { current, history } = currentAndHistory(competing);
  const verdict = verdictOf(current);
  if (!verdict) return undefined;
  const ranked = rank(ds, event, current);
  const shown = verdict.agree ? rank(ds, event, verdict.boundBy)[0]! : ranked[0]!;
  const place = shown.place ? placeById(ds, shown.place) : undefined;
  return {
    event,
    metric,
    place,
    shown,
    others: ranked.filter((f) => f !== shown),
    disagree: !verdict.agree,
    verdict,
    history,
    parts: all.filter((f) => f.partOf === shown.id),
  };
}

/**
 * The claims for an event and metric: for the whole event (`place` omitted or null), or scoped to one place.
 * Undefined when no one reported a figure for that scope.
 */
export function claimsFor(ds: Dataset, eventId: Id, metric: Metric, place: Id | null = null): Claims | undefined {
  const event = eventById(ds, eventId);
  if (!event) return undefined;
  const all = figuresFor(ds, eventId, metric);
  return buildClaims(
    ds,
    event,
    metric,
    all.filter((f) => (f.place ?? null) === place),
    all,
  );
}

/** Claims for the whole event first, then for each of its places that has figures, in the event's order. */
export function claimsByScope(ds: Dataset, eventId: Id, metric: Metric): Claims[] {
  const event = eventById(ds, eventId);
  if (!event) return [];
  const scopes = [null, ...event.places];
  const found = new Set(figuresFor(ds, eventId, metric).map((f) => f.place ?? null));
  return scopes
    .filter((scope) => found.has(scope))
    .map((scope) => claimsFor(ds, eventId, metric, scope))
    .filter((c): c is Claims => c !== undefined);
}

/** The lowest number any current claim of a scope supports as stated, and the claim that states it. */
function lowestStated(claims: Claims): { n: number; figure: Figure } | undefined {
  let best: { n: number; figure: Figure } | undefined;
  for (const figure of [claims.shown, ...claims.others]) {
    const n = statedLowerBound(figure);
    if (n !== undefined && (!best || n < best.n)) best = { n, figure };
  }
  return best;
}

/**
 * Whether an event's figures by place say more than its event-wide figures: the places' lowest stated numbers add
 * up to more than the lowest event-wide one (a key-points "at least 20 injured" beside "48 injured in Kharkiv").
 * Then the figures by place lead, each with its scope, and the event-wide figure follows as what it is.
 */
export function refinedByPlace(ds: Dataset, eventId: Id, metric: Metric): boolean {
  const [whole, ...places] = claimsByScope(ds, eventId, metric);
  if (!whole || whole.place || !places.length) return false;
  const eventWide = lowestStated(whole)?.n ?? 0;
  const byPlace = places.reduce((sum, c) => sum + (lowestStated(c)?.n ?? 0), 0);
  return byPlace > eventWide;
}

/**
 * The scopes of an event's claims in the order a reader should meet them: the whole event first, unless its
 * figures by place say more (`refinedByPlace`); then the places lead and the event-wide figure follows them.
 */
export function scopesInOrder(ds: Dataset, eventId: Id, metric: Metric): Claims[] {
  const scopes = claimsByScope(ds, eventId, metric);
  return refinedByPlace(ds, eventId, metric) ? [...scopes.slice(1), scopes[0]!] : scopes;
}

/** One event's share of a total. */
export interface TotalPart {
  event: StrikeEvent;
  /** The event-wide claims; undefined when no figure was reported for the whole event. */
  claims?: Claims;
  /**
   * The claims this event adds: the event-wide claim stating the lowest number, else the lowest of each place.
   * Empty when the event could not be counted.
   */
  added: { figure: Figure; n: number }[];
}

export interface Total {
  metric: Metric;
  /** The sum of what each counted event adds; undefined when no event could be counted. */
  value?: FigureValue;
  /** `exactly` only when every event was counted and every claim added is exact and undisputed; else `at-least`. */
  qualifier: Qualifier;
  parts: TotalPart[];
  /** The events that add nothing: no figure reported, or only "up to" / "about" figures. */
  uncounted: StrikeEvent[];
  /** Ids that name no event in the dataset. */
  unknown: Id[];
}

/**
 * The conservative total across events (editorial rule 3): each event adds the lowest number any current claim
 * for the whole event states (or, without one, the lowest for each of its places), so the sum is a number every
 * claimant's figures support at least. Said as "at least N" unless every part is exact and undisputed.
 */
export function total(ds: Dataset, eventIds: readonly Id[], metric: Metric): Total {
  const parts: TotalPart[] = [];
  const unknown: Id[] = [];
  let disputed = false;
  for (const id of new Set(eventIds)) {
    const event = eventById(ds, id);
    if (!event) {
      unknown.push(id);
      continue;
    }
    const scopes = claimsByScope(ds, id, metric);
    if (scopes.some((c) => c.others.length)) disputed = true;
    const whole = scopes[0] && !scopes[0].place ? scopes[0] : undefined;
    const from = whole ? [whole] : scopes;
    const added = from.flatMap((c) => {
      const lowest = lowestStated(c);
      return lowest ? [lowest] : [];
    });
    parts.push(whole ? { event, claims: whole, added } : { event, added });
  }
  const uncounted = parts.filter((p) => !p.added.length).map((p) => p.event);
  const added = parts.flatMap((p) => p.added);
  const exact = !uncounted.length && !disputed && added.every(({ figure }) => figure.qualifier === 'exactly');
  const result: Total = { metric, qualifier: exact ? 'exactly' : 'at-least', parts, uncounted, unknown };
  if (added.length) result.value = { n: added.reduce((s, a) => s + a.n, 0) };
  return result;
}

export interface RelatedEvent {
  relation: Relation;
  /** The event at the other end of the relation. */
  event: StrikeEvent;
  /** `outgoing`: this event points at the other ("retaliation for"); `incoming`: the other points here. */
  direction: 'outgoing' | 'incoming';
}

/** Events related to this one, both ways: the ones it answers and the ones said to answer it. */
export function relatedEvents(ds: Dataset, eventId: Id): RelatedEvent[] {
  const event = eventById(ds, eventId);
  if (!event) return [];
  const outgoing = (event.relations ?? []).flatMap((relation): RelatedEvent[] => {
    const other = eventById(ds, relation.event);
    return other ? [{ relation, event: other, direction: 'outgoing' }] : [];
  });
  const incoming = (indexOf(ds).incoming.get(eventId) ?? []).map(({ from, relation }): RelatedEvent => ({
    relation,
    event: from,
    direction: 'incoming',
  }));
  return [...outgoing, ...incoming];
}

/** Quotes about an event, optionally by one speaker, in dataset order. */
export function quotesFor(ds: Dataset, eventId: Id, speakerId?: Id): Quote[] {
  const quotes = indexOf(ds).quotesByEvent.get(eventId) ?? [];
  return speakerId ? quotes.filter((q) => q.speaker === speakerId) : [...quotes];
}

// strike-card
/** Whether an event is a strike rather than a statement or a meeting: a strike with no casualty figure says so. */
export const isStrike = (event: StrikeEvent) => event.kind !== 'statement' && event.kind !== 'meeting';

/**
 * The metrics a summary of an event lists, in the contract's order: those with figures, plus killed and injured
 * for a strike, even when no one reported a figure for them.
 */
export function summaryMetrics(ds: Dataset, event: StrikeEvent): Metric[] {
  const present = new Set(metricsOf(ds, event.id));
  if (isStrike(event)) present.add('killed').add('injured');
  return METRICS.filter((m) => present.has(m));
}

// strike-timeline
/** A relation between two events of a timeline: `from` holds the relation and points at `to`. */
export interface ChainLink {
  from: StrikeEvent;
  to: StrikeEvent;
  relation: Relation;
}

/** Events in date order and the relations among them, with the ids that name no event. */
export interface Timeline {
  events: StrikeEvent[];
  links: ChainLink[];
  unknown: Id[];
}

/** Where an EDTF date sorts: the date, the start of an interval, or the known end of an open start (`../2022-10-10`). */
export function dateKey(date: string): string {
  const [start, end] = date.split('/');
  return !start || start === '..' ? (end ?? '') : start;
}

/**
 * Some events in date order; on the same date an event comes after those it points at, then in dataset order.
 * With the relations among them (in the order of the event holding each) and the ids that name no event.
 */
export function timelineOf(ds: Dataset, ids: readonly Id[]): Timeline {
  const index = indexOf(ds);
  const members = new Map<Id, StrikeEvent>();
  const unknown: Id[] = [];
  for (const id of new Set(ids)) {
    const event = index.events.get(id);
    if (event) members.set(id, event);
    else unknown.push(id);
  }
  const events = [...members.values()];
  const outgoing = new Map<StrikeEvent, ChainLink[]>();
  for (const from of events) {
    for (const relation of from.relations ?? []) {
      const to = members.get(relation.event);
      if (to) push(outgoing, from, { from, to, relation });
    }
  }
  // Longest path to an event that points at nothing, walked without recursion so a chain of any length fits the stack.
  const depths = new Map<StrikeEvent, number>();
  for (const root of events) {
    if (depths.has(root)) continue;
    const stack: { event: StrikeEvent; next: number }[] = [{ event: root, next: 0 }];
    depths.set(root, 0); // a cycle stops here
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const links = outgoing.get(top.event) ?? [];
      const link = links[top.next++];
      if (link) {
        if (!depths.has(link.to)) {
          depths.set(link.to, 0);
          stack.push({ event: link.to, next: 0 });
        }
        continue;
      }
      stack.pop();
      depths.set(top.event, Math.max(0, ...links.map((l) => depths.get(l.to)! + 1)));
    }
  }
  const position = new Map(ds.events.map((e, i) => [e, i]));
  const keys = new Map(events.map((e) => [e, dateKey(e.date)]));
  events.sort(
    (a, b) =>
      (keys.get(a)! < keys.get(b)! ? -1 : keys.get(a)! > keys.get(b)! ? 1 : 0) ||
      depths.get(a)! - depths.get(b)! ||
      position.get(a)! - position.get(b)!,
  );
  const links = events.flatMap((e) => outgoing.get(e) ?? []);
  return { events, links, unknown };
}

/**
 * The chain an event belongs to: every event reachable through relations read both ways (breadth-first, each
 * event once, so cycles end), in date order, with the relations among them. Undefined for an unknown id.
 */
export function chainOf(ds: Dataset, eventId: Id): Timeline | undefined {
  if (!eventById(ds, eventId)) return undefined;
  const seen = new Set([eventId]);
  // A Set visits what is added while it is iterated: a breadth-first walk.
  for (const id of seen) for (const related of relatedEvents(ds, id)) seen.add(related.event.id);
  return timelineOf(ds, [...seen]);
}

// claim-compare
/** The metrics of an event whose claims disagree for the whole event or for one of its places. */
export function disagreeingMetrics(ds: Dataset, eventId: Id): Metric[] {
  return metricsOf(ds, eventId).filter((m) => claimsByScope(ds, eventId, m).some((c) => c.disagree));
}
