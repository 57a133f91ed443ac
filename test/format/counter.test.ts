import '../../src/format/locales/all.js';
import { expect } from '@open-wc/testing';
import { seedDataset as ds } from '../../src/data/seed/index.js';
import type { Dataset } from '../../src/data/model.js';
import { phraseCounter } from '../../src/format/counter.js';
import type { CounterRef, CounterView } from '../../src/format/counter.js';
import type { Metric } from '../../src/data/model.js';
import { METRICS } from '../../src/data/model.js';
import { localeFor, plural } from '../../src/format/phrase.js';
import type { PhrasedFigure } from '../../src/format/phrase.js';
import { isNotShown } from '../../src/format/view.js';
import { dataset } from '../kit/dataset.js';
import { BELGOROD, DEC29, DONETSK, JAN23, KERCH, KHARKIV_KHERSON, OCT10, TURKSTREAM } from '../kit/ids.js';
import { cited, citation } from '../kit/shown.js';

type Said = Pick<PhrasedFigure, 'scopedText' | 'attribution' | 'asOf' | 'sources'>;
/** A figure as a reader reads it: "at least 14 killed, according to … (as of 10 Oct 2022) — Sky News, 10 Oct 2022". */
const said = ({ scopedText, attribution, asOf, sources }: Said, withSources = true) =>
  `${scopedText}, ${attribution}${asOf ? ` (${asOf.text})` : ''}${withSources && sources.length ? ` — ${cited(sources)}` : ''}`;

function counter<K extends CounterView['kind']>(
  kind: K,
  lang: string,
  ref: CounterRef,
  data: Dataset = ds,
  shown?: number,
) {
  const view = phraseCounter(localeFor(lang), data, ref, shown);
  if (isNotShown(view) || view.kind !== kind)
    throw new Error(`expected a ${kind} view, got ${JSON.stringify(view).slice(0, 200)}`);
  return view as Extract<CounterView, { kind: K }>;
}

