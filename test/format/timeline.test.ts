import '../../src/format/locales/all.js';
import { expect } from '@open-wc/testing';
import { seedDataset as ds } from '../../src/data/seed/index.js';
import type { Dataset } from '../../src/data/model.js';
import { localeFor } from '../../src/format/phrase.js';
import { phraseTimeline } from '../../src/format/timeline.js';
import type { TimelineRef, TimelineView } from '../../src/format/timeline.js';
import { isNotShown } from '../../src/format/view.js';
import { dataset } from '../kit/dataset.js';

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
    expect(first.more).to.deep.equal({ text: 'и ещё 80 событий', button: 'Показать все события' });
    expect(first.sources.map((s) => s.id)).to.deep.equal(['gazette-2024-02-01']);
    const more = timeline('ru', { from: 'link-7' }, data, 100);
    expect(more.steps.slice(0, 50), 'steps already phrased are kept').to.deep.equal(first.steps);
    expect(more.more!.text).to.equal('и ещё 30 событий');
    expect(timeline('en', { from: 'link-7' }, data, 1000).more).to.equal(undefined);
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
