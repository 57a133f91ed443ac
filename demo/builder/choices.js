// What the builder offers: only what the dataset has. Events that have figures for the chosen widget, metrics the
// event reports, quotes by speaker.
import { METRICS, actorById, metricsOf, seedDataset } from '../lib/data/index.js';

const dataset = seedDataset;
const byDate = [...dataset.events].sort((a, b) => a.date.replace('..', '').localeCompare(b.date.replace('..', '')));

/** Widgets that show a figure need an event that has one. */
const NEEDS_FIGURES = new Set(['casualty-counter', 'claim-compare']);

export const eventLabel = (e) => `${e.date.replace('../', 'before ')} — ${e.headline}`;

/** [id, label] of the events the widget can show. */
export function eventsFor(element) {
  return byDate
    .filter((e) => !NEEDS_FIGURES.has(element) || metricsOf(dataset, e.id).length)
    .map((e) => [e.id, eventLabel(e)]);
}

/** [metric, label] of the metrics the event reports, in the contract's order. */
export function metricsFor(eventId) {
  const reported = new Set(metricsOf(dataset, eventId));
  return METRICS.filter((m) => reported.has(m)).map((m) => [m, m.replace(/-/g, ' ')]);
}

/** [id, label] of every quote. */
export function quotes() {
  return dataset.quotes.map((q) => [
    q.id,
    `${actorById(dataset, q.speaker)?.name ?? q.speaker}: “${q.text.length > 70 ? `${q.text.slice(0, 70)}…` : q.text}”`,
  ]);
}
