/**
 * The view model of `<strike-card>`: everything the card shows about one event, phrased, for its template to lay
 * out. DOM-free, like the rest of `format/`.
 */
import type { Dataset, Id, Metric, StrikeEvent } from '../data/model.js';
import { isStrike, relatedEvents, scopesInOrder, summaryMetrics } from '../data/query.js';
import type { Claims } from '../data/query.js';
import { casualtyClaims, phraseEach, phraseLeadLine } from './lead.js';
import type { LeadLine } from './lead.js';
import { eventTitle, localized, phraseFigures, phraseSources } from './phrase.js';
import type { Locale, PhrasedFigure, PhrasedSource, Text } from './phrase.js';
import { eventView } from './view.js';
import type { NotShown } from './view.js';
import { actorText, phraseAttacker, phraseRelation, phraseTarget, phraseWeapon, placeText } from './who.js';
import type { PhrasedClaim, PhrasedRelation } from './who.js';

export type CardVariant = 'full' | 'compact';

/** One scope's claims in the grid of figures. */
export interface CardScope extends LeadLine {
  /** Every claimant's figure (the one shown first leading), when more than one claimant gave one; else empty. */
  each: PhrasedFigure[];
  /** Figures revised by a later one from the same claimant. */
  history: PhrasedFigure[];
}

/** One metric of the grid: its scopes, or "No figure reported" (killed and injured are always listed for a strike). */
export interface CardMetric {
  metric: Metric;
  /** "Killed" */
  name: string;
  scopes: CardScope[];
  noFigure?: string;
}

/** A row of facts: "Places", "Attributed to", … with its items; `chips` for short names laid out in a row. */
export interface CardFact {
  label: string;
  items: PhrasedClaim[];
  chips: boolean;
}

/** An event this one is said to answer or to have provoked. */
export type CardRelation = PhrasedRelation;

export interface CardView {
  variant: CardVariant;
  /** "Missile strike" */
  kind: string;
  headline: Text;
  date: { text: string; datetime: string };
  sources: PhrasedSource[];
  /** Compact: the casualty line (killed, else injured), or "No figure reported" for a strike; none for a statement. */
  casualty?: LeadLine | { noFigure: string };
  /** Full: the one-paragraph summary. */
  summary?: Text;
  /** Full: the figures by metric. */
  metrics: CardMetric[];
  /** Full: the facts that have items. */
  facts: CardFact[];
  /** Full: the events this one is linked to. */
  related: CardRelation[];
}

function scope(loc: Locale, ds: Dataset, claims: Claims): CardScope {
  return {
    ...phraseLeadLine(loc, ds, claims),
    each: phraseEach(loc, ds, claims),
    history: phraseFigures(loc, ds, claims.history),
  };
}

/** The card for an event, or why there is none. */
export function phraseCard(loc: Locale, ds: Dataset, id: Id, variant: CardVariant = 'full'): CardView | NotShown {
  return eventView(loc, ds, `card ${variant} ${id}`, id, (event) => buildCard(loc, ds, event, variant));
}

function buildCard(loc: Locale, ds: Dataset, event: StrikeEvent, variant: CardVariant): CardView {
  const s = loc.strings;
  const view: CardView = {
    variant,
    kind: s.eventKind[event.kind],
    ...eventTitle(loc, ds, event),
    sources: phraseSources(loc, ds, event.sources),
    metrics: [],
    facts: [],
    related: [],
  };
  if (variant === 'compact') {
    const claims = casualtyClaims(ds, event);
    if (claims) view.casualty = phraseLeadLine(loc, ds, claims);
    else if (isStrike(event)) view.casualty = { noFigure: s.noFigure };
    return view;
  }
  const named = (text: Text): PhrasedClaim => ({ subject: text });
  const facts: CardFact[] = [
    { label: s.places, items: event.places.map((p) => named(placeText(loc, ds, p))), chips: true },
    { label: s.attributedTo, items: event.attackers.map((a) => phraseAttacker(loc, ds, a)), chips: false },
    { label: s.struck, items: event.struck.map((p) => named(actorText(loc, ds, p))), chips: true },
    { label: s.targets, items: (event.targets ?? []).map((t) => phraseTarget(loc, ds, t)), chips: false },
    { label: s.weapons, items: (event.weapons ?? []).map((w) => phraseWeapon(loc, ds, w)), chips: false },
  ];
  view.summary = localized(loc, event, 'summary', ds.language);
  view.facts = facts.filter((f) => f.items.length);
  view.metrics = summaryMetrics(ds, event).map((metric): CardMetric => {
    const scopes = scopesInOrder(ds, event.id, metric).map((c) => scope(loc, ds, c));
    const phrased: CardMetric = { metric, name: s.metricName[metric], scopes };
    if (!scopes.length) phrased.noFigure = s.noFigure;
    return phrased;
  });
  view.related = relatedEvents(ds, event.id).map((r) => phraseRelation(loc, ds, r));
  return view;
}
