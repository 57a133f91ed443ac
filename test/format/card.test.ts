import '../../src/format/locales/all.js';
import { expect } from '@open-wc/testing';
import { seedDataset as ds } from '../../src/data/seed/index.js';
import { phraseCard } from '../../src/format/card.js';
import type { CardMetric, CardVariant, CardView } from '../../src/format/card.js';
import type { LeadLine } from '../../src/format/lead.js';
import { localeFor } from '../../src/format/phrase.js';
import type { PhrasedFigure } from '../../src/format/phrase.js';
import { isNotShown } from '../../src/format/view.js';
import { dataset } from '../kit/dataset.js';
import { revisedSeed, withoutKilledSeed } from '../kit/seed-variants.js';
import { BELGOROD, DEC29, DONETSK, INTENSIFY, JAN23, KERCH, KHARKIV_KHERSON, OCT10 } from '../kit/ids.js';
import { cited, citation } from '../kit/shown.js';

function card(lang: string, id: string, variant: CardVariant = 'full', data = ds): CardView {
  const view = phraseCard(localeFor(lang), data, id, variant);
  if (isNotShown(view)) throw new Error(`no card for ${id}: ${view.notShown}`);
  return view;
}

type Said = Pick<PhrasedFigure, 'attribution' | 'asOf' | 'sources'> & { shown: string };
/** A figure as a reader reads it: "at least 14 killed, according to … (as of 10 Oct 2022) — Sky News, 10 Oct 2022". */
const said = ({ shown, attribution, asOf, sources }: Said, withSources = true) =>
  `${shown}, ${attribution}${asOf ? ` (${asOf.text})` : ''}${withSources && sources.length ? ` — ${cited(sources)}` : ''}`;
/** A figure of a list (read without its place: the scope's lead names it). */
const item = (f: PhrasedFigure) => said({ ...f, shown: f.text });
/** What the claims of a scope come to, its badge first: "Claims agree at least 24 killed, according to …". */
const lead = ({ lead: l, otherParts }: LeadLine, withSources = true) =>
  [
    l.note,
    said({ ...l, shown: l.scopedText }, withSources),
    ...otherParts.map((f) => said({ ...f, shown: f.scopedText })),
  ]
    .filter(Boolean)
    .join(' ');
const metricOf = (c: CardView, metric: string): CardMetric => c.metrics.find((m) => m.metric === metric)!;
/** The facts of a card as "subject — who", by label. */
const factsOf = (c: CardView) =>
  Object.fromEntries(
    c.facts.map((f) => [f.label, f.items.map((i) => (i.who ? `${i.subject.text} — ${i.who}` : i.subject.text))]),
  );
const relationsOf = (c: CardView) =>
  c.related.map((r) => `${r.label}: ${r.headline.text}, ${r.date.text}${r.who ? ` — ${r.who}` : ''}`);

