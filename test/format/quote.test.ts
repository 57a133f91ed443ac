import '../../src/format/locales/all.js';
import { expect } from '@open-wc/testing';
import { seedDataset as ds } from '../../src/data/seed/index.js';
import { localeFor } from '../../src/format/phrase.js';
import { phraseQuoteBlock } from '../../src/format/quote.js';
import type { PhrasedQuote } from '../../src/format/quote.js';
import { isNotShown } from '../../src/format/view.js';
import type { Dataset } from '../../src/data/model.js';
import { dataset } from '../kit/dataset.js';
import { citation } from '../kit/shown.js';

const quote = (lang: string, ref: Parameters<typeof phraseQuoteBlock>[2], data: Dataset = ds): PhrasedQuote => {
  const view = phraseQuoteBlock(localeFor(lang), data, ref);
  if (isNotShown(view)) throw new Error(view.notShown);
  return view;
};

/** The caption as a reader reads it: its words, with each piece in its slot. */
const caption = (q: PhrasedQuote) =>
  q.caption
    .map((piece) => {
      if (typeof piece === 'string') return piece;
      if (piece.slot === 'source') return citation(q.source!);
      return piece.slot === 'date' ? q.date.text : q[piece.slot]!.text;
    })
    .join('');

describe('format: the view model of <quote-block>', () => {
  it("the text exactly as stored, the speaker, role, source, and the caption in the reader's language", () => {
    const q = quote('en', { quote: 'putin-terrorist-action' });
    expect(q.paragraphs.join('\n\n')).to.equal(q.quote.text);
    expect(q.name).to.deep.equal({ text: 'Vladimir Putin', lang: 'en' });
    expect(q.role).to.deep.equal({ text: 'president of Russia', lang: 'en' });
    expect(citation(q.source!)).to.equal('Sky News, 10\u00a0Oct 2022');
    // Said on the source's date: the date is not repeated beside the speaker.
    expect(q.caption).to.deep.equal(['— ', { slot: 'name' }, ', ', { slot: 'role' }, '. Source: ', { slot: 'source' }]);
    expect(
      quote('uk', { quote: 'putin-terrorist-action' })
        .caption.filter((p) => typeof p === 'string')
        .join('|'),
    ).to.not.match(/[A-Za-z]/);
  });

  it("a speaker's first quote about an event is the same view as the quote asked for by id", () => {
    const { event, speaker } = { event: '2022-10-10-missile-strikes', speaker: 'vladimir-putin' };
    const byId = quote('en', { quote: 'putin-terrorist-action' });
    expect(quote('en', { event, speaker }).quote.id).to.equal(byId.quote.id);
  });

  it('unknown quotes, events and speakers are not shown, with the error to report', () => {
    const en = localeFor('en');
    expect(phraseQuoteBlock(en, ds, { quote: 'nope' })).to.deep.equal({
      notShown: 'unknown-quote',
      vars: { id: 'nope' },
    });
    expect(phraseQuoteBlock(en, ds, { event: 'nope', speaker: 'vladimir-putin' })).to.deep.equal({
      notShown: 'unknown-event',
      vars: { id: 'nope' },
    });
    expect(phraseQuoteBlock(en, ds, { event: '2022-10-10-missile-strikes', speaker: 'nobody' })).to.deep.equal({
      notShown: 'unknown-speaker',
      vars: { id: 'nobody' },
    });
  });

  const captions = {
    en: '— Vladimir Putin, president of Russia. Source: Sky News, 10\u00a0Oct 2022',
    'en-GB': '— Vladimir Putin, president of Russia. Source: Sky News, 10\u00a0Oct 2022',
    uk: '— Володимир Путін, президент Росії. Видання: Sky News, 10\u00a0жовтня 2022\u00a0р.',
    ru: '— Владимир Путин, президент России. Издание: Sky News, 10\u00a0октября 2022\u00a0г.',
  };
  for (const [lang, expected] of Object.entries(captions)) {
    it(`the caption in ${lang}: speaker, role, outlet and date`, () => {
      const q = quote(lang, { quote: 'putin-response-will-be-harsh' });
      expect(caption(q)).to.equal(expected);
      expect(q.source).to.include({ dateIso: '2022-10-10', url: undefined });
    });
  }

  it("a body's statement has no role", () => {
    const q = quote('en', { quote: 'russian-defence-ministry-divert-attention' });
    expect(q.role).to.equal(undefined);
    expect(caption(q)).to.equal('— Russian Defence Ministry. Source: WION, 30\u00a0Dec 2023');
  });

  it('names the wire services the outlet carried', () => {
    expect(caption(quote('uk', { quote: 'peskov-you-cannot-say-that' }))).to.equal(
      '— Дмитро Пєсков, речник Кремля. Видання: ABC News (Австралія), 23\u00a0січня 2024\u00a0р. (за матеріалами AP і Reuters)',
    );
  });

  it('adds the day it was said when that is not the source’s date; a known https URL is kept', () => {
    const said = quote(
      'en',
      { quote: 'jane' },
      dataset('quote-test').quote({ id: 'jane', date: '2024-01-30' }).build(),
    );
    expect(caption(said)).to.equal('— Jane Doe, Mayor, 30\u00a0Jan 2024. Source: The Example Gazette, 1\u00a0Feb 2024');
    expect([said.date.datetime, said.source!.dateIso]).to.deep.equal(['2024-01-30', '2024-02-01']);
    const linked = quote(
      'en',
      { quote: 'jane' },
      dataset('quote-test').quote({ id: 'jane' }).sourceUrl('https://example.org/report').build(),
    );
    expect(caption(linked)).to.equal('— Jane Doe, Mayor. Source: The Example Gazette, 1\u00a0Feb 2024');
    expect(linked.source).to.include({ outlet: 'The Example Gazette', url: 'https://example.org/report' });
  });
});
