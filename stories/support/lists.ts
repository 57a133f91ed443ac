/**
 * What designers pick from instead of typing: every event, quote, speaker, place and metric of the embedded dataset,
 * read from `seedDataset` and the contract's closed lists, so a new event or quote appears in the controls by itself.
 * Keyed by attribute name: any element with an `event`, `quote`, `metric`… attribute gets the same list.
 */
import { LANGS, METRICS } from '../../src/data/model.js';
import { seedDataset } from '../../src/data/seed/index.js';

export const EVENT_IDS = seedDataset.events.map((e) => e.id);
export const QUOTE_IDS = seedDataset.quotes.map((q) => q.id);
export const PLACE_IDS = seedDataset.places.map((p) => p.id);
/** Everyone who speaks in at least one quote (a person or a body), in the order they first speak. */
export const SPEAKER_IDS = [...new Set(seedDataset.quotes.map((q) => q.speaker))];
export { LANGS, METRICS };

/** Ids that name nothing in the dataset: a quick way to see an element's error state from the controls. */
export const UNKNOWN = { event: 'no-such-event', quote: 'no-such-quote', speaker: 'no-such-speaker' } as const;

/** Shown for the empty choice of a list (the attribute is left out). */
export const NOT_SET = '(not set)';

export interface OptionList {
  options: readonly (string | undefined)[];
  labels: Record<string, string>;
  /** Several values, written space-separated into one attribute (`events="a b c"`). */
  multiple?: boolean;
}

const actorName = (id: string) =>
  seedDataset.persons.find((p) => p.id === id)?.name ?? seedDataset.parties.find((p) => p.id === id)?.name;

function list(
  ids: readonly string[],
  label: (id: string) => string | undefined,
  { unknown, multiple = false }: { unknown?: string; multiple?: boolean } = {},
): OptionList {
  const labels: Record<string, string> = { undefined: NOT_SET };
  for (const id of ids) {
    const text = label(id);
    labels[id] = text ? `${id} · ${text}` : id;
  }
  if (unknown) labels[unknown] = `${unknown} (unknown id: the error state)`;
  return multiple
    ? { options: [...ids], labels, multiple }
    : { options: [undefined, ...ids, ...(unknown ? [unknown] : [])], labels };
}

const headline = (id: string) => seedDataset.events.find((e) => e.id === id)?.headline;
const quoteLabel = (id: string) => {
  const quote = seedDataset.quotes.find((q) => q.id === id);
  if (!quote) return undefined;
  const words = quote.text.split(/\s+/);
  return `${actorName(quote.speaker) ?? quote.speaker}: “${words.slice(0, 8).join(' ')}${words.length > 8 ? ' …' : ''}”`;
};

/** The list for an attribute, by its name; undefined for attributes whose values are not ids or closed lists. */
export const LISTS: Record<string, OptionList> = {
  event: list(EVENT_IDS, headline, { unknown: UNKNOWN.event }),
  events: list(EVENT_IDS, headline, { multiple: true }),
  quote: list(QUOTE_IDS, quoteLabel, { unknown: UNKNOWN.quote }),
  speaker: list(SPEAKER_IDS, actorName, { unknown: UNKNOWN.speaker }),
  place: list(PLACE_IDS, (id) => seedDataset.places.find((p) => p.id === id)?.name),
  metric: list(METRICS, () => undefined),
  lang: list(LANGS, (id) => new Intl.DisplayNames(['en'], { type: 'language' }).of(id)),
};
