import '../../src/format/locales/all.js';
import { expect } from '@open-wc/testing';
import { seedDataset as ds } from '../../src/data/seed/index.js';
import type { Dataset } from '../../src/data/model.js';
import { localeFor } from '../../src/format/phrase.js';
import { phraseTimeline } from '../../src/format/timeline.js';
import type { PhrasedStep, TimelineRef, TimelineView } from '../../src/format/timeline.js';
import { isNotShown } from '../../src/format/view.js';
import { cycle, dataset } from '../kit/dataset.js';
import { DEC29, DONETSK, KERCH, OCT10, TURKSTREAM } from '../kit/ids.js';
import { citation } from '../kit/shown.js';

function timeline(lang: string, ref: TimelineRef, data: Dataset = ds, shown?: number): TimelineView {
  const view = phraseTimeline(localeFor(lang), data, ref, shown);
  if (isNotShown(view)) throw new Error(view.notShown);
  return view;
}

describe('format: the view model of <strike-timeline>', () => {
  it('steps in date order, each with its casualty lead and its links, with who asserts them', () => {
    const t = timeline('en', { from: '2022-10-10-missile-strikes' });
    expect(
      t.steps.map((s) => [s.id, s.lead?.scopedText, s.links.map((l) => `${l.label}: ${l.headline.text} — ${l.who}`)]),
    ).to.deep.equal([
      ['kerch-bridge-attack', undefined, []],
      [
        '2022-10-10-missile-strikes',
        'at least 14 killed',
        ['Retaliation for: Attack on the Kerch Bridge to Crimea — claimed by Vladimir Putin'],
      ],
    ]);
    expect(t.count).to.equal(2);
    expect(t.more).to.equal(undefined);
  });

  it('a link that someone denies and no one asserts reads as denied', () => {
    const data = dataset()
      .event({ id: 'a', date: '2024-01-01' })
      .event({
        id: 'b',
        date: '2024-01-02',
        relations: [
          { event: 'a', kind: 'retaliation-for', assertedBy: [], deniedBy: ['police'], source: 'gazette-2024-02-01' },
        ],
      })
      .build();
    const [link] = timeline('en', { from: 'a' }, data).steps[1]!.links;
    expect(link).to.include({ denied: true, who: 'denied by Regional police' });
  });

  it('a long chain shows its first 50 steps, then "and N more events", and the sources of the steps shown', () => {
    const data = dataset().chain(130).build();
    const first = timeline('ru', { from: 'link-7' }, data);
    expect(first.count).to.equal(130);
    expect(first.steps.map((s) => s.id)).to.deep.equal(data.events.slice(0, 50).map((e) => e.id));
    expect(first.more).to.deep.equal({ text: 'и\u00a0ещё 80\u00a0событий', button: 'Показать все события' });
    expect(first.sources.map((s) => [s.outlet, s.dateIso])).to.deep.equal([['The Example Gazette', '2024-02-01']]);
    const more = timeline('ru', { from: 'link-7' }, data, 100);
    expect(more.steps.slice(0, 50), 'steps already phrased are kept').to.deep.equal(first.steps);
    expect(more.more!.text).to.equal('и\u00a0ещё 30\u00a0событий');
    expect(timeline('en', { from: 'link-7' }, data, 1000).more).to.equal(undefined);
  });

  it('29 Dec 2023 → Belgorod → …: dates, links with who asserts them, and the sources of every step once', () => {
    const t = timeline('en', { from: DEC29 });
    expect(t.steps.map((s) => s.date.text)).to.deep.equal([
      '29\u00a0Dec 2023',
      '30\u00a0Dec 2023',
      '30\u00a0Dec 2023',
      '30\u00a0Dec 2023',
      '1\u00a0Jan 2024',
    ]);
    expect(t.steps.flatMap((s) => s.links.map((l) => `${l.label}: ${l.headline.text} — ${l.who}`))).to.deep.equal([
      "Came after: Russia's aerial bombardment across Ukraine — claimed by WION",
      'Came after: Attack on the Russian border city of Belgorod — claimed by WION',
      'Came after: Attack on the Russian border city of Belgorod — claimed by WION',
      'Response to: Attack on the Russian border city of Belgorod — claimed by Vladimir Putin',
    ]);
    expect(t.steps[4]!.headline.text).to.equal('Putin says Russia will intensify strikes on Ukraine');
    expect(t.sources.map(citation)).to.deep.equal(['WION, 30\u00a0Dec 2023', 'The Moscow Times, 1\u00a0Jan 2024']);
  });

  it('each step: the casualty lead with its claimants, marked when they disagree; a strike without one says so', () => {
    const lead = (s: PhrasedStep) =>
      s.lead ? [s.lead.note, `${s.lead.scopedText}, ${s.lead.attribution}`] : [s.noFigure ?? 'none'];
    expect(timeline('en', { from: DEC29 }).steps.map(lead)).to.deep.equal([
      ['Claims disagree', '23 to at least 41 killed, according to The Moscow Times and WION'],
      ['Claims agree', 'at least 24 killed, according to The Moscow Times'],
      [undefined, 'Kherson: 1 killed, according to WION'],
      ['none'], // a meeting has no figure to report
      ['none'], // nor has a statement
    ]);
    const kerch = timeline('uk', { from: KERCH }).steps.map(lead);
    expect(kerch[0]).to.deep.equal(['Даних не повідомлялося']);
    expect(kerch[1]![1]).to.match(/^щонайменше 14 загиблих, за даними Національної поліції України/);
  });

  it('falls back to the injured figure when no one reported a killed one', () => {
    const steps = timeline('en', { from: 'a-early' }, cycle()).steps;
    expect(steps.map((s) => s.noFigure ?? `${s.lead!.scopedText}, ${s.lead!.attribution}`)).to.deep.equal([
      'No figure reported',
      'at least 3 injured, according to Regional police',
      'No figure reported',
    ]);
    expect(steps.map((s) => s.links.map((l) => `${l.label}: ${l.headline.text} — ${l.who}`))).to.deep.equal([
      ['Came after: Event c-late — claimed by The Example Gazette'],
      ['Retaliation for: Event a-early — claimed by Regional police; denied by City council'],
      ['Response to: Event b-mid — claimed by City council'],
    ]);
  });

  it('21 Jan Donetsk ↔ 23 Jan: a link no one asserts and Peskov denies reads as denied, in every language', () => {
    const expected = {
      en: 'Response to: Deadly shelling on the outskirts of occupied Donetsk — denied by Dmitry Peskov',
      uk: 'Відповідь на: Смертоносний обстріл на околиці окупованого Донецька — заперечення: Дмитро Пєсков',
      ru: 'Ответ на: Смертоносный обстрел на окраине оккупированного Донецка — опровержение: Дмитрий Песков',
    };
    for (const [lang, line] of Object.entries(expected)) {
      const links = timeline(lang, { from: DONETSK }).steps.flatMap((s) => s.links);
      expect(links.map((l) => `${l.label}: ${l.headline.text} — ${l.who}`)).to.deep.equal([line]);
      expect(links[0]!.denied).to.equal(true);
    }
  });

  it('dates, links and figures in Ukrainian and Russian; an open start reads "on or before"', () => {
    const link = (l: PhrasedStep['links'][number]) => `${l.label}: ${l.headline.text} — ${l.who}`;
    const uk = timeline('uk', { from: OCT10 });
    expect(link(uk.steps[1]!.links[0]!)).to.equal(
      'Удар у відповідь на: Атака на Керченський міст до Криму — твердження: Володимир Путін',
    );
    expect(uk.steps[0]!.date.text).to.match(/^не\u00a0пізніше 10\u00a0жовтня 2022\u00a0р\.$/);
    const ru = timeline('ru', { from: OCT10 });
    expect(link(ru.steps[1]!.links[0]!)).to.equal(
      'Удар в ответ на: Атака на Керченский мост в Крым — утверждение: Владимир Путин',
    );
    expect(ru.steps[1]!.lead!.scopedText).to.equal('не\u00a0менее 14 погибших');
    const chosen = timeline('en', { events: [OCT10, TURKSTREAM, KERCH] });
    expect(chosen.steps[1]!.date).to.deep.equal({ text: 'on or before 10\u00a0Oct 2022', datetime: '2022-10-10' });
  });

  it('an unknown event is not shown, with the error to report', () => {
    expect(phraseTimeline(localeFor('en'), ds, { from: 'nope' })).to.deep.equal({
      notShown: 'unknown-event',
      vars: { id: 'nope' },
    });
    expect(phraseTimeline(localeFor('en'), ds, { events: ['kerch-bridge-attack', 'nope'] })).to.deep.equal({
      notShown: 'unknown-event',
      vars: { id: 'nope' },
    });
  });
});
