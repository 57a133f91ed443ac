import '../../src/format/locales/all.js';
import { expect } from '@open-wc/testing';
import { disagreeingMetrics, metricsOf } from '../../src/data/query.js';
import { seedDataset as ds } from '../../src/data/seed/index.js';
import type { Dataset, Metric } from '../../src/data/model.js';
import { phraseComparison } from '../../src/format/compare.js';
import type { ComparedGroup, PhrasedComparison } from '../../src/format/compare.js';
import { localeFor } from '../../src/format/phrase.js';
import { isNotShown } from '../../src/format/view.js';
import { dataset } from '../kit/dataset.js';
import { BELGOROD, DEC29, DONETSK, INTENSIFY, JAN23, KERCH, OCT10 } from '../kit/ids.js';
import { citation } from '../kit/shown.js';

function compare(lang: string, id: string, metric?: Metric, data: Dataset = ds): PhrasedComparison {
  const view = phraseComparison(localeFor(lang), data, id, metric);
  if (isNotShown(view)) throw new Error(`no comparison for ${id}: ${view.notShown}`);
  return view;
}
/** Each current claim (or, with `history`, each earlier figure) as [claimant, value, verbatim, as of, sources]. */
const claims = (g: ComparedGroup, history = false) =>
  (history ? g.history : g.figures).map((f) => [
    f.claimantLine,
    f.text,
    f.verbatim.text,
    f.asOf?.text,
    f.sources.map(citation).join('; '),
  ]);
const [first, group] = [(c: PhrasedComparison) => c.metrics[0]!, (c: PhrasedComparison) => c.metrics[0]!.groups[0]!];

/**
 * A publisher's dataset: the city council revised its toll of 5 to 7 (and the police said "at least 7": no
 * disagreement), and two claimants disagree on the injured, one giving a range.
 */
const revised = () =>
  dataset()
    .figure({ event: 'strike', id: 'council-first', n: 5, qualifier: 'exactly', verbatim: 'council-first words' })
    .figure({
      event: 'strike',
      id: 'council-revised',
      n: 7,
      qualifier: 'exactly',
      asOf: '2024-02-02',
      supersedes: 'council-first',
    })
    .figure({ event: 'strike', n: 7, claimant: 'police', asOf: '2024-02-02' })
    .figure({ event: 'strike', metric: 'injured', range: [10, 20], qualifier: 'about' })
    .figure({ event: 'strike', metric: 'injured', n: 30, qualifier: 'up-to', claimant: 'police', asOf: '2024-02-02' })
    .build();

