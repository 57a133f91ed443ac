import '../../src/format/locales/all.js';
import { expect } from '@open-wc/testing';
import { seedDataset as ds } from '../../src/data/seed/index.js';
import type { Dataset } from '../../src/data/model.js';
import { phraseCounter } from '../../src/format/counter.js';
import type { CounterRef, CounterView } from '../../src/format/counter.js';
import { localeFor } from '../../src/format/phrase.js';
import { isNotShown } from '../../src/format/view.js';
import { dataset } from '../kit/dataset.js';
import { BELGOROD, DONETSK, OCT10 } from '../kit/ids.js';

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
    expect(scope!.lead.sources.map((s) => s.text)).to.deep.equal(['Sky News, 10 Oct 2022']);
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
    expect(t.total).to.include({ number: '41', countTo: 41, text: 'at least 41 killed', events: 'Total for 2 events' });
    expect(t.total!.adds).to.equal(
      "Adds the lowest figure claimed for each event: at least 14 killed (Russian missile and drone strikes on Kyiv and cities across Ukraine), according to Ukraine's National Police; 27 killed (Deadly shelling on the outskirts of occupied Donetsk), according to Moscow-installed officials in eastern Ukraine.",
    );
    expect(t.parts.map((p) => p.added.map((f) => f.text))).to.deep.equal([['at least 14 killed'], ['27 killed']]);
    expect(t.more).to.equal(undefined);
  });

  it('a total in Ukrainian and Russian, with the plural of "events"', () => {
    const uk = counter('total', 'uk', { events: [OCT10, BELGOROD, DONETSK], metric: 'killed' });
    expect(uk.total).to.include({ text: 'щонайменше 62 загиблі', events: 'Разом за 3 події' });
    const five = [OCT10, BELGOROD, DONETSK, '2023-12-29-aerial-bombardment', '2024-01-23-kyiv-kharkiv-missile-strikes'];
    const ru = counter('total', 'ru', { events: five, metric: 'killed' });
    expect(ru.total).to.include({ text: 'не менее 90 погибших', events: 'Итого по 5 событиям' });
  });

  it('a total of many events names the first 50 claims and shows the first 50 events, the rest when asked', () => {
    const data = dataset().chain(120).build();
    const ids = data.events.map((e) => e.id);
    const t = counter('total', 'en', { events: ids, metric: 'killed' }, data);
    expect(t.total!.adds).to.match(
      /\(Event link-49\), according to City council; and 70 more events \(see the breakdown\)\.$/,
    );
    expect(t.total!.adds).to.not.include('link-50');
    expect(t.parts).to.have.length(50);
    expect(t.more).to.deep.equal({ text: 'and 70 more events', button: 'Show all events' });
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
