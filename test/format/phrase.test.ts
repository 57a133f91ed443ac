import '../../src/format/locales/all.js';
import { expect } from '@open-wc/testing';
import {
  countText,
  formatDate,
  formatEdtf,
  formatNumber,
  errorMessage,
  formatValue,
  localeFor,
  metricLabel,
  phraseFigure,
  phraseParts,
  phraseSource,
  qualified,
  safeUrl,
} from '../../src/format/phrase.js';
import { fill, langOf, resetStrings, setStrings, stringsFor } from '../../src/format/strings.js';
import { phraseRelation } from '../../src/format/who.js';
import { seedDataset as ds } from '../../src/data/seed/index.js';
import { figureById, relatedEvents } from '../../src/data/query.js';
import { LANGS, QUALIFIERS } from '../../src/data/model.js';
import type { Figure, Lang } from '../../src/data/model.js';

const en = localeFor('en');
const uk = localeFor('uk');
const ru = localeFor('ru');
const fig = (id: string) => figureById(ds, id)!;
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('format: language', () => {
  it('maps tags to the languages we speak', () => {
    expect(langOf('uk-UA')).to.equal('uk');
    expect(langOf('ua')).to.equal('uk');
    expect(langOf('RU')).to.equal('ru');
    expect(langOf('en_GB')).to.equal('en');
    expect(langOf('de')).to.equal('en');
    expect(langOf('')).to.equal('en');
    expect(langOf(undefined)).to.equal('en');
  });
  it('keeps a regional tag for Intl, and reads unsupported languages entirely in English', () => {
    expect(localeFor('en-GB').tag).to.equal('en-GB');
    expect(localeFor('en_GB').tag).to.equal('en-GB');
    expect(localeFor('uk-UA').tag).to.equal('uk-UA');
    expect(localeFor('de-DE').tag).to.equal('en');
    expect(localeFor('en').intl, 'a bare "en" formats dates as "8\u00a0Oct 2022"').to.equal('en-GB');
    expect(localeFor('en-US').intl).to.equal('en-US');
    expect(localeFor('!!').tag).to.equal('en');
  });
});

describe('format: numbers never change a claim', () => {
  it('prints whole numbers exactly, grouped, never compacted or rounded', () => {
    expect(formatNumber(en, 1_000_000_000)).to.equal('1,000,000,000');
    expect(nbsp(formatNumber(uk, 1_000_000_000))).to.equal('1 000 000 000');
    expect(nbsp(formatNumber(ru, 1_234_567))).to.equal('1 234 567');
    expect(formatNumber(en, 0)).to.equal('0');
    expect(formatNumber(en, 1)).to.equal('1');
    expect(formatNumber(en, 999_999_999)).to.equal('999,999,999');
  });
  it('prints ranges as ranges, with a best estimate when there is one', () => {
    expect(formatValue(en, { low: 20, high: 30 })).to.equal('20–30');
    expect(formatValue(en, { low: 20, high: 30, best: 25 })).to.equal('20–30 (best estimate 25)');
    expect(formatValue(uk, { low: 20, high: 30, best: 25 })).to.equal('20–30 (за найімовірнішою оцінкою\u00a0— 25)');
    expect(formatValue(en, { low: 7, high: 7 })).to.equal('7');
  });
  it('never prints NaN, undefined or an empty number for any figure in any language', () => {
    for (const loc of LANGS.map((l) => localeFor(l))) {
      for (const f of ds.figures) {
        const p = phraseFigure(loc, ds, f);
        expect(`${p.text} ${p.attribution}`, f.id).to.not.match(/NaN|undefined|null|\{\w+\}/);
        expect(p.text, f.id).to.match(/\d/);
      }
    }
  });
});

describe('format: qualifiers', () => {
  const cases: Record<Lang, string[]> = {
    en: ['14', 'at least 14', 'more than 14', 'about 14', 'up to 14'],
    uk: ['14', 'щонайменше 14', 'понад 14', 'близько 14', 'до\u00a014'],
    ru: ['14', 'не\u00a0менее 14', 'более 14', 'около 14', 'до\u00a014'],
  };
  for (const lang of LANGS) {
    it(`reads every qualifier in ${lang}`, () => {
      expect(QUALIFIERS.map((q) => qualified(localeFor(lang), { n: 14 }, q))).to.deep.equal(cases[lang]);
    });
  }
});

