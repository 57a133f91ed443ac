import '../../src/format/locales/all.js';
import { expect } from '@open-wc/testing';
import { seedDataset as ds } from '../../src/data/seed/index.js';
import { phraseCard } from '../../src/format/card.js';
import type { CardVariant, CardView } from '../../src/format/card.js';
import { localeFor } from '../../src/format/phrase.js';
import { isNotShown } from '../../src/format/view.js';
import { dataset } from '../kit/dataset.js';
import { BELGOROD, OCT10 } from '../kit/ids.js';

function card(lang: string, id: string, variant: CardVariant = 'full', data = ds): CardView {
  const view = phraseCard(localeFor(lang), data, id, variant);
  if (isNotShown(view)) throw new Error(`no card for ${id}: ${view.notShown}`);
  return view;
}

describe('format: the view model of <strike-card>', () => {
  it('phrases the header, the facts with who claims them, and the linked events', () => {
    const c = card('en', OCT10);
    expect(c).to.include({ kind: 'Missile and drone strike', variant: 'full' });
    expect(c.headline).to.deep.equal({
      text: 'Russian missile and drone strikes on Kyiv and cities across Ukraine',
      lang: 'en',
    });
    expect(c.date).to.deep.equal({ text: '10 Oct 2022', datetime: '2022-10-10' });
    const facts = Object.fromEntries(
      c.facts.map((f) => [f.label, f.items.map((i) => (i.who ? `${i.subject.text} — ${i.who}` : i.subject.text))]),
    );
    expect(facts['Attributed to']).to.deep.equal(['Russia — claimed by Vladimir Putin']);
    expect(facts['Weapons, as reported']).to.deep.equal([
      'long-range missile attacks — said by Vladimir Putin',
      'kamikaze drones — said by Emine Dzhaparova',
    ]);
    expect(c.facts.find((f) => f.label === 'Places')!.chips).to.equal(true);
    expect(c.related).to.deep.equal([
      {
        label: 'Retaliation for',
        headline: { text: 'Attack on the Kerch Bridge to Crimea', lang: 'en' },
        date: { text: 'on or before 10 Oct 2022', datetime: '2022-10-10' },
        who: 'claimed by Vladimir Putin',
      },
    ]);
    expect(c.sources.map((s) => s.text)).to.include('Sky News, 10 Oct 2022');
  });

  it('lists each metric with what its claims come to, parts read with the figure they belong to', () => {
    const lines = card('en', OCT10).metrics.map((m) => [
      m.name,
      ...m.scopes.map((s) => `${s.lead.scopedText}, ${s.lead.attribution}`),
    ]);
    expect(lines).to.deep.equal([
      ['Killed', "at least 14 killed, according to Ukraine's National Police"],
      ['Injured', "97 injured, according to Ukraine's National Police"],
      ['Launched', "83 missiles launched, according to Emine Dzhaparova, Ukraine's deputy foreign minister"],
      [
        'Intercepted',
        "about 45 missiles intercepted, including 9 drones intercepted, according to Emine Dzhaparova, Ukraine's deputy foreign minister",
      ],
    ]);
  });

  it('always lists killed and injured for a strike, as "No figure reported" when no one gave one; a statement has none', () => {
    const data = dataset()
      .event({ id: 'quiet' })
      .figure({ event: 'quiet', metric: 'launched', n: 5 })
      .event({ id: 'said', kind: 'statement' })
      .build();
    const metrics = card('en', 'quiet', 'full', data).metrics.map((m) => [m.name, m.noFigure ?? m.scopes.length]);
    expect(metrics).to.deep.equal([
      ['Killed', 'No figure reported'],
      ['Injured', 'No figure reported'],
      ['Launched', 1],
    ]);
    expect(card('en', 'said', 'full', data).metrics).to.deep.equal([]);
    expect(card('en', 'said', 'compact', data).casualty).to.equal(undefined);
    expect(card('uk', 'quiet', 'compact', data).casualty).to.deep.equal({ noFigure: 'Даних не повідомлялося' });
  });

  it('compact: one casualty line, killed before injured, as a native reader writes it', () => {
    const c = card('ru', BELGOROD, 'compact');
    expect(c.metrics).to.deep.equal([]);
    expect(c.summary).to.equal(undefined);
    const line = c.casualty && 'lead' in c.casualty ? c.casualty.lead : undefined;
    expect(line).to.include({
      scopedText: 'не менее 24 погибших',
      attribution: 'по данным The Moscow Times',
      note: 'Данные согласуются',
    });
    const injuredOnly = dataset().figure({ event: 'e', metric: 'injured', n: 4, qualifier: 'exactly' }).build();
    const compact = card('en', 'e', 'compact', injuredOnly).casualty;
    expect(compact && 'lead' in compact && compact.lead.scopedText).to.equal('4 injured');
  });

  it('keeps every claimant and every earlier figure of a scope', () => {
    const data = dataset()
      .figure({ event: 'e', id: 'first', n: 3, asOf: '2024-02-01' })
      .figure({ event: 'e', id: 'revised', n: 5, asOf: '2024-02-02', supersedes: 'first' })
      .figure({ event: 'e', id: 'police', n: 9, claimant: 'police' })
      .build();
    const [scope] = card('en', 'e', 'full', data).metrics[0]!.scopes;
    expect(scope!.each.map((f) => `${f.text}, ${f.attribution}`)).to.deep.equal([
      'at least 9 killed, according to Regional police',
      'at least 5 killed, according to City council',
    ]);
    expect(scope!.history.map((f) => f.text)).to.deep.equal(['at least 3 killed']);
  });

  it('an unknown id is not shown, with the error to report', () => {
    expect(phraseCard(localeFor('en'), ds, 'no-such-event')).to.deep.equal({
      notShown: 'unknown-event',
      vars: { id: 'no-such-event' },
    });
  });
});
