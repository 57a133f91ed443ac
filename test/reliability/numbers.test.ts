import '../../src/format/locales/all.js';
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { LANGS, METRICS, MUNITIONS, QUALIFIERS } from '../../src/data/model.js';
import type { Figure, FigureValue } from '../../src/data/model.js';
import { seedDataset } from '../../src/data/seed/index.js';
import { formatValue, localeFor, metricLabel, phraseFigure, qualified } from '../../src/format/phrase.js';
import { registerDataset, unregisterDataset } from '../../src/data/registry.js';

const RUNS = 2000;
/** Every number in a text, read back: grouping spaces, commas and non-breaking spaces removed. */
const numbersIn = (s: string) => (s.replace(/(\d)[\s\u00a0\u202f,](?=\d{3}\b)/g, '$1').match(/\d+/g) ?? []).map(Number);

const value: fc.Arbitrary<FigureValue> = fc.oneof(
  fc.constantFrom(0, 1, 2, 5, 21, 1_000_000_000).map((n) => ({ n })),
  fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => ({ n })),
  fc
    .tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }))
    .map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) })),
  fc
    .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }))
    .map(([a, b, c]) => {
      const [low, best, high] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
      return { low, high, best };
    }),
);

describe('numbers: formatting never turns a claim into a different claim', () => {
  it(`${RUNS} generated figures in three languages: the stated numbers read back exactly, never NaN or undefined`, () => {
    const base = seedDataset.figures[0]!;
    fc.assert(
      fc.property(
        value,
        fc.constantFrom(...QUALIFIERS),
        fc.constantFrom(...METRICS),
        fc.constantFrom(...MUNITIONS),
        fc.constantFrom(...LANGS),
        (v, qualifier, metric, munition, lang) => {
          const figure: Figure = { ...base, value: v, qualifier, metric, munition };
          const loc = localeFor(lang);
          const p = phraseFigure(loc, seedDataset, figure);
          const expected =
            'n' in v
              ? [v.n]
              : [v.low, ...(v.low === v.high ? [] : [v.high]), ...(v.best === undefined ? [] : [v.best])];
          expect(numbersIn(p.text), `${p.text} for ${JSON.stringify(v)}`).to.deep.equal(expected);
          expect(`${p.text} ${p.attribution}`).to.not.match(/NaN|undefined|null|Infinity|\{\w+\}/);
          const label = metricLabel(loc, metric, v, munition, qualifier);
          expect(label.trim()).to.not.equal('');
          expect(p.text).to.include(label);
          if (qualifier !== 'exactly') expect(qualified(loc, v, qualifier)).to.not.equal(formatValue(loc, v));
        },
      ),
      { numRuns: RUNS, seed: 141022 },
    );
  });

  it('zero, one and a billion, with "about" and "up to", read right in every language in an element', async () => {
    const figures = [
      { n: 0, qualifier: 'exactly', expect: { en: '0 killed', uk: '0 загиблих', ru: '0 погибших' } },
      {
        n: 1,
        qualifier: 'about',
        expect: { en: 'about 1 killed', uk: 'близько 1 загиблого', ru: 'около 1 погибшего' },
      },
      {
        n: 1_000_000_000,
        qualifier: 'up-to',
        expect: { en: 'up to 1,000,000,000 killed', uk: 'до 1 000 000 000 загиблих', ru: 'до 1 000 000 000 погибших' },
      },
    ] as const;
    for (const f of figures) {
      const data = structuredClone(seedDataset);
      data.figures = data.figures.filter((x) => !(x.event === '2022-10-10-missile-strikes' && x.metric === 'killed'));
      data.figures.push({ ...seedDataset.figures[0]!, value: { n: f.n }, qualifier: f.qualifier });
      registerDataset('numbers', data);
      for (const lang of LANGS) {
        const el = await fixture(
          html`<casualty-counter dataset-id="numbers" event="2022-10-10-missile-strikes" lang=${lang}></casualty-counter>`,
        );
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const text = el.shadowRoot!.textContent.replace(/[\s\u00a0\u202f]+/g, ' ');
        expect(text, lang).to.include(f.expect[lang]);
      }
    }
    unregisterDataset('numbers');
  });

  it('a missing value is "No figure reported", never a zero, in every language', async () => {
    const words = { en: 'No figure reported', uk: 'Даних не повідомлялося', ru: 'Данных не сообщалось' };
    for (const lang of LANGS) {
      const el = await fixture(
        html`<casualty-counter event="2024-01-01-new-year-drone-attack" lang=${lang}></casualty-counter>`,
      );
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const figureText = [...el.shadowRoot!.querySelectorAll('.figure')].map((n) => n.textContent).join('');
      expect(el.shadowRoot!.textContent).to.include(words[lang]);
      expect(figureText, 'no number is shown').to.not.match(/\d/);
    }
  });
});
