/** Phrasing for `<strike-sources>`: the reports that carried an event, each with its outlet and date. DOM-free, like the rest of `format/`. */
import type { Dataset, Id, StrikeEvent } from '../data/model.js';
import { eventById } from '../data/query.js';
import { formatEdtf, localized, phraseSource } from './phrase.js';
import type { Locale, PhrasedSource, Text } from './phrase.js';
import { memoView, notShown } from './view.js';
import type { NotShown } from './view.js';

export interface PhrasedSources {
  /** The event's headline, in the reader's language where the dataset has it. */
  headline: Text;
  /** When the event happened, and its form for `<time datetime>`. */
  date: { text: string; datetime: string };
  /** The accessible name of the list of sources, in the reader's language. */
  label: string;
  /** Every source the event cites that the dataset has, in the event's order. */
  sources: PhrasedSource[];
}

export function phraseSources(loc: Locale, ds: Dataset, id: Id): PhrasedSources | NotShown {
  return memoView(loc, ds, `sources ${id}`, () => {
    const event = eventById(ds, id);
    return event ? sourcesOf(loc, ds, event) : notShown('unknown-event', { id });
  });
}

function sourcesOf(loc: Locale, ds: Dataset, event: StrikeEvent): PhrasedSources {
  return {
    headline: localized(loc, event, 'headline', ds.language),
    date: formatEdtf(loc, event.date),
    label: loc.strings.sourcesLabel,
    sources: event.sources.map((s) => phraseSource(loc, ds, s)).filter((s): s is PhrasedSource => !!s),
  };
}