describe('format: the view model of <claim-compare>', () => {
  it('Belgorod, killed: at least 21 and at least two dozen agree; the tighter bound leads, each claimant listed', () => {
    const c = compare('en', BELGOROD, 'killed');
    expect(c.headline.text).to.equal('Attack on the Russian border city of Belgorod');
    expect(c.date).to.deep.equal({ text: '30\u00a0Dec 2023', datetime: '2023-12-30' });
    expect(c.metrics.map((m) => [m.metric, m.name])).to.deep.equal([['killed', 'Killed']]);
    expect(claims(group(c))).to.deep.equal([
      [
        'The Moscow Times',
        'at least 24 killed',
        'at least two dozen people dead',
        'as of 1\u00a0Jan 2024',
        'The Moscow Times, 1\u00a0Jan 2024',
      ],
      [
        'Russian authorities',
        'at least 21 killed',
        'at least 21 people, including three children, were killed',
        'as of 30\u00a0Dec 2023',
        'WION, 30\u00a0Dec 2023',
      ],
    ]);
    expect(group(c).lead.note).to.equal('Claims agree');
    expect(group(c).summary.map((s) => s.text)).to.deep.equal([
      'at least 24 killed, according to The Moscow Times',
      'at least 21 killed, according to Russian authorities',
    ]);
    expect(group(c).range!.text).to.equal('at least 24 killed, according to The Moscow Times');
    expect(c.note).to.equal('Reports do not disagree');
    expect(group(c).heading, 'no figure is scoped to a place').to.equal(undefined);
  });

  it('Belgorod, injured: 110 and more than 100 agree; the exact 110 is the tightest bound', () => {
    const g = group(compare('en', BELGOROD, 'injured'));
    expect(claims(g).map(([who, value]) => `${who}: ${value}`)).to.deep.equal([
      'Russian authorities: 110 injured',
      'The Moscow Times: more than 100 injured',
    ]);
    expect(g.range).to.deep.equal({
      text: '110 injured, according to Russian authorities',
      figures: ['2023-12-30-belgorod-injured-russian-authorities'],
    });
  });

  it('29 Dec 2023, killed: 23 and at least 41 disagree: the span leads with both claimants; Kyiv is grouped apart', () => {
    const [whole, kyiv] = first(compare('en', DEC29, 'killed')).groups;
    expect(whole!.heading!.text).to.equal('The event as a whole');
    expect(claims(whole!).map(([who, value]) => `${who}: ${value}`)).to.deep.equal([
      'The Moscow Times: 23 killed',
      'WION: at least 41 killed',
    ]);
    expect([whole!.disagree, whole!.lead.note]).to.deep.equal([true, 'Claims disagree']);
    expect(whole!.range!.text).to.equal('23 to at least 41 killed, according to The Moscow Times and WION');
    expect(kyiv!.heading!.text).to.equal('Kyiv');
    expect(claims(kyiv!)).to.deep.equal([
      [
        'Vitalii Klitschko, mayor of Kyiv',
        'at least 16 killed',
        'the toll in the capital Kyiv rose to at least 16',
        'as of 30\u00a0Dec 2023',
        'WION, 30\u00a0Dec 2023',
      ],
    ]);
    expect([kyiv!.lead.note, kyiv!.range, kyiv!.summary], 'one claim: nothing to compare').to.deep.equal([
      undefined,
      undefined,
      [],
    ]);
  });

  it('an event whose reports do not disagree says so, and lists its claims anyway', () => {
    const c = compare('en', OCT10);
    expect(c.note).to.equal('Reports do not disagree');
    expect(
      c.metrics.map((m) => m.metric),
      'every metric with figures',
    ).to.deep.equal(metricsOf(ds, OCT10));
    expect(c.metrics.map((m) => m.metric)).to.deep.equal(['killed', 'injured', 'launched', 'intercepted']);
    expect(c.metrics.flatMap((m) => m.groups).some((g) => g.lead.note || g.range)).to.equal(false);
    expect(claims(c.metrics.find((m) => m.metric === 'intercepted')!.groups[0]!)[0]!.slice(0, 2)).to.deep.equal([
      "Emine Dzhaparova, Ukraine's deputy foreign minister",
      'about 45 missiles intercepted, including 9 drones intercepted',
    ]);
    const one = compare('uk', DONETSK, 'killed');
    expect(one.note).to.equal('Дані не різняться');
    expect(group(one).figures).to.have.length(1);
  });

  it('without metric, every metric whose claims disagree, and only those; none disagree: every metric', () => {
    expect(disagreeingMetrics(ds, BELGOROD), 'Belgorod claims agree').to.deep.equal([]);
    expect(compare('en', DEC29).metrics.map((m) => m.metric)).to.deep.equal(['killed']);
    const jan23 = compare('en', JAN23);
    expect(jan23.metrics.map((m) => m.metric)).to.deep.equal(metricsOf(ds, JAN23));
    expect(jan23.note).to.equal('Reports do not disagree');
    const injured = jan23.metrics.find((m) => m.metric === 'injured')!;
    expect(
      injured.groups.map((g) => g.heading!.text),
      'the places, which say more, lead',
    ).to.deep.equal(['Kyiv', 'Kharkiv', 'The event as a whole']);
  });

  it('"No figure reported" for a metric no one reported, and for an event without figures', () => {
    const killed = compare('en', KERCH, 'killed');
    expect(first(killed)).to.include({ name: 'Killed', noFigure: 'No figure reported' });
    expect(first(killed).groups).to.deep.equal([]);
    expect(killed.note).to.equal(undefined);
    const none = compare('ru', INTENSIFY);
    expect(none.note).to.equal('Данных не сообщалось');
    expect(none.metrics).to.deep.equal([]);
  });

  it('superseded figures are history, the latest the claim; a revision is not a disagreement', () => {
    const c = compare('en', 'strike', 'killed', revised());
    expect(claims(group(c)).map(([who, value, , asOf]) => `${who}: ${value}, ${asOf}`)).to.deep.equal([
      'City council: 7 killed, as of 2\u00a0Feb 2024',
      'Regional police: at least 7 killed, as of 2\u00a0Feb 2024',
    ]);
    expect(claims(group(c), true)).to.deep.equal([
      [
        'City council',
        '5 killed',
        'council-first words',
        'as of 1\u00a0Feb 2024',
        'The Example Gazette, 1\u00a0Feb 2024',
      ],
    ]);
    expect(c.note).to.equal('Reports do not disagree');
    expect(group(c).lead.note).to.equal('Claims agree');
    expect(group(c).range!.text).to.equal('7 killed, according to City council');
  });

  it('"about 10–20" and "up to 30" agree: about allows 9 to 22, which up to 30 contains', () => {
    const g = group(compare('en', 'strike', 'injured', revised()));
    expect(g.lead.note).to.equal('Claims agree');
    expect(g.range!.text).to.match(/^about 10–20 injured, according to City council/);
  });

  it('values, ranges, summaries, places and dates in Ukrainian and Russian; the report’s words stay English', () => {
    const uk = group(compare('uk', BELGOROD, 'killed'));
    expect(claims(uk)[1]!.slice(0, 2)).to.deep.equal(['Російська влада', 'щонайменше 21 загиблий']);
    expect(uk.range!.text).to.equal('щонайменше 24 загиблі, за даними The Moscow Times');
    expect(uk.summary.map((s) => s.text).join('; ')).to.equal(
      'щонайменше 24 загиблі, за даними The Moscow Times; щонайменше 21 загиблий, за даними російської влади',
    );
    expect(uk.figures[1]!.verbatim).to.deep.equal({
      text: 'at least 21 people, including three children, were killed',
      lang: 'en',
    });
    const ru = first(compare('ru', DEC29, 'killed'));
    expect(ru.groups[0]!.range!.text).to.equal(
      '23\u00a0– не\u00a0менее 41 погибшего, по данным The Moscow Times и WION',
    );
    expect(ru.groups.map((g) => g.heading!.text)).to.deep.equal(['Событие в целом', 'Киев']);
    expect(claims(ru.groups[1]!)[0]!.slice(0, 2)).to.deep.equal([
      'Виталий Кличко, мэр Киева',
      'не\u00a0менее 16 погибших',
    ]);
    expect(ru.groups[0]!.figures[0]!.asOf!.text).to.match(/^по состоянию на 1\u00a0января 2024/);
  });

  it('an unknown event is not shown, with the error to report', () => {
    expect(phraseComparison(localeFor('en'), ds, 'nope')).to.deep.equal({
      notShown: 'unknown-event',
      vars: { id: 'nope' },
    });
  });
});