describe('format: plural forms of labels', () => {
  const killed = (loc: ReturnType<typeof localeFor>, n: number) => metricLabel(loc, 'killed', { n });
  it('Ukrainian: 1 загиблий, 2 загиблі, 5 загиблих, 21 загиблий', () => {
    expect([1, 2, 5, 21].map((n) => killed(uk, n))).to.deep.equal(['загиблий', 'загиблі', 'загиблих', 'загиблий']);
    expect([1, 3, 11, 22].map((n) => metricLabel(uk, 'injured', { n }))).to.deep.equal([
      'поранений',
      'поранені',
      'поранених',
      'поранені',
    ]);
  });
  it('Russian: 1 погибший, 2 погибших, 5 погибших, 21 погибший', () => {
    expect([1, 2, 5, 21].map((n) => killed(ru, n))).to.deep.equal(['погибший', 'погибших', 'погибших', 'погибший']);
    expect([1, 2, 5].map((n) => metricLabel(ru, 'children-killed', { n }))).to.deep.equal([
      'погибший ребёнок',
      'погибших ребёнка',
      'погибших детей',
    ]);
  });
  it('English: child/children, and munitions named by what was counted', () => {
    expect(metricLabel(en, 'children-killed', { n: 1 })).to.equal('child killed');
    expect(metricLabel(en, 'children-killed', { n: 3 })).to.equal('children killed');
    expect(metricLabel(en, 'intercepted', { n: 9 }, 'drones')).to.equal('drones intercepted');
    expect(metricLabel(en, 'launched', { n: 1 }, 'missiles')).to.equal('missile launched');
    expect(metricLabel(en, 'launched', { n: 5 })).to.equal('munitions launched');
    expect(metricLabel(uk, 'intercepted', { n: 21 }, 'missiles')).to.equal('збита ракета');
    expect(metricLabel(ru, 'launched', { n: 83 }, 'missiles')).to.equal('выпущенные ракеты');
  });
  it('a range takes the plural of its upper end', () => {
    expect(metricLabel(uk, 'killed', { low: 20, high: 22 })).to.equal('загиблі');
  });
});

describe('format: a figure with its claimant', () => {
  it('phrases the National Police toll in three languages', () => {
    const f = fig('2022-10-10-killed-national-police');
    expect(phraseFigure(en, ds, f)).to.include({
      text: 'at least 14 killed',
      attribution: "according to Ukraine's National Police",
    });
    expect(phraseFigure(uk, ds, f)).to.include({
      text: 'щонайменше 14 загиблих',
      attribution: 'за даними Національної поліції України',
    });
    expect(phraseFigure(ru, ds, f)).to.include({
      text: 'не\u00a0менее 14 погибших',
      attribution: 'по данным Национальной полиции Украины',
    });
  });
  it("names a person's role at the time and scopes a figure to its place", () => {
    const p = phraseFigure(en, ds, fig('2023-12-29-killed-kyiv-klitschko'));
    expect(p.claimantLine).to.equal('Vitalii Klitschko, mayor of Kyiv');
    expect(p.attribution).to.equal('according to Vitalii Klitschko, mayor of Kyiv');
    expect(phraseFigure(uk, ds, fig('2023-12-29-killed-kyiv-klitschko')).attribution).to.equal(
      'за даними Віталія Кличка, мера Києва',
    );
    expect(phraseFigure(ru, ds, fig('2023-12-29-killed-kyiv-klitschko')).attribution).to.equal(
      'по данным Виталия Кличко, мэра Киева',
    );
    expect(phraseFigure(ru, ds, fig('2023-12-30-belgorod-killed-russian-authorities')).attribution).to.equal(
      'по данным российских властей',
    );
    expect(phraseFigure(uk, ds, fig('2023-12-30-belgorod-killed-russian-authorities')).attribution).to.equal(
      'за даними російської влади',
    );
    expect(p.scopedText).to.equal('Kyiv: at least 16 killed');
    expect(phraseFigure(uk, ds, fig('2023-12-29-killed-kyiv-klitschko')).scopedText).to.equal(
      'Київ: щонайменше 16 загиблих',
    );
  });
  it('gives the "as of" date only for developing figures', () => {
    expect(phraseFigure(en, ds, fig('2023-12-29-killed-kyiv-klitschko')).asOf).to.deep.equal({
      text: 'as of 30\u00a0Dec 2023',
      iso: '2023-12-30',
    });
    expect(phraseFigure(en, ds, fig('2023-12-29-killed-moscow-times')).asOf).to.equal(undefined);
    expect(phraseFigure(uk, ds, fig('2023-12-29-killed-kyiv-klitschko')).asOf!.text).to.match(
      /^станом на 30\u00a0груд/,
    );
  });
  it('an outlet speaking for itself is the claimant', () => {
    expect(phraseFigure(en, ds, fig('2023-12-29-killed-wion')).attribution).to.equal('according to WION');
  });
  it('keeps the verbatim words with their language', () => {
    expect(phraseFigure(uk, ds, fig('2023-12-30-belgorod-killed-moscow-times')).verbatim).to.deep.equal({
      text: 'at least two dozen people dead',
      lang: 'en',
    });
  });
  it('phrases the parts of a figure', () => {
    expect(phraseParts(en, [fig('2022-10-10-intercepted-drones-dzhaparova')])).to.equal(
      'including 9 drones intercepted',
    );
    expect(phraseParts(en, [])).to.equal(undefined);
  });
  it('phrases a figure from a publisher dataset without a translation in the base language', () => {
    const f: Figure = { ...fig('2022-10-10-killed-national-police'), claimantRole: 'Spokesperson', i18n: {} };
    expect(phraseFigure(uk, ds, f).claimantLine).to.equal('Національна поліція України, Spokesperson');
  });
});

