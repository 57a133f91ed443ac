import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '../engine.js';
import '../../src/index.js';
import { registerDataset, unregisterDataset } from '../../src/data/registry.js';
import { dataset } from '../kit/dataset.js';

/**
 * Colour scheme and theming on real pages: the widgets follow the page's declared `color-scheme` (CSS or the meta
 * tag), the reader's preference only where the page supports both, `theme` over all; a publisher who sets only the
 * background never gets unreadable text (contrast computed from what the browser paints).
 */

const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(23, 24, 27)';

const background = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor;

async function mount(tag: string, attrs: Record<string, string>, style = ''): Promise<HTMLElement> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div style=${style}></div>`);
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

const card = (attrs: Record<string, string> = {}, style = '') =>
  mount('strike-card', { event: '2022-10-10-missile-strikes', ...attrs }, style);

/** The page declares its colour scheme in CSS on the root, in a meta tag, or not at all. */
function declare(how: 'css' | 'meta' | 'none', value = ''): () => void {
  if (how === 'css') {
    document.documentElement.style.colorScheme = value;
    return () => document.documentElement.style.removeProperty('color-scheme');
  }
  if (how === 'meta') {
    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = value;
    document.head.append(meta);
    return () => meta.remove();
  }
  return () => {};
}

describe('colour scheme follows the page', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  const cases: [how: 'css' | 'meta' | 'none', value: string, os: 'light' | 'dark', expected: string][] = [
    ['none', '', 'dark', LIGHT],
    ['css', 'light', 'dark', LIGHT],
    ['meta', 'light', 'dark', LIGHT],
    ['css', 'dark', 'light', DARK],
    ['meta', 'dark', 'light', DARK],
    ['css', 'light dark', 'dark', DARK],
    ['css', 'light dark', 'light', LIGHT],
    ['meta', 'light dark', 'dark', DARK],
    ['meta', 'light dark', 'light', LIGHT],
  ];
  for (const [how, value, os, expected] of cases) {
    const page =
      how === 'none' ? 'a page that declares no colour scheme' : `a page with color-scheme "${value}" (${how})`;
    it(`${page}, reader prefers ${os}: ${expected === LIGHT ? 'light' : 'dark'} widgets`, async () => {
      const undo = declare(how, value);
      try {
        await emulateMedia({ colorScheme: os });
        expect(background(await card())).to.equal(expected);
      } finally {
        undo();
      }
    });
  }

  it('a dark section of a light page (color-scheme on an ancestor) gets a dark widget', async () => {
    expect(background(await card({}, 'color-scheme: dark'))).to.equal(DARK);
  });

  it('theme wins over the page and the reader', async () => {
    const undo = declare('css', 'light');
    try {
      await emulateMedia({ colorScheme: 'light' });
      expect(background(await card({ theme: 'dark' }))).to.equal(DARK);
      document.documentElement.style.colorScheme = 'dark';
      await emulateMedia({ colorScheme: 'dark' });
      expect(background(await card({ theme: 'light' }))).to.equal(LIGHT);
    } finally {
      undo();
    }
  });
});

/** sRGB bytes of any CSS colour, as the browser paints it. */
const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
function rgb(color: string): [number, number, number, number] {
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = '#000';
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}
function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}
function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(rgb(a)), luminance(rgb(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Each visible text run in the shadow root: its colour against the first opaque background behind it. */
function worstContrast(el: Element): { ratio: number; text: string } {
  let worst = { ratio: Infinity, text: '' };
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.textContent?.trim() || !parent || parent.closest('style, .sr-only') || !parent.checkVisibility())
      continue;
    let bg = '';
    for (let at: Element | null = parent; at; at = at.parentElement) {
      const color = getComputedStyle(at).backgroundColor;
      if (rgb(color)[3] > 0.99) {
        bg = color;
        break;
      }
    }
    const ratio = contrast(getComputedStyle(parent).color, bg);
    if (ratio < worst.ratio) worst = { ratio, text: node.textContent.trim().slice(0, 40) };
  }
  return worst;
}

describe('partial token overrides stay readable', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('color-scheme');
    await emulateMedia({ colorScheme: 'light' });
  });

  // Brand backgrounds from near-white to near-black, saturated ones, and greys at the black/white crossover.
  const BACKGROUNDS = [
    '#fff8e7',
    '#f0f4ff',
    '#ffcc00',
    '#e4002b',
    '#3a7d44',
    '#0b1f3a',
    '#111111',
    '#767676',
    '#777777',
    '#808080',
  ];
  const WIDGETS: [string, Record<string, string>][] = [
    ['strike-card', { event: '2023-12-29-aerial-bombardment' }],
    ['casualty-counter', { event: '2023-12-29-aerial-bombardment' }],
    ['quote-block', { quote: 'putin-terrorist-action' }],
    ['strike-timeline', { from: '2023-12-30-belgorod-attack' }],
    ['claim-compare', { event: '2023-12-29-aerial-bombardment' }],
  ];

  for (const scheme of ['light', 'dark'] as const) {
    for (const [tag, attrs] of WIDGETS) {
      it(`<${tag}>, only --sw-color-background set, ${scheme} scheme: every text at least 4.5:1`, async () => {
        document.documentElement.style.colorScheme = 'light dark';
        await emulateMedia({ colorScheme: scheme });
        const failures: string[] = [];
        for (const bg of BACKGROUNDS) {
          const el = await mount(tag, attrs, `--sw-color-background: ${bg}`);
          const { ratio, text } = worstContrast(el);
          if (ratio < 4.5) failures.push(`${bg}: ${ratio.toFixed(2)}:1 for "${text}"`);
        }
        expect(failures).to.deep.equal([]);
      });
    }
  }

  it('the defaults, in both schemes, are at least 4.5:1 everywhere', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    for (const scheme of ['light', 'dark'] as const) {
      await emulateMedia({ colorScheme: scheme });
      for (const [tag, attrs] of WIDGETS) {
        const { ratio, text } = worstContrast(await mount(tag, attrs));
        expect(ratio, `<${tag}> ${scheme}: "${text}"`).to.be.at.least(4.5);
      }
    }
  });

  it("the theming page's brand example is readable in both schemes", async () => {
    const brand =
      '--sw-color-background: light-dark(#fff8e7, #1d1a14); --sw-color-accent: light-dark(#8a1c00, #ffb59e); --sw-font-family: Georgia, serif';
    document.documentElement.style.colorScheme = 'light dark';
    for (const scheme of ['light', 'dark'] as const) {
      await emulateMedia({ colorScheme: scheme });
      for (const [tag, attrs] of WIDGETS) {
        const { ratio, text } = worstContrast(await mount(tag, attrs, brand));
        expect(ratio, `<${tag}> ${scheme}: "${text}"`).to.be.at.least(4.5);
      }
    }
  });
});

describe("the widgets' buttons", () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  /** A quote clamped to one line (with its "show the whole quote" button) and a total over 60 events ("show all"). */
  async function withButtons(): Promise<HTMLButtonElement[]> {
    const builder = dataset('buttons');
    for (let i = 0; i < 60; i++) builder.figure({ id: `f${i}`, event: `e${i}`, metric: 'killed', n: 1 });
    registerDataset('buttons', builder.build());
    const quote = await mount('quote-block', { quote: 'putin-terrorist-action', 'max-lines': '1' }, 'width: 120px');
    await waitUntil(() => quote.shadowRoot!.querySelector('[part~=toggle]'), 'the quote overflows one line');
    const ids = Array.from({ length: 60 }, (_, i) => `e${i}`).join(' ');
    const total = await mount('casualty-counter', { 'dataset-id': 'buttons', events: ids, metric: 'killed' });
    await waitUntil(() => total.shadowRoot!.querySelector('[part~=show-all]'), 'the breakdown shows 50 of 60');
    return [quote, total].map((el) =>
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=toggle], [part~=show-all]')!,
    );
  }
  after(() => unregisterDataset('buttons'));

  it('are outlined and at least 24 px tall', async () => {
    for (const button of await withButtons()) {
      const style = getComputedStyle(button);
      const name = button.getAttribute('part');
      expect(button.getBoundingClientRect().height, `${name} height`).to.be.at.least(24);
      expect(style.borderStyle, `${name} outline`).to.equal('solid');
      expect(style.backgroundColor, `${name} background`).to.equal('rgba(0, 0, 0, 0)');
      expect(style.cursor, `${name} cursor`).to.equal('pointer');
    }
  });

  it('are not printed', async () => {
    const onScreen = await withButtons();
    await emulateMedia({ media: 'print' });
    // In print the quote is shown whole, so its button may be gone by now; one still there is not printed.
    const [toggle, showAll] = onScreen;
    expect(showAll!.isConnected, 'show-all stays').to.equal(true);
    for (const button of [toggle!, showAll!].filter((b) => b.isConnected))
      expect(getComputedStyle(button).display, button.getAttribute('part')!).to.equal('none');
  });
});
