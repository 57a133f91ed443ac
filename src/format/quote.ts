/**
 * A quote as a reader sees it: the stored text cut into paragraphs (never altered) and the caption that attributes
 * it, in the reader's language. DOM-free.
 */
import type { Dataset, Id, Quote } from '../data/model.js';
import { eventById, quoteById, quotesFor } from '../data/query.js';
import { formatEdtf, localized, phraseSource } from './phrase.js';
import type { Locale, PhrasedSource, Text } from './phrase.js';
import { fill } from './strings.js';
import { memoView, notShown, own } from './view.js';
import type { NotShown } from './view.js';
import { actorText } from './who.js';

/** The pieces of a caption a template lays out itself: the speaker's name, role, the date said, the source. */
export type CaptionSlot = 'name' | 'role' | 'date' | 'source';
/** Words of the caption, or the place of one of its pieces. */
export type CaptionPiece = string | { slot: CaptionSlot };

export interface PhrasedQuote {
  quote: Quote;
  /** The text split on blank lines, each paragraph exactly as stored: `paragraphs.join('\n\n') === quote.text`. */
  paragraphs: string[];
  /** The speaker's name (a person or, for a body's statement, a party). */
  name: Text;
  /** The speaker's role at the time; none for a body's statement. */
  role?: Text;
  /** When it was said: `text` for the reader, `datetime` for `<time>`. */
  date: { text: string; datetime: string };
  source?: PhrasedSource;
  /**
   * "— {name}, {role}. Source: {source}" in the reader's language. The date it was said joins the speaker
   * ("{name}, {role}, {date}") only when it is not the source's date, which the source already shows.
   */
  caption: CaptionPiece[];
}

export function phraseQuote(loc: Locale, ds: Dataset, quote: Quote): PhrasedQuote {
  const { strings } = loc;
  const source = phraseSource(loc, ds, quote.source);
  let speaker = quote.role ? strings.withRole : '{name}';
  if (quote.date !== source?.dateIso) speaker = fill(strings.quoteSaid, { speaker });
  const caption = fill(strings.quoteCaption, { speaker })
    .split(/\{(name|role|date|source)\}/)
    .map((piece, i): CaptionPiece => (i % 2 ? { slot: piece as CaptionSlot } : piece))
    .filter((piece) => piece !== '');
  const phrased: PhrasedQuote = {
    quote,
    paragraphs: quote.text.split('\n\n'),
    name: actorText(loc, ds, quote.speaker),
    date: formatEdtf(loc, quote.date),
    caption,
    role: quote.role ? localized(loc, quote, 'role', ds.language) : undefined,
    source,
  };
  return phrased;
}

/** Which quote: one by its id, or a speaker's first quote about an event. */
export type QuoteRef = { quote: Id } | { event: Id; speaker: Id };

/** The view model of `<quote-block>`: the quote found and phrased, or why there is none. */
export function phraseQuoteBlock(loc: Locale, ds: Dataset, ref: QuoteRef): PhrasedQuote | NotShown {
  // Own fields only: a `quote` another script puts on Object.prototype is not read.
  const id = own(ref as { quote?: Id }, 'quote');
  const event = own(ref as { event?: Id }, 'event') ?? '';
  const speaker = own(ref as { speaker?: Id }, 'speaker') ?? '';
  const key = id !== undefined ? `quote ${id}` : `quote-of ${event} ${speaker}`;
  return memoView(loc, ds, key, () => {
    if (id !== undefined) {
      const quote = quoteById(ds, id);
      return quote ? phraseQuote(loc, ds, quote) : notShown('unknown-quote', { id });
    }
    if (!eventById(ds, event)) return notShown('unknown-event', { id: event });
    const [quote] = quotesFor(ds, event, speaker);
    return quote ? phraseQuote(loc, ds, quote) : notShown('unknown-speaker', { id: speaker });
  });
}