describe('format: dates', () => {
  it('is honest about precision', () => {
    expect(formatDate(en, '2022-10-10')).to.equal('10\u00a0Oct 2022');
    expect(formatDate(localeFor('en-US'), '2022-10-10')).to.equal('Oct\u00a010, 2022');
    expect(formatDate(en, '2022-10')).to.equal('October 2022');
    expect(formatDate(en, '2022')).to.equal('2022');
    expect(formatDate(uk, '2022-10-10')).to.match(/^10\u00a0жовтня 2022\u00a0р\.$/);
    // News copy in uk and ru writes the month out; English keeps "10 Oct 2022".
    expect(formatDate(ru, '2023-12-29')).to.equal('29\u00a0декабря 2023\u00a0г.');
  });
  it('reads EDTF intervals and open ends', () => {
    expect(formatEdtf(en, '../2022-10-10')).to.deep.equal({
      text: 'on or before 10\u00a0Oct 2022',
      datetime: '2022-10-10',
    });
    expect(formatEdtf(ru, '2023-12-29/..').text).to.match(/^не\u00a0ранее 29\u00a0дек/);
    // The browser's ICU decides the dash's spacing ('29 – 30' in Chromium and Node, '29–30' in WebKit); a space before it never breaks.
    expect(formatEdtf(en, '2023-12-29/2023-12-30').text).to.match(/^29[\u00a0\u202f]?– ?30\u00a0Dec 2023$/);
    expect(formatEdtf(en, '2023-12-29')).to.deep.equal({ text: '29\u00a0Dec 2023', datetime: '2023-12-29' });
  });
});

describe('format: where a line may end in a date or a figure (editorial rule 9)', () => {
  // Where a line may end: at an ordinary space. A no-break space (U+00A0) keeps its neighbours together.
  const breaks = (text: string) => text.split(/[ \u2009]/);
  it('a date keeps its day with its month, its year with "р." or "г.", and a range its dash', () => {
    expect(breaks(formatDate(uk, '2023-12-29'))).to.deep.equal(['29\u00a0грудня', '2023\u00a0р.']);
    expect(breaks(formatDate(ru, '2024-01-01'))).to.deep.equal(['1\u00a0января', '2024\u00a0г.']);
    expect(breaks(formatDate(en, '2022-10-10'))).to.deep.equal(['10\u00a0Oct', '2022']);
    expect(breaks(formatDate(localeFor('en-US'), '2023-12-29'))).to.deep.equal(['Dec\u00a029,', '2023']);
    expect(breaks(formatDate(localeFor('en-US'), '2023-12'))).to.deep.equal(['December', '2023']);
    expect(breaks(formatDate(uk, '2023-12'))).to.deep.equal(['грудень', '2023\u00a0р.']);
    expect(breaks(formatEdtf(ru, '../2022-10-10').text)).to.deep.equal([
      'не\u00a0позднее',
      '10\u00a0октября',
      '2022\u00a0г.',
    ]);
    // A line may end after a range's dash, never before it.
    for (const loc of [en, uk, ru])
      for (const range of ['2023-12-29/2024-01-02', '2023-12-29/2023-12-30', '2023-12/2024-01-15'])
        expect(
          breaks(formatEdtf(loc, range).text).some((w) => w.startsWith('–')),
          `${loc.lang} ${range}`,
        ).to.equal(false);
  });
  it('a short preposition stays with its number; a number and its noun may part, rather than the noun be cut', () => {
    expect(breaks(countText(uk, 'killed', { n: 41 }, 'at-least'))).to.deep.equal(['щонайменше', '41', 'загиблий']);
    expect(breaks(countText(uk, 'injured', { n: 20 }, 'up-to'))).to.deep.equal(['до\u00a020', 'поранених']);
    expect(breaks(countText(ru, 'killed', { n: 21 }, 'at-least'))).to.deep.equal(['не\u00a0менее', '21', 'погибшего']);
  });
});

