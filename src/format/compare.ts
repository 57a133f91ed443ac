/**
 * Phrasing for `<claim-compare>`: every claim for an event and metric, grouped by the place it is scoped to, with
 * the range the claims span and a one-line summary. DOM-free, like the rest of `format/`.
 */
import type { Dataset, Id, Metric, StrikeEvent } from '../data/model.js';
import { disagreeingMetrics, metricsOf, scopesInOrder } from '../data/query.js';
import { phraseLead, phraseShown } from './lead.js';
import type { PhrasedLead } from './lead.js';
import type { Claims } from '../data/query.js';
import { placeText } from './who.js';
import { asOfDate, eventTitle, phraseFigures } from './phrase.js';
import type { Locale, PhrasedFigure, Text } from './phrase.js';
import { eventView } from './view.js';
import type { NotShown } from './view.js';

/** The claims of one scope: the whole event, or one of its places. */
export interface ComparedGroup {
  /** The place, or "The event as a whole" when other groups are places; none when every figure is event-wide. */
  heading?: Text;
  disagree: boolean;
  /** Each claimant's current figure, the one shown first leading (read with its own parts); `asOf` always set. */
  figures: PhrasedFigure[];
  /** Figures revised by a later one from the same claimant, newest first. */
  history: PhrasedFigure[];
  /** What the claims come to: the tightest bound they support, or the span they disagree over, and who says so. */
  lead: PhrasedLead;
  /** Where claims disagree: "23 to at least 41 killed, according to The Moscow Times and WION", with its figures. */
  range?: { text: string; figures: Id[] };
  /** With two figures or more, a line for each: "at least 21 killed, according to Russian authorities". */
  summary: { id: Id; text: string }[];
}

export interface ComparedMetric {
  metric: Metric;
  /** "Killed" */
  name: string;
  groups: ComparedGroup[];
  /** "No figure reported", when no one reported one for this metric. */
  noFigure?: string;
}

export interface PhrasedComparison {
  headline: Text;
  date: { text: string; datetime: string };
  /** The metrics compared: the one asked for; else those whose claims disagree; else every metric with figures. */
  metrics: ComparedMetric[];
  /** "Reports do not disagree" when no claims shown disagree; "No figure reported" when the event has no figures. */
  note?: string;
}

/** A figure with its "as of" date, which a comparison always shows. */
function dated(loc: Locale, figure: PhrasedFigure): PhrasedFigure {
  figure.asOf = asOfDate(loc, figure.figure.asOf);
  return figure;
}

function group(loc: Locale, ds: Dataset, claims: Claims, scoped: boolean): ComparedGroup {
  const { shown, otherParts } = phraseShown(loc, ds, claims);
  const figures = [shown, ...phraseFigures(loc, ds, claims.others), ...otherParts];
  const lead = phraseLead(loc, ds, claims);
  const compared: ComparedGroup = {
    disagree: claims.disagree,
    lead,
    figures: figures.map((f) => dated(loc, f)),
    history: phraseFigures(loc, ds, claims.history).map((f) => dated(loc, f)),
    summary: figures.length > 1 ? figures.map((f) => ({ id: f.figure.id, text: `${f.text}, ${f.attribution}` })) : [],
    heading: !scoped
      ? undefined
      : claims.place
        ? placeText(loc, ds, claims.place.id)
        : { text: loc.strings.compareWhole, lang: loc.lang },
    range: undefined,
  };
  if (lead.verdict !== 'single') compared.range = { text: `${lead.text}, ${lead.attribution}`, figures: lead.figures };
  return compared;
}

/** Every claim for an event and one metric, or for each metric whose claims disagree (else every metric); or why there are none. */
export function phraseComparison(loc: Locale, ds: Dataset, id: Id, metric?: Metric): PhrasedComparison | NotShown {
  return eventView(loc, ds, `compare ${metric ?? ''} ${id}`, id, (event) => compareEvent(loc, ds, event, metric));
}

function compareEvent(loc: Locale, ds: Dataset, event: StrikeEvent, metric?: Metric): PhrasedComparison {
  const disagreeing = metric ? [] : disagreeingMetrics(ds, event.id);
  const metrics = (metric ? [metric] : disagreeing.length ? disagreeing : metricsOf(ds, event.id)).map(
    (m): ComparedMetric => {
      const scopes = scopesInOrder(ds, event.id, m);
      const scoped = scopes.some((c) => c.place);
      const compared: ComparedMetric = {
        metric: m,
        name: loc.strings.metricName[m],
        groups: scopes.map((c) => group(loc, ds, c, scoped)),
        noFigure: scopes.length ? undefined : loc.strings.noFigure,
      };
      return compared;
    },
  );
  const compared: PhrasedComparison = {
    ...eventTitle(loc, ds, event),
    metrics,
    note: undefined,
  };
  const groups = metrics.flatMap((m) => m.groups);
  if (!metrics.length) compared.note = loc.strings.noFigure;
  else if (groups.length && !groups.some((g) => g.disagree)) compared.note = loc.strings.compareAgree;
  return compared;
}
