import { expect, fixtureSync, html } from '@open-wc/testing';
import { mountAll } from '../kit/mount.js';
import '../../src/index.js';
import { seedDataset } from '../../src/data/seed/index.js';
import { registerDataset, unregisterDataset } from '../../src/data/registry.js';
import { definedTags, settle } from './support.js';
import { shadowText } from '../helpers.js';

/** Every bidi formatting character: embeddings, overrides, isolates, their closers, and the implicit marks. */
const CONTROLS = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];
const hex = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The embedded dataset with `control` appended, unterminated, to every place, party and person name. */
function withControl(control: string): unknown {
  const d = structuredClone(seedDataset) as unknown as Record<
    string,
    { name: string; i18n?: Record<string, { name?: string }> }[]
  >;
  for (const list of [d['places']!, d['parties']!, d['persons']!]) {
    for (const r of list) {
      r.name += control;
      for (const t of Object.values(r.i18n ?? {})) if (t.name) t.name += control;
    }
  }
  return d;
}

const WIDGETS: [string, Record<string, string>][] = [
  ['strike-card', { event: '2024-01-23-kyiv-kharkiv-missile-strikes' }],
  ['strike-card', { event: '2023-12-29-aerial-bombardment' }],
  ['casualty-counter', { event: '2024-01-23-kyiv-kharkiv-missile-strikes', metric: 'injured', place: 'kharkiv' }],
  ['casualty-counter', { event: '2023-12-29-aerial-bombardment', metric: 'killed' }],
  ['claim-compare', { event: '2023-12-29-aerial-bombardment' }],
  ['strike-timeline', { from: '2022-10-10-missile-strikes' }],
  ['quote-block', { quote: seedDataset.quotes[0]!.id }],
];

const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** The nearest ancestor laid out as a block (or other non-inline box): the bidi paragraph the text belongs to. */
function blockOf(node: Text): Element | null {
  let el = node.parentElement;
  while (el && /^(inline|contents)$/.test(getComputedStyle(el).display)) el = el.parentElement;
  return el;
}

/**
 * Characters laid out against their logical order: in this left-to-right text, any two consecutive characters of
 * one text node on one line must stand left to right. Text inside an isolate (data, which may order itself as it
 * likes) is left out; only what surrounds it is checked.
 */
function reordered(root: ShadowRoot): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.closest('style')) continue;
    // Text is reordered only within its paragraph (its block): one with no bidi control in it cannot be.
    if (!BIDI_CONTROL.test(blockOf(node)?.textContent ?? node.data)) continue;
    const text = node.data;
    let depth = 0;
    let previous: { ch: string; rect: DOMRect } | undefined;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (ch >= '\u2066' && ch <= '\u2068') depth += 1;
      if (ch === '\u2069' && depth > 0) {
        depth -= 1;
        continue;
      }
      if (depth || /[\s\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/.test(ch)) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getBoundingClientRect();
      if (!rect.width) continue;
      if (previous && Math.abs(previous.rect.top - rect.top) < 2 && rect.left < previous.rect.left - 0.5) {
        found.push(
          `"${previous.ch}" then "${ch}" in "${text.replace(/[\u2066-\u2069\u202A-\u202E\u200E\u200F\u061C]/g, (c) => `<${hex(c)}>`)}"`,
        );
      }
      previous = { ch, rect };
    }
  }
  return found;
}

describe('bidi: no data text can reorder the text that follows it', () => {
  afterEach(() => unregisterDataset('bidi'));

  for (const control of CONTROLS) {
    it(`${hex(control)} left open at the end of every name: numbers and words after it keep their order`, async () => {
      registerDataset('bidi', withControl(control));
      // Every widget in both languages at once, then one settle: the same checks, without a wait per widget.
      const specs = ['en', 'uk'].flatMap((lang) =>
        WIDGETS.filter(([t]) => definedTags().includes(t)).map(
          ([tag, attrs]) => [tag, { ...attrs, 'dataset-id': 'bidi', lang }] as const,
        ),
      );
      const { host, widgets } = await mountAll(specs, 'width: 900px');
      await settle();
      const problems: string[] = [];
      for (const [i, el] of widgets.entries()) {
        const [tag, { lang }] = specs[i]!;
        expect(shadowText(el), `<${tag}> renders`).to.not.include('could not be shown');
        problems.push(...reordered(el.shadowRoot!).map((p) => `<${tag}> ${lang}: ${p}`));
      }
      host.remove();
      expect(problems.slice(0, 5)).to.deep.equal([]);
    });
  }

  it('the check sees a reordering: the same text with the override left open in the page', () => {
    const host = fixtureSync(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.append(`Kharkiv\u202E: 48 injured`);
    expect(reordered(root)).to.not.deep.equal([]);
  });
});
