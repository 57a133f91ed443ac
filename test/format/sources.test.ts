import { expect } from '@open-wc/testing';
import { seedDataset } from '../../src/data/seed/index.js';
import '../../src/format/locales/all.js';
import { localeFor } from '../../src/format/phrase.js';
import { phraseSources } from '../../src/format/sources.js';
import { isNotShown } from '../../src/format/view.js';
import type { PhrasedSources } from '../../src/format/sources.js';
import { dataset } from '../kit/dataset.js';
import { BELGOROD, JAN23 } from '../kit/ids.js';

const shown = (value: ReturnType<typeof phraseSources>): PhrasedSources => {
  if (isNotShown(value)) throw new Error(`not shown: ${value.notShown}`);
  return value;
};

describe('phraseSources', () => {
  it('lists every source of an event of the embedded dataset, with outlet and date, in en, uk and ru', () => {
    const en = shown(phraseSources(localeFor('en'), seedDataset, BELGOROD));
    expect(en.sources.map((s) => s.text)).to.deep.equal(['WION, 30 Dec 2023', 'The Moscow Times, 1 Jan 2024']);
    expect(en.sources.map((s) => s.dateIso)).to.deep.equal(['2023-12-30', '2024-01-01']);
    expect(en.label).to.equal('Sources for the event');
    expect(en.date.datetime).to.equal('2023-12-30');
    const uk = shown(phraseSources(localeFor('uk'), seedDataset, BELGOROD));
    expect(uk.label).to.equal('Джерела про подію');
    expect(uk.headline.lang).to.equal('uk');
    expect(uk.sources[0]!.date).to.equal('30 грудня 2023 р.');
    const ru = shown(phraseSources(localeFor('ru'), seedDataset, BELGOROD));
    expect(ru.label).to.equal('Источники о событии');
    expect(ru.headline.lang).to.equal('ru');
  });

  it('names the wire services a source carried', () => {
    const en = shown(phraseSources(localeFor('en'), seedDataset, JAN23));
    expect(en.sources[0]!.via).to.match(/^via /);
  });

  it('links only an http(s) URL', () => {
    const linked = shown(
      phraseSources(localeFor('en'), dataset().event({ id: 'a' }).sourceUrl('https://example.org/r').build(), 'a'),
    );
    expect(linked.sources[0]!.url).to.equal('https://example.org/r');
    const hostile = shown(
      phraseSources(localeFor('en'), dataset().event({ id: 'a' }).sourceUrl('javascript:alert(1)').build(), 'a'),
    );
    expect(hostile.sources[0]!.url).to.equal(undefined);
  });

  it('keeps a headline with no translation in the dataset’s language', () => {
    const uk = shown(
      phraseSources(localeFor('uk'), dataset().event({ id: 'a', headline: 'Only English' }).build(), 'a'),
    );
    expect(uk.headline).to.deep.equal({ text: 'Only English', lang: 'en' });
  });

  it('says an unknown id names nothing', () => {
    const none = phraseSources(localeFor('en'), seedDataset, 'no-such-event');
    expect(isNotShown(none) && none.notShown).to.equal('unknown-event');
  });
});