describe('format: a month after "on or before" or "on or after" (editorial rule 9)', () => {
  it('takes the case a day would give it: "не пізніше січня 2024 р.", not "січень"', () => {
    expect(formatEdtf(uk, '../2024-01').text).to.equal('не\u00a0пізніше січня 2024\u00a0р.');
    expect(formatEdtf(ru, '2023-12/..').text).to.equal('не\u00a0ранее декабря 2023\u00a0г.');
    expect(formatEdtf(en, '../2024-01').text).to.equal('on or before Jan 2024');
    expect(formatEdtf(localeFor('en-US'), '2023-12/..').text).to.equal('on or after Dec 2023');
  });
});

describe('format: sources and links', () => {
  it('only http(s) URLs become links, however disguised the others are', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '/relative/path',
      '//evil.example/x',
      'example.org',
      '',
      undefined,
    ]) {
      expect(safeUrl(bad), String(bad)).to.equal(undefined);
    }
    expect(safeUrl('https://example.org/a?b=1')).to.equal('https://example.org/a?b=1');
    expect(safeUrl('HTTP://EXAMPLE.ORG')).to.equal('http://example.org/');
  });
  it('names the outlet, the date and the wires it carried, and invents no link', () => {
    const s = phraseSource(en, ds, 'abc-news-au-2024-01-23')!;
    expect(s).to.include({ outlet: 'ABC News (Australia)', date: '23\u00a0Jan 2024', via: 'via AP and Reuters' });
    expect(s.url).to.equal(undefined);
    expect(phraseSource(uk, ds, 'abc-news-au-2024-01-23')!.via).to.equal('за матеріалами AP і Reuters');
  });
});

describe('format: relations', () => {
  it('"Retaliation for" the Kerch Bridge attack, claimed by Putin', () => {
    const r = relatedEvents(ds, '2022-10-10-missile-strikes')[0]!;
    const p = phraseRelation(en, ds, r);
    expect(p).to.include({ label: 'Retaliation for', who: 'claimed by Vladimir Putin' });
    expect(p.headline.text).to.equal('Attack on the Kerch Bridge to Crimea');
    expect(p.date.text, 'the reports bound the date, no more').to.equal('on or before 10\u00a0Oct 2022');
  });
  it('read from the other side', () => {
    const r = relatedEvents(ds, 'kerch-bridge-attack')[0]!;
    expect(phraseRelation(en, ds, r).label).to.equal('Followed by retaliation');
    expect(phraseRelation(uk, ds, r).who).to.equal('твердження: Володимир Путін');
  });
  it('a link only denied says who denied it and claims nothing', () => {
    const r = relatedEvents(ds, '2024-01-23-kyiv-kharkiv-missile-strikes').find(
      (x) => x.event.id === '2024-01-21-donetsk-shelling',
    )!;
    const p = phraseRelation(en, ds, r);
    expect(p.who, 'no "claimed by"').to.equal('denied by Dmitry Peskov');
  });
});

