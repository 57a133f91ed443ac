import '../../src/format/locales/all.js';
import { expect } from '@open-wc/testing';
import { seedDataset as ds } from '../../src/data/seed/index.js';
import { phraseCard } from '../../src/format/card.js';
import { localeFor } from '../../src/format/phrase.js';
import { resetStrings, setStrings } from '../../src/format/strings.js';
import { doneLater, doneNow, memoView, moreEvents } from '../../src/format/view.js';
import { dataset } from '../kit/dataset.js';
import { OCT10 } from '../kit/ids.js';

describe('format: view models are built once per dataset, strings, language and id', () => {
  afterEach(() => resetStrings());

  it('the same card twice is the same object; another language, variant or dataset is another', () => {
    const en = localeFor('en');
    const card = phraseCard(en, ds, OCT10);
    expect(phraseCard(localeFor('en'), ds, OCT10)).to.equal(card);
    expect(phraseCard(localeFor('uk'), ds, OCT10)).to.not.equal(card);
    expect(phraseCard(en, ds, OCT10, 'compact')).to.not.equal(card);
    expect(phraseCard(en, structuredClone(ds), OCT10)).to.not.equal(card);
    // en-US reads dates its own way: the tag is part of the key.
    expect(phraseCard(localeFor('en-US'), ds, OCT10)).to.not.equal(card);
  });

  it("a publisher's string override is seen at once, not served from the cache", () => {
    const before = phraseCard(localeFor('en'), ds, OCT10);
    setStrings('en', { figures: 'The numbers', eventKind: { 'combined-strike': 'Combined strike' } });
    const after = phraseCard(localeFor('en'), ds, OCT10);
    expect(after).to.not.equal(before);
    expect('kind' in after && after.kind).to.equal('Combined strike');
  });

  it('memoView builds once per key', () => {
    const data = dataset().build();
    let built = 0;
    const make = () => ({ n: ++built });
    expect(memoView(localeFor('en'), data, 'k', make)).to.deep.equal({ n: 1 });
    expect(memoView(localeFor('en'), data, 'k', make)).to.deep.equal({ n: 1 });
    expect(memoView(localeFor('en'), data, 'other', make)).to.deep.equal({ n: 2 });
  });

  it('long work runs a slice per task, and its result is kept', async () => {
    const data = dataset().build();
    const slices: number[] = [];
    function* work(): Generator<void, string> {
      for (let i = 0; i < 3; i++) {
        slices.push(i);
        yield;
      }
      return 'done';
    }
    const pending = doneLater(data, 'work', work);
    expect(pending).to.be.instanceOf(Promise);
    expect(slices, 'nothing runs in the task that asked').to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve));
    expect(slices, 'one slice per task').to.deep.equal([0]);
    await pending;
    expect(doneLater(data, 'work', work)).to.equal(undefined);
    expect(doneNow(data, 'work', work)).to.equal('done');
    expect(slices).to.deep.equal([0, 1, 2]);
  });

  it('"and N more events" in three languages, with the plural forms of uk and ru', () => {
    // Digits are grouped with a no-break space in uk and ru.
    const text = (lang: string, n: number) => moreEvents(localeFor(lang), n)?.text.replace(/\s/g, ' ');
    expect(moreEvents(localeFor('en'), 0)).to.equal(undefined);
    expect([1, 2, 9950].map((n) => text('en', n))).to.deep.equal([
      'and 1 more event',
      'and 2 more events',
      'and 9,950 more events',
    ]);
    expect([1, 3, 5, 21, 9950].map((n) => text('uk', n))).to.deep.equal([
      'і ще 1 подія',
      'і ще 3 події',
      'і ще 5 подій',
      'і ще 21 подія',
      'і ще 9 950 подій',
    ]);
    expect([1, 3, 5, 22].map((n) => text('ru', n))).to.deep.equal([
      'и ещё 1 событие',
      'и ещё 3 события',
      'и ещё 5 событий',
      'и ещё 22 события',
    ]);
    expect(moreEvents(localeFor('ru'), 2)!.button).to.equal('Показать все события');
  });
});