describe('format: the view model of <casualty-counter>', () => {
  it('one claimant: the number that may count up, the qualified label, the claimant and the outlet', () => {
    const [scope] = counter('claims', 'en', { event: OCT10, metric: 'killed' }).scopes;
    expect(scope!.number).to.deep.equal({ text: '14', countTo: 14 });
    expect(scope!.lead).to.include({
      scopedText: 'at least 14 killed',
      attribution: "according to Ukraine's National Police",
    });
    expect(scope!.lead.sources.map(citation)).to.deep.equal(['Sky News, 10\u00a0Oct 2022']);
  });

  it('a range never counts up; claims that disagree lead with the span and list each claimant', () => {
    const range = dataset()
      .figure({ event: 'r', range: [10, 20], qualifier: 'exactly' })
      .build();
    expect(counter('claims', 'en', { event: 'r', metric: 'killed' }, range).scopes[0]!.number).to.deep.equal({
      text: '10–20',
    });
    const split = dataset()
      .figure({ event: 'e', n: 3, qualifier: 'exactly' })
      .figure({ event: 'e', n: 9, qualifier: 'exactly', claimant: 'police' })
      .build();
    const [scope] = counter('claims', 'uk', { event: 'e', metric: 'killed' }, split).scopes;
    expect(scope!.number).to.deep.equal({ text: '3–9' });
    expect(scope!.lead.note).to.equal('Дані різняться');
    expect(scope!.each).to.have.length(2);
  });

  it('figures only by place: says so, and each place; one place asked for; none: "No figure reported"', () => {
    const data = dataset()
      .event({ id: 'e', places: ['odesa', 'izmail'] })
      .figure({ event: 'e', n: 2, place: 'izmail' })
      .build();
    const byPlace = counter('claims', 'en', { event: 'e', metric: 'killed' }, data);
    expect(byPlace.list).to.equal(true);
    expect(byPlace.note).to.equal('No figure for the event as a whole; figures by place:');
    expect(byPlace.scopes.map((s) => s.lead.scopedText)).to.deep.equal(['Izmail: at least 2 killed']);
    const none = counter('none', 'ru', { event: 'e', metric: 'killed', place: 'odesa' }, data);
    expect(none).to.include({ metricName: 'Погибшие', text: 'Одесса: Данных не сообщалось' });
    expect(none.headline.text).to.equal('Event e');
  });

  it('a total: conservative, names the claims it adds, and a breakdown by event', () => {
    const t = counter('total', 'en', { events: [OCT10, DONETSK], metric: 'killed' });
    expect(t.total).to.include({
      number: '41',
      countTo: 41,
      text: 'at least 41 killed',
      events: 'Total for 2\u00a0events',
    });
    expect(t.total!.adds).to.equal(
      "Adds the lowest figure claimed for each event: at least 14 killed (Russian missile and drone strikes on Kyiv and cities across Ukraine), according to Ukraine's National Police; 27 killed (Deadly shelling on the outskirts of occupied Donetsk), according to Moscow-installed officials in eastern Ukraine.",
    );
    expect(t.parts.map((p) => p.added.map((f) => f.text))).to.deep.equal([['at least 14 killed'], ['27 killed']]);
    expect(t.more).to.equal(undefined);
  });

  it('a total in Ukrainian and Russian, with the plural of "events"', () => {
    const uk = counter('total', 'uk', { events: [OCT10, BELGOROD, DONETSK], metric: 'killed' });
    expect(uk.total).to.include({ text: 'щонайменше 62 загиблі', events: 'Разом за\u00a03\u00a0події' });
    const five = [OCT10, BELGOROD, DONETSK, '2023-12-29-aerial-bombardment', '2024-01-23-kyiv-kharkiv-missile-strikes'];
    const ru = counter('total', 'ru', { events: five, metric: 'killed' });
    expect(ru.total).to.include({ text: 'не\u00a0менее 90 погибших', events: 'Итого по\u00a05\u00a0событиям' });
  });

  it('a total of many events names the first 50 claims and shows the first 50 events, the rest when asked', () => {
    const data = dataset().chain(120).build();
    const ids = data.events.map((e) => e.id);
    const t = counter('total', 'en', { events: ids, metric: 'killed' }, data);
    expect(t.total!.adds).to.match(
      /\(Event link-49\), according to City council; and 70\u00a0more events \(see the breakdown\)\.$/,
    );
    expect(t.total!.adds).to.not.include('link-50');
    expect(t.parts).to.have.length(50);
    expect(t.more).to.deep.equal({ text: 'and 70\u00a0more events', button: 'Show all events' });
    const all = counter('total', 'en', { events: ids, metric: 'killed' }, data, 120);
    expect(all.parts).to.have.length(120);
    expect(all.more).to.equal(undefined);
    // Added up 500 events at a time or at once, the sum is the same: 1 + 2 + … + 7, then 1 … 1 again.
    const sum = ids.reduce((s, _, i) => s + (i % 7) + 1, 0);
    expect(all.total!.countTo).to.equal(sum);
  });

  it('unknown events and places are not shown, with the error to report', () => {
    expect(phraseCounter(localeFor('en'), ds, { event: 'nope', metric: 'killed' })).to.deep.equal({
      notShown: 'unknown-event',
      vars: { id: 'nope' },
    });
    expect(phraseCounter(localeFor('en'), ds, { events: [OCT10, 'nope'], metric: 'killed' })).to.deep.equal({
      notShown: 'unknown-event',
      vars: { id: 'nope' },
    });
    expect(phraseCounter(localeFor('en'), ds, { event: OCT10, metric: 'killed', place: 'nowhere' })).to.deep.equal({
      notShown: 'invalid-attribute',
      vars: { name: 'place', value: 'nowhere' },
    });
  });
});