describe('format: strings', () => {
  afterEach(() => resetStrings());

  /** Every leaf of a strings object, by dotted path. */
  const leaves = (value: unknown, path = ''): Record<string, string> =>
    typeof value === 'string'
      ? { [path]: value }
      : (Object.assign(
          {},
          ...Object.entries(value as object).map(([k, v]) => leaves(v, path ? `${path}.${k}` : k)),
        ) as Record<string, string>);
  const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(' ');

  for (const lang of ['uk', 'ru'] as const) {
    it(`${lang} has every UI string English has, none empty, with the same placeholders`, () => {
      const base = leaves(stringsFor('en'));
      const other = leaves(stringsFor(lang));
      for (const [key, value] of Object.entries(base)) {
        if (/\.(few|many)$/.test(key)) continue;
        expect(other[key], `${lang}: ${key}`).to.be.a('string').and.not.empty;
        expect(placeholders(other[key]!), `${lang}: placeholders of ${key}`).to.equal(placeholders(value));
      }
    });
    it(`${lang} labels after a number have one, few and many forms`, () => {
      const all = leaves(stringsFor(lang));
      const counted = (k: string) => /^(metric|munitionMetric|total)\./.test(k) && k.endsWith('.one');
      for (const key of Object.keys(all).filter(counted)) {
        const stem = key.slice(0, -4);
        expect(all[`${stem}.few`], `${lang}: ${stem}.few`).to.be.a('string');
        expect(all[`${stem}.many`], `${lang}: ${stem}.many`).to.be.a('string');
      }
    });
  }

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('at least {n} {what}', { n: 3 })).to.equal('at least 3 {what}');
  });
  it('setStrings overrides one language, deeply, and resetStrings restores it', () => {
    setStrings('uk', { noFigure: 'Немає даних', qualifier: { 'at-least': 'не менше ніж {n}' } });
    expect(stringsFor('uk').noFigure).to.equal('Немає даних');
    expect(qualified(localeFor('uk'), { n: 3 }, 'at-least')).to.equal('не менше ніж 3');
    expect(qualified(localeFor('uk'), { n: 3 }, 'about')).to.equal('близько 3');
    expect(stringsFor('en').noFigure).to.equal('No figure reported');
    resetStrings();
    expect(stringsFor('uk').noFigure).to.equal('Даних не повідомлялося');
  });
  it('refuses, with a warning, an override that drops a placeholder, so a publisher cannot strip attribution', () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      setStrings('en', {
        according: 'per our count',
        noFigure: 'Nothing yet',
        qualifier: { 'at-least': 'no fewer than' },
      });
    } finally {
      console.warn = warn;
    }
    expect(stringsFor('en').according, 'the claimant stays').to.equal('according to {claimant}');
    expect(stringsFor('en').qualifier['at-least'], 'the number stays').to.equal('at least {n}');
    expect(stringsFor('en').noFigure, 'an override with no placeholder to keep applies').to.equal('Nothing yet');
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.include('“en.according” leaves out {claimant}');
    expect(warnings[1]).to.include('“en.qualifier.at-least” leaves out {n}');
    setStrings('en', { according: 'as {claimant} has it' });
    expect(stringsFor('en').according, 'a rewording that keeps the placeholder applies').to.equal(
      'as {claimant} has it',
    );
  });
  it('ignores overrides for languages and keys it does not know', () => {
    setStrings('de' as Lang, { noFigure: 'Keine Angabe' });
    setStrings('en', { notAKey: 'x' } as never);
    expect(stringsFor('en')).to.not.have.property('notAKey');
  });
});

describe('format: error messages in the reader’s language', () => {
  it('each message, with its values filled in, and the valid values after it', () => {
    const valid = (loc: typeof en, values: string) => fill(loc.strings.errorValid, { values });
    expect(
      `${ru.strings.errorTitle} ${errorMessage(ru, 'invalid-attribute', { name: 'metric', value: 'dead' })}`,
    ).to.equal('Не удалось показать этот виджет «dead» — недопустимое значение атрибута «metric».');
    expect(valid(ru, 'killed, injured')).to.equal('Допустимые значения: killed, injured.');
    expect(errorMessage(uk, 'invalid-attribute', { name: 'metric', value: 'dead' })).to.equal(
      '«dead» — неприпустиме значення атрибута «metric».',
    );
    expect(`${uk.strings.errorTitle} ${errorMessage(uk, 'missing-attribute', { name: 'from' })}`).to.equal(
      'Не вдалося показати цей віджет Бракує атрибута «from».',
    );
    expect(errorMessage(ru, 'unknown-event', { id: 'nope' })).to.equal('В этом наборе данных нет события «nope».');
    expect(errorMessage(uk, 'unknown-quote', { id: 'nope' })).to.equal('У цьому наборі даних немає цитати «nope».');
    expect(errorMessage(en, 'unknown-event', { id: 'nope' })).to.equal('There is no event “nope” in this dataset.');
  });
});

describe('localeFor: resolved once per tag', () => {
  afterEach(() => resetStrings());

  it('gives the same locale for the same tag, and a new one once the strings change', () => {
    const first = localeFor('uk-UA');
    expect(localeFor('uk-UA')).to.equal(first);
    expect(localeFor('en')).not.to.equal(first);
    setStrings('uk', { loading: 'Зачекайте…' });
    const after = localeFor('uk-UA');
    expect(after).not.to.equal(first);
    expect(after.strings.loading).to.equal('Зачекайте…');
    expect(after.tag).to.equal('uk-UA');
  });
});