describe('format: the view model of <strike-card>', () => {
  it('phrases the header, the facts with who claims them, and the linked events', () => {
    const c = card('en', OCT10);
    expect(c).to.include({ kind: 'Missile and drone strike', variant: 'full' });
    expect(c.headline).to.deep.equal({
      text: 'Russian missile and drone strikes on Kyiv and cities across Ukraine',
      lang: 'en',
    });
    expect(c.date).to.deep.equal({ text: '10\u00a0Oct 2022', datetime: '2022-10-10' });
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
        date: { text: 'on or before 10\u00a0Oct 2022', datetime: '2022-10-10' },
        who: 'claimed by Vladimir Putin',
      },
    ]);
    expect(c.sources.map(citation)).to.include('Sky News, 10\u00a0Oct 2022');
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
      scopedText: 'не\u00a0менее 24 погибших',
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

describe('format: what <strike-card> says about the events of the reports', () => {
  it('10 Oct 2022: the summary, places, who is said to have attacked, what was struck, the targets and the weapons', () => {
    const c = card('en-GB', OCT10);
    expect(c.summary!.text).to.match(
      /^Cities including Kyiv, Lviv, Ternopil, Dnipro, Zhytomyr and Zaporizhzhia were targeted, Sky News reported\./,
    );
    expect(factsOf(c)).to.deep.equal({
      Places: ['Kyiv', 'Lviv', 'Ternopil', 'Dnipro', 'Zhytomyr', 'Zaporizhzhia'],
      'Attributed to': ['Russia — claimed by Vladimir Putin'],
      Struck: ['Ukraine'],
      Targets: [
        'energy, military and communications infrastructure — claimed by Vladimir Putin',
        'the energy system, and people — claimed by Volodymyr Zelenskyy',
        'critical infrastructure — claimed by Arseniy Yatsenyuk',
      ],
      'Weapons, as reported': [
        'long-range missile attacks — said by Vladimir Putin',
        'kamikaze drones — said by Emine Dzhaparova',
      ],
    });
  });

  it('attackers that are claimed and denied, and weapons with who named them', () => {
    expect(factsOf(card('en', KERCH))['Attributed to']).to.include(
      'Ukraine — claimed by Vladimir Putin; denied by Ukraine',
    );
    expect(factsOf(card('en', BELGOROD))['Weapons, as reported']).to.deep.equal([
      'Ukrainian Olkha — said by Russian authorities',
      'Czech-made Vampire rockets — said by Russian authorities',
      'drones — said by a Ukrainian security source',
    ]);
    expect(factsOf(card('en', DONETSK))['Attributed to']).to.include(
      'Ukraine — claimed by Moscow-installed officials in eastern Ukraine and Dmitry Peskov; denied by the Ukrainian military',
    );
  });

  it('weapons in Russian, nothing left in English, credited in the genitive ("по словам …")', () => {
    const weapons = card('ru', JAN23).facts.find((f) => f.label === 'Вооружение (как в сообщении)')!;
    expect(weapons.items.map((i) => i.subject.lang)).to.deep.equal(['ru', 'ru', 'ru', 'ru']);
    expect(factsOf(card('ru', JAN23))['Вооружение (как в сообщении)']).to.deep.equal([
      'баллистические, крылатые, зенитные и управляемые ракеты — по словам неназванных официальных лиц',
      'С-300 — по словам Олега Синегубова',
      'Х-32 — по словам Олега Синегубова',
      'гиперзвуковые ракеты «Искандер» — по словам Олега Синегубова',
    ]);
  });

  it('each metric with its qualifier and claimant, developing figures with their "as of" date', () => {
    const c = card('en-GB', OCT10);
    expect(c.metrics.map((m) => m.name)).to.deep.equal(['Killed', 'Injured', 'Launched', 'Intercepted']);
    const [killed] = metricOf(c, 'killed').scopes;
    expect(lead(killed!)).to.equal(
      "at least 14 killed, according to Ukraine's National Police (as of 10\u00a0Oct 2022) — Sky News, 10\u00a0Oct 2022",
    );
    expect(killed!.lead.asOf!.iso).to.equal('2022-10-10');
    expect(metricOf(c, 'launched').scopes[0]!.lead.asOf, 'not developing: no "as of"').to.equal(undefined);
    expect(
      c.metrics.flatMap((m) => m.scopes.map((s) => s.lead.note)),
      'these claims do not disagree',
    ).to.deep.equal([undefined, undefined, undefined, undefined]);
  });

  it('Belgorod: at least 21 and at least 24 killed can both be true: they agree, led by the tightest bound', () => {
    const c = card('en', BELGOROD);
    const [killed] = metricOf(c, 'killed').scopes;
    expect(lead(killed!, false)).to.equal('Claims agree at least 24 killed, according to The Moscow Times');
    expect(killed!.each.map(item)).to.deep.equal([
      'at least 24 killed, according to The Moscow Times — The Moscow Times, 1\u00a0Jan 2024',
      'at least 21 killed, according to Russian authorities (as of 30\u00a0Dec 2023) — WION, 30\u00a0Dec 2023',
    ]);
    const [injured] = metricOf(c, 'injured').scopes;
    expect(injured!.lead.note, '110\u00a0and more than 100\u00a0agree').to.equal('Claims agree');
    expect(injured!.lead.scopedText).to.equal('110 injured');
    expect(lead(metricOf(c, 'children-killed').scopes[0]!)).to.include(
      '3 children killed, according to Russian authorities',
    );
  });

  it('29 Dec 2023: 23 and at least 41 killed disagree; the Kyiv figure is labelled with its place; no injured figure', () => {
    const c = card('en', DEC29);
    const [whole, kyiv] = metricOf(c, 'killed').scopes;
    expect(whole!.lead.note).to.equal('Claims disagree');
    expect(lead(whole!)).to.match(/^Claims disagree 23 to at least 41 killed, according to The Moscow Times and WION/);
    expect(whole!.each.map(item)).to.deep.equal([
      '23 killed, according to The Moscow Times — The Moscow Times, 1\u00a0Jan 2024',
      'at least 41 killed, according to WION (as of 30\u00a0Dec 2023) — WION, 30\u00a0Dec 2023',
    ]);
    expect(lead(kyiv!)).to.match(/^Kyiv: at least 16 killed, according to Vitalii Klitschko, mayor of Kyiv/);
    expect(kyiv!.lead.note).to.equal(undefined);
    expect(metricOf(c, 'injured')).to.deep.include({ name: 'Injured', noFigure: 'No figure reported', scopes: [] });
  });

  it('23 Jan 2024: figures by place are labelled with their place, and lead where they say more', () => {
    const c = card('en', JAN23);
    const amounts = (metric: string) => metricOf(c, metric).scopes.map((s) => s.lead.scopedText);
    expect(amounts('injured')).to.deep.equal([
      'Kyiv: at least 20 injured',
      'Kharkiv: 48 injured',
      'The event as a whole: at least 20 injured',
    ]);
    expect(amounts('killed'), 'five in Kharkiv adds nothing').to.deep.equal(['at least 5 killed', 'Kharkiv: 5 killed']);
    expect(lead(metricOf(c, 'buildings-damaged').scopes[0]!)).to.include(
      'Kharkiv: about 30 buildings damaged, according to Oleh Syniehubov, Kharkiv regional governor',
    );
  });

  it('"No figure reported" for a strike without casualty figures, in Ukrainian; nothing for a statement', () => {
    const kerch = card('uk', KERCH);
    expect(kerch.metrics.map((m) => [m.name, m.noFigure])).to.deep.equal([
      ['Загиблі', 'Даних не повідомлялося'],
      ['Поранені', 'Даних не повідомлялося'],
    ]);
    expect(card('en', INTENSIFY).metrics).to.deep.equal([]);
  });

  it('a revised toll leads, the earlier one kept; a revision is not a disagreement', () => {
    const [killed] = metricOf(card('en-GB', OCT10, 'full', revisedSeed()), 'killed').scopes;
    expect(killed!.lead).to.include({ scopedText: 'at least 19 killed', note: undefined, verdict: 'single' });
    expect(killed!.history.map(item)).to.deep.equal([
      "at least 14 killed, according to Ukraine's National Police (as of 10\u00a0Oct 2022) — Sky News, 10\u00a0Oct 2022",
    ]);
    expect(killed!.each).to.deep.equal([]);
  });

  it('relations both ways, with who claimed and who denied them', () => {
    expect(relationsOf(card('en-GB', OCT10))).to.deep.equal([
      'Retaliation for: Attack on the Kerch Bridge to Crimea, on or before 10\u00a0Oct 2022 — claimed by Vladimir Putin',
    ]);
    expect(relationsOf(card('en-GB', KERCH))).to.deep.equal([
      'Followed by retaliation: Russian missile and drone strikes on Kyiv and cities across Ukraine, 10\u00a0Oct 2022 — claimed by Vladimir Putin',
    ]);
    expect(relationsOf(card('en-GB', JAN23))).to.deep.equal([
      'Response to: Deadly shelling on the outskirts of occupied Donetsk, 21\u00a0Jan 2024 — denied by Dmitry Peskov',
    ]);
    expect(relationsOf(card('en-GB', DONETSK))).to.deep.equal([
      'Followed by a response: Russian missile strikes on Kyiv and Kharkiv, 23\u00a0Jan 2024 — denied by Dmitry Peskov',
    ]);
    expect(card('en-GB', KERCH).related[0]!.date.datetime).to.equal('2022-10-10');
  });

  it('names its sources, with a URL only where one is known', () => {
    const sources = card('en-GB', DEC29).sources;
    expect(sources.map(citation)).to.deep.equal(['WION, 30\u00a0Dec 2023', 'The Moscow Times, 1\u00a0Jan 2024']);
    expect(sources.map((s) => s.url)).to.deep.equal([undefined, undefined]);
    expect(card('en', OCT10, 'full', revisedSeed()).sources[0]).to.include({
      outlet: 'Sky News',
      url: 'https://example.org/sky-news-2022-10-10',
    });
  });

  it('a summary in the reader’s language, or in English, marked so, when it has no translation', () => {
    expect(card('uk', OCT10).summary).to.include({ lang: 'uk' });
    expect(card('uk', OCT10).summary!.text).to.match(/^Під ударом були міста/);
    const untranslated = card('uk', OCT10, 'full', revisedSeed());
    expect(untranslated.summary!.lang).to.equal('en');
    expect(untranslated.summary!.text).to.match(/^Cities including/);
    expect(untranslated.headline.lang).to.equal('en');
  });

  it('compact: killed if any, else injured, else "No figure reported"; claims that agree or disagree say so', () => {
    const casualty = (lang: string, id: string, data?: Parameters<typeof card>[3]) => {
      const line = card(lang, id, 'compact', data).casualty;
      return line && 'lead' in line ? lead(line, false) : line;
    };
    expect(casualty('en', BELGOROD)).to.match(/^Claims agree at least 24 killed, according to The Moscow Times/);
    expect(casualty('en', DEC29)).to.match(
      /^Claims disagree 23 to at least 41 killed, according to The Moscow Times and WION/,
    );
    expect(casualty('en', KHARKIV_KHERSON)).to.equal('Kherson: 1 killed, according to WION');
    expect(casualty('ru', KERCH)).to.deep.equal({ noFigure: 'Данных не сообщалось' });
    expect(casualty('en', INTENSIFY)).to.equal(undefined);
    expect(casualty('en', OCT10, withoutKilledSeed())).to.match(/^97 injured, according to Ukraine's National Police/);
  });

  const languages = {
    en: [
      'at least 14 killed',
      "according to Ukraine's National Police",
      'Who says what: at least 24 killed, according to The Moscow Times',
    ],
    uk: [
      'щонайменше 14 загиблих',
      'за даними Національної поліції України',
      'Хто що повідомляє: щонайменше 24 загиблі, за даними The Moscow Times',
    ],
    ru: [
      'не\u00a0менее 14 погибших',
      'по данным Национальной полиции Украины',
      'Кто что сообщает: не\u00a0менее 24 погибших, по данным The Moscow Times',
    ],
  };
  for (const [lang, [amount, attribution, each]] of Object.entries(languages)) {
    it(`qualifiers, plurals and attributions in ${lang}, and the words before every claimant's figure`, () => {
      const [killed] = metricOf(card(lang, OCT10), 'killed').scopes;
      expect(killed!.lead).to.include({ scopedText: amount, attribution });
      const [first] = metricOf(card(lang, BELGOROD), 'killed').scopes[0]!.each;
      expect(`${localeFor(lang).strings.eachClaim}: ${said({ ...first!, shown: first!.text }, false)}`).to.equal(each);
    });
  }

  it('the words the templates put around the view model, in English', () => {
    const s = localeFor('en').strings;
    expect([s.eachClaim, s.earlierFigures, s.related, s.breakdown, s.source.one, s.source.other]).to.deep.equal([
      'Who says what',
      'Earlier figures',
      'Linked events',
      'Breakdown by event',
      'Source',
      'Sources',
    ]);
  });
});