describe('format: what <casualty-counter> says about the events of the reports', () => {
  const claims = (lang: string, ref: CounterRef, data: Dataset = ds) => counter('claims', lang, ref, data);
  const one = (lang: string, ref: CounterRef, data: Dataset = ds) => claims(lang, ref, data).scopes[0]!;

  it('one developing figure: the number, qualifier, label, claimant, "as of" date and outlet; no badge', () => {
    const scope = one('en', { event: OCT10, metric: 'killed' });
    expect(said(scope.lead)).to.equal(
      "at least 14 killed, according to Ukraine's National Police (as of 10\u00a0Oct 2022) — Sky News, 10\u00a0Oct 2022",
    );
    expect(scope.lead.asOf!.iso).to.equal('2022-10-10');
    expect([scope.lead.note, scope.each]).to.deep.equal([undefined, []]);
  });

  it('a figure that was not developing has no "as of" date; the outlet names the wires it carried', () => {
    const scope = one('en', { event: DONETSK, metric: 'killed' });
    expect(scope.number).to.deep.equal({ text: '27', countTo: 27 });
    expect(said(scope.lead)).to.equal(
      '27 killed, according to Moscow-installed officials in eastern Ukraine — ABC News (Australia), 23\u00a0Jan 2024 (via AP and Reuters)',
    );
  });

  const byMetric: Record<Metric, [CounterRef, string]> = {
    killed: [{ event: OCT10, metric: 'killed' }, "at least 14 killed, according to Ukraine's National Police"],
    injured: [{ event: OCT10, metric: 'injured' }, "97 injured, according to Ukraine's National Police"],
    'children-killed': [
      { event: BELGOROD, metric: 'children-killed' },
      '3 children killed, according to Russian authorities',
    ],
    'children-injured': [
      { event: JAN23, place: 'kharkiv', metric: 'children-injured' },
      'Kharkiv: 4 children injured, according to Oleh Syniehubov, Kharkiv regional governor',
    ],
    launched: [
      { event: OCT10, metric: 'launched' },
      "83 missiles launched, according to Emine Dzhaparova, Ukraine's deputy foreign minister",
    ],
    intercepted: [
      { event: OCT10, metric: 'intercepted' },
      "about 45 missiles intercepted, including 9 drones intercepted, according to Emine Dzhaparova, Ukraine's deputy foreign minister",
    ],
    attacks: [
      { event: KHARKIV_KHERSON, place: 'kharkiv', metric: 'attacks' },
      'Kharkiv: 6 rocket attacks, according to the head of the Kharkiv regional administration',
    ],
    'buildings-damaged': [
      { event: JAN23, place: 'kharkiv', metric: 'buildings-damaged' },
      'Kharkiv: about 30 buildings damaged, according to Oleh Syniehubov, Kharkiv regional governor',
    ],
  };
  it('every metric the dataset has, parts read with the figure they belong to ("including 9 drones intercepted")', () => {
    const inData = new Set(ds.figures.map((f) => f.metric));
    expect(METRICS.filter((m) => inData.has(m))).to.deep.equal(Object.keys(byMetric));
    for (const [ref, line] of Object.values(byMetric)) {
      expect(said(one('en', ref).lead, false), ref.metric).to.match(new RegExp(`^${line.replace(/[()]/g, '\\$&')}`));
    }
  });

  it('a place scopes the figure to that place; a place with no figure says so for that place', () => {
    expect(said(one('en', { event: JAN23, metric: 'killed', place: 'kharkiv' }).lead)).to.match(
      /^Kharkiv: 5 killed, according to Oleh Syniehubov, Kharkiv regional governor/,
    );
    expect(said(one('en', { event: DEC29, metric: 'killed', place: 'kyiv' }).lead)).to.match(
      /^Kyiv: at least 16 killed, according to Vitalii Klitschko, mayor of Kyiv/,
    );
    expect(counter('none', 'en', { event: JAN23, metric: 'killed', place: 'kyiv' }).text).to.equal(
      'Kyiv: No figure reported',
    );
  });

  it('without an event-wide figure, the figures by place with their places; an event-wide figure wins over them', () => {
    const kherson = claims('en', { event: KHARKIV_KHERSON, metric: 'killed' });
    expect(kherson.note).to.equal('No figure for the event as a whole; figures by place:');
    expect(kherson.scopes.map((s) => s.lead.scopedText)).to.deep.equal(['Kherson: 1 killed']);
    const children = claims('en', { event: KHARKIV_KHERSON, metric: 'children-injured' });
    expect(children.scopes.map((s) => s.lead.scopedText)).to.deep.equal(['Kharkiv: at least 2 children injured']);
    const jan23 = claims('en', { event: JAN23, metric: 'killed' });
    expect(jan23.note).to.equal(undefined);
    expect(jan23.scopes.map((s) => s.lead.scopedText)).to.deep.equal(['at least 5 killed']);
    expect(jan23.scopes[0]!.lead.attribution).to.match(/^according to ABC News \(Australia\)/);
  });

  it('23 Jan 2024 injured: the figures by place lead, and the key points\' "at least 20" follows as the whole', () => {
    const view = claims('en', { event: JAN23, metric: 'injured' });
    expect(view.scopes.map((s) => s.lead.scopedText)).to.deep.equal([
      'Kyiv: at least 20 injured',
      'Kharkiv: 48 injured',
      'The event as a whole: at least 20 injured',
    ]);
  });

  it('"No figure reported", with the event\'s headline and date', () => {
    const kerch = counter('none', 'en', { event: KERCH, metric: 'killed' });
    expect(kerch).to.include({ metricName: 'Killed', text: 'No figure reported' });
    expect(kerch.headline.text).to.equal('Attack on the Kerch Bridge to Crimea');
    expect(kerch.date).to.deep.equal({ text: 'on or before 10\u00a0Oct 2022', datetime: '2022-10-10' });
  });

  it('Belgorod: at least 21 and at least 24 agree; the tighter bound leads; every claimant is listed', () => {
    const scope = one('en', { event: BELGOROD, metric: 'killed' });
    expect(scope.lead.note).to.equal('Claims agree');
    expect(scope.number.text).to.equal('24');
    expect(said(scope.lead)).to.match(/^at least 24 killed, according to The Moscow Times/);
    expect(scope.each.map((f) => said(f))).to.deep.equal([
      'at least 24 killed, according to The Moscow Times — The Moscow Times, 1\u00a0Jan 2024',
      'at least 21 killed, according to Russian authorities (as of 30\u00a0Dec 2023) — WION, 30\u00a0Dec 2023',
    ]);
  });

  it('29 Dec 2023: 23 and at least 41 cannot both hold: the span leads, with every claimant', () => {
    const scope = one('en', { event: DEC29, metric: 'killed' });
    expect(scope.lead.note).to.equal('Claims disagree');
    expect(scope.number.text).to.equal('23–41+');
    expect(said(scope.lead, false)).to.equal('23 to at least 41 killed, according to The Moscow Times and WION');
    expect(scope.each.map((f) => said(f, false))).to.have.members([
      'at least 41 killed, according to WION (as of 30\u00a0Dec 2023)',
      '23 killed, according to The Moscow Times',
    ]);
  });

  it('claims that state the same bound agree, naming both; a revision is not a disagreement and keeps the earlier figure', () => {
    const data = dataset()
      .figure({ event: 'agree', n: 5, id: 'agree-council' })
      .figure({ event: 'agree', n: 5, claimant: 'police', qualifier: 'exactly', id: 'agree-police' })
      .figure({ event: 'revised', n: 3, id: 'revised-early', asOf: '2024-01-30' })
      .figure({ event: 'revised', n: 7, id: 'revised-late', supersedes: 'revised-early' })
      .build();
    const agree = one('en', { event: 'agree', metric: 'killed' }, data);
    expect(agree.lead.note).to.equal('Claims agree');
    expect(agree.each.map((f) => said(f))).to.include(
      '5 killed, according to Regional police — The Example Gazette, 1\u00a0Feb 2024',
    );
    const revised = one('en', { event: 'revised', metric: 'killed' }, data);
    expect(revised.lead).to.include({ scopedText: 'at least 7 killed', note: undefined });
    expect(revised.history.map((f) => said(f))).to.have.length(1);
    expect(said(revised.history[0]!)).to.match(/^at least 3 killed, according to City council/);
  });

  const THREE = [OCT10, BELGOROD, DONETSK];
  it('a total of three events: "at least 62", the claims it adds, and a breakdown with every claimant', () => {
    const t = counter('total', 'en', { events: THREE, metric: 'killed' });
    expect(t.total).to.include({
      number: '62',
      text: 'at least 62 killed',
      events: 'Total for 3\u00a0events',
    });
    expect(t.total!.uncounted, 'every event was counted').to.equal(undefined);
    expect(t.total!.adds).to.equal(
      "Adds the lowest figure claimed for each event: at least 14 killed (Russian missile and drone strikes on Kyiv and cities across Ukraine), according to Ukraine's National Police; at least 21 killed (Attack on the Russian border city of Belgorod), according to Russian authorities; 27 killed (Deadly shelling on the outskirts of occupied Donetsk), according to Moscow-installed officials in eastern Ukraine.",
    );
    expect(t.disagree, 'Belgorod claims agree').to.equal(undefined);
    const [oct10, belgorod, donetsk] = t.parts.map((p) => [
      `${p.headline.text}, ${p.date.text}: ${p.added.map((f) => said(f)).join(' ')}`,
      p.each.map((f) => said(f, false)),
    ]);
    expect(oct10).to.deep.equal([
      "Russian missile and drone strikes on Kyiv and cities across Ukraine, 10\u00a0Oct 2022: at least 14 killed, according to Ukraine's National Police (as of 10\u00a0Oct 2022) — Sky News, 10\u00a0Oct 2022",
      [],
    ]);
    expect(belgorod![0]).to.match(
      /^Attack on the Russian border city of Belgorod, 30\u00a0Dec 2023: at least 21 killed, according to Russian authorities/,
    );
    expect(belgorod![1]).to.include('at least 24 killed, according to The Moscow Times');
    expect(donetsk![0]).to.match(
      /: 27 killed, according to Moscow-installed officials in eastern Ukraine — ABC News \(Australia\)/,
    );
  });

  it('an event with no figure adds nothing, and is named as not counted', () => {
    const t = counter('total', 'en', { events: [...THREE, KERCH], metric: 'killed' });
    expect(t.total).to.include({
      text: 'at least 62 killed',
      events: 'Total for 3\u00a0events',
      uncounted: 'Not counted (no figure to add): Attack on the Kerch Bridge to Crimea.',
    });
    const last = t.parts.at(-1)!;
    expect(`${last.headline.text}, ${last.date.text}: ${last.byPlace!.note}`).to.equal(
      'Attack on the Kerch Bridge to Crimea, on or before 10\u00a0Oct 2022: No figure reported',
    );
    expect(last.byPlace!.figures).to.deep.equal([]);
  });

  it('an event with figures only by place adds the lowest of each place, naming the place', () => {
    const t = counter('total', 'en', { events: [OCT10, KHARKIV_KHERSON], metric: 'killed' });
    expect(t.total).to.include({ text: 'at least 15 killed', events: 'Total for 2\u00a0events' });
    expect(t.total!.adds).to.include(
      'Kherson: 1 killed (Russian strikes on Kharkiv and Kherson before New Year’s Eve), according to WION',
    );
    const last = t.parts.at(-1)!;
    expect([last.byPlace!.note, ...last.byPlace!.figures.map((f) => said(f))]).to.deep.equal([
      'No figure for the event as a whole; figures by place:',
      'Kherson: 1 killed, according to WION — WION, 30\u00a0Dec 2023',
    ]);
  });

  it('when no event has a figure, the total says "No figure reported" and still lists each event', () => {
    const t = counter('total', 'en', { events: [KERCH, TURKSTREAM], metric: 'killed' });
    expect([t.total, t.noFigure, t.parts.length]).to.deep.equal([undefined, 'No figure reported', 2]);
  });

  it('an exact total of exact figures has no qualifier; a range adds its low end; "about" adds nothing', () => {
    const data = dataset()
      .figure({ event: 'a', n: 4, qualifier: 'exactly' })
      .figure({ event: 'b', n: 6, qualifier: 'exactly' })
      .figure({ event: 'c', range: [10, 20, 12], qualifier: 'exactly' })
      .figure({ event: 'd', n: 45, qualifier: 'about' })
      .build();
    expect(counter('total', 'en', { events: ['a', 'b'], metric: 'killed' }, data).total).to.include({
      text: '10 killed',
      events: 'Total for 2\u00a0events',
    });
    const range = counter('total', 'en', { events: ['a', 'b', 'c', 'd'], metric: 'killed' }, data).total!;
    expect(range).to.include({ number: '20', text: 'at least 20 killed' });
    expect(range.uncounted).to.match(/^Not counted \(no figure to add\): /);
  });

  it('a total of injured in Russian: 97 and "more than 100" make "не менее 197 раненых"', () => {
    const t = counter('total', 'ru', { events: [OCT10, BELGOROD], metric: 'injured' });
    expect(t.total!.text).to.equal('не\u00a0менее 197 раненых');
    expect(one('ru', { event: BELGOROD, metric: 'injured' }).lead.scopedText).to.equal('110 раненых');
  });

  it('qualifier, label, claimant, "as of" date, badges and the words around them in Ukrainian and Russian', () => {
    const uk = one('uk', { event: OCT10, metric: 'killed' });
    expect(said(uk.lead, false)).to.match(
      /^щонайменше 14 загиблих, за даними Національної поліції України \(станом на 10\u00a0жовтня 2022/,
    );
    const ru = one('ru', { event: OCT10, metric: 'killed' });
    expect(said(ru.lead, false)).to.match(
      /^не\u00a0менее 14 погибших, по данным Национальной полиции Украины \(по состоянию на 10\u00a0октября 2022/,
    );
    for (const [lang, label] of [
      ['uk', 'Видання'],
      ['ru', 'Издание'],
    ] as const) {
      expect(plural(localeFor(lang), localeFor(lang).strings.source, { n: 1 }), 'the label before one source').to.equal(
        label,
      );
    }
    const belgorod = one('uk', { event: BELGOROD, metric: 'killed' });
    expect([belgorod.lead.note, belgorod.lead.attribution, localeFor('uk').strings.eachClaim]).to.deep.equal([
      'Дані узгоджуються',
      'за даними The Moscow Times',
      'Хто що повідомляє',
    ]);
    const dec29 = one('ru', { event: DEC29, metric: 'killed' });
    expect(dec29.lead).to.include({
      note: 'Данные расходятся',
      scopedText: '23\u00a0– не\u00a0менее 41 погибшего',
      attribution: 'по данным The Moscow Times и WION',
    });
  });
});
