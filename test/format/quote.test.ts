import '../../src/format/locales/all.js';
import { expect } from '@open-wc/testing';
import { seedDataset as ds } from '../../src/data/seed/index.js';
import { localeFor } from '../../src/format/phrase.js';
import { phraseQuoteBlock } from '../../src/format/quote.js';
import type { PhrasedQuote } from '../../src/format/quote.js';
import { isNotShown } from '../../src/format/view.js';

const quote = (lang: string, ref: Parameters<typeof phraseQuoteBlock>[2]): PhrasedQuote => {
  const view = phraseQuoteBlock(localeFor(lang), ds, ref);
  if (isNotShown(view)) throw new Error(view.notShown);
  return view;
};

describe('format: the view model of <quote-block>', () => {
  it("the text exactly as stored, the speaker, role, source, and the caption in the reader's language", () => {
    const q = quote('en', { quote: 'putin-terrorist-action' });
    expect(q.paragraphs.join('\n\n')).to.equal(q.quote.text);
    expect(q.name).to.deep.equal({ text: 'Vladimir Putin', lang: 'en' });
    expect(q.role).to.deep.equal({ text: 'president of Russia', lang: 'en' });
    expect(q.source!.text).to.equal('Sky News, 10 Oct 2022');
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
});
