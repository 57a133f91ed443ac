/**
 * What every element must do, run by each element's test file with its own attributes: accessible in every
 * language and theme, a visible and accessible error with the publisher's fallback kept beside it, the fallback
 * shown until the element upgrades, the colour scheme followed, the attribute rules every element shares
 * (theme, dataset-id, and heading-level and variant where it has them), and the heading level it is asked for.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { LANGS } from '../../src/data/model.js';
import { StrikeWidgetElement, defineElement } from '../../src/elements/base.js';
import type { StrikeWidgetsErrorDetail } from '../../src/elements/base.js';
import { stringsFor } from '../../src/format/strings.js';
import { emulateMedia } from '../engine.js';
import { mount, mountAll, shadowText } from './mount.js';
import type { Widget } from './mount.js';

export interface Conformance {
  /** The element's tag. */
  tag: string;
  /** Its class, to define under another tag for the upgrade check. */
  ctor: CustomElementConstructor;
  /** Attributes that render it with content. */
  attrs: Record<string, string>;
  /** A selector for that content in its shadow root. */
  content: string;
  /** Attributes that make it fail, and the error code. */
  failing: { attrs: Record<string, string>; code: StrikeWidgetsErrorDetail['code'] };
  /** Prepares a rendering before it is checked (e.g. opens a disclosure, so what it hides is checked too). */
  prepare?: (el: Widget) => void | Promise<void>;
  /**
   * Other renderings checked for accessibility in every language and theme too (other events, variants, states,
   * widths): attributes, and the style of the wrapper.
   */
  also?: [attrs: Record<string, string>, style?: string][];
  /** The attribute naming what it shows, and what that is: missing, empty or unknown, it says so. */
  names: { attribute: 'event' | 'from' | 'quote'; kind: 'event' | 'quote' };
  /** Attributes of another rendering with content: what it shows once changed while out of the page. */
  other: Record<string, string>;
  /** It has `heading-level`: its headings follow it. */
  headingLevel?: boolean;
  /** It has `metric`. */
  metric?: boolean;
  /** It has `variant` (full, compact). */
  variant?: boolean;
}

const FALLBACK = 'The publisher’s own words for readers without JavaScript.';

/** An element of `tag` with the fallback paragraph inside it, rendered with these attributes. */
async function withFallback(
  tag: string,
  attrs: Record<string, string>,
): Promise<{ el: Widget; fallback: HTMLElement }> {
  const wrapper = fixtureSync(html`<div></div>`);
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const fallback = document.createElement('p');
  fallback.textContent = FALLBACK;
  el.append(fallback);
  wrapper.append(el);
  if ('updateComplete' in el) await el.updateComplete;
  return { el, fallback };
}

/** Collects `strike-widgets-error` events on the document while `run` runs. */
async function withErrors<T>(run: (errors: StrikeWidgetsErrorDetail[]) => Promise<T>): Promise<T> {
  const errors: StrikeWidgetsErrorDetail[] = [];
  const listen = (e: Event) => errors.push((e as CustomEvent<StrikeWidgetsErrorDetail>).detail);
  document.addEventListener('strike-widgets-error', listen);
  try {
    return await run(errors);
  } finally {
    document.removeEventListener('strike-widgets-error', listen);
  }
}

const invalid = (name: string, value: string, valid: string) =>
  [
    { [name]: value },
    'invalid-attribute',
    `“${value}” is not a valid value for “${name}”. Valid values: ${valid}.`,
  ] as const;

/** The bad values of the attributes every element shares (and of heading-level and variant, where it has them). */
function sharedBadInput(c: Conformance): (readonly [Record<string, string>, string, string])[] {
  return [
    invalid('theme', 'blue', 'light, dark'),
    [{ 'dataset-id': 'no-such-dataset' }, 'dataset-not-found', 'There is no dataset “no-such-dataset” on this page.'],
    // Exactly one digit 1–6: Lit's Number conversion would take every one of these but 0 and 7.
    ...(c.headingLevel
      ? ['0', '7', 'two', '2.0', '3.0', '0x2', '2e0', ' 2'].map((v) => invalid('heading-level', v, '1, 2, 3, 4, 5, 6'))
      : []),
    ...(c.variant ? ['wide', 'tiny'].map((v) => invalid('variant', v, 'full, compact')) : []),
    ...(c.metric
      ? [
          invalid(
            'metric',
            'dead',
            'killed, injured, children-killed, children-injured, launched, intercepted, attacks, buildings-damaged',
          ),
        ]
      : []),
  ];
}

/** What it shows, missing, empty or unknown (with no other attribute). */
function namingBadInput({ names: { attribute, kind } }: Conformance): [Record<string, string>, string, string][] {
  const missing = `The “${attribute}” attribute is missing.`;
  return [
    [{}, 'missing-attribute', missing],
    [{ [attribute]: ' ' }, 'missing-attribute', missing],
    [{ [attribute]: `no-such-${kind}` }, `unknown-${kind}`, `There is no ${kind} “no-such-${kind}” in this dataset.`],
  ];
}

/** Each case: one `strike-widgets-error` event with its code and English message, shown visibly, and no content. */
async function expectRejected(
  c: Conformance,
  cases: (readonly [Record<string, string>, string, string])[],
): Promise<void> {
  // A missing dataset is reported at once, not after the wait for one registered late.
  const grace = StrikeWidgetElement.datasetGraceMs;
  StrikeWidgetElement.datasetGraceMs = 0;
  try {
    for (const [attrs, code, message] of cases) {
      await withErrors(async (errors) => {
        const el = await mount(c.tag, attrs);
        const what = JSON.stringify(attrs);
        await waitUntil(() => errors.length === 1, `one error event for ${what}`);
        expect(errors[0], what).to.deep.equal({ code, message });
        const box = el.shadowRoot!.querySelector<HTMLElement>('[part~=error]');
        expect(box && box.checkVisibility() && box.getBoundingClientRect().height > 0, what).to.equal(true);
        expect(box!.textContent.replace(/[ \t\n\r\f]+/g, ' ').trim(), what).to.equal(
          `This widget could not be shown ${message}`,
        );
        expect(el.shadowRoot!.querySelector(c.content), what).to.equal(null);
      });
    }
  } finally {
    StrikeWidgetElement.datasetGraceMs = grace;
  }
}

/** The heading levels of a rendering, in document order. */
const levels = (el: Element) => [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName);

/** The conformance suite for one element. */
export function itConforms(c: Conformance): void {
  describe(`<${c.tag}> conforms`, () => {
    before(() => {
      document.documentElement.style.colorScheme = 'light dark';
    });
    after(async () => {
      document.documentElement.style.removeProperty('color-scheme');
      await emulateMedia({ colorScheme: 'light' });
    });

    for (const lang of LANGS) {
      for (const theme of ['light', 'dark'] as const) {
        it(`renders and is accessible in ${lang}, ${theme}${c.also ? `, with ${c.also.length} other renderings` : ''}`, async () => {
          // Every rendering in one container and one axe run over it: axe's start-up, not the widgets, is what
          // takes the time (most of all in Firefox).
          const { host, widgets: renderings } = await mountAll(
            [[c.attrs, ''] as const, ...(c.also ?? [])].map(
              ([attrs, style]) => [c.tag, { ...attrs, lang, theme }, style] as const,
            ),
          );
          const root = renderings[0]!.shadowRoot!;
          expect(root.querySelector('[part~=error]'), 'no error').to.equal(null);
          expect(root.querySelector(c.content), c.content).to.exist;
          expect(root.querySelector('[part~=base]')!.getAttribute('lang')).to.equal(lang);
          for (const rendering of renderings) await c.prepare?.(rendering);
          await expect(host).to.be.accessible();
        });
      }
    }

    it("an error: a visible, accessible message in the reader's language, an event, and the fallback kept beside it", async () => {
      await withErrors(async (errors) => {
        const { el, fallback } = await withFallback(c.tag, { ...c.failing.attrs, lang: 'uk' });
        await waitUntil(() => errors.length > 0, 'an error event');
        expect(errors.map((e) => e.code)).to.deep.equal([c.failing.code]);
        const box = el.shadowRoot!.querySelector<HTMLElement>('[part~=error]')!;
        expect(box.checkVisibility() && box.getBoundingClientRect().height > 0, 'the message is visible').to.equal(
          true,
        );
        const uk = stringsFor('uk');
        expect(box.textContent, 'in Ukrainian').to.include(uk.errorTitle);
        // The event's message is English, for developers; the reader's message, and its hint, are in Ukrainian.
        const [english, hint] = errors[0]!.message.split(' Valid values: ');
        expect(box.textContent, 'the message itself translated').to.not.include(english);
        if (hint) expect(box.textContent, 'the valid values, translated').to.include(uk.errorValid.split('{')[0]);
        expect(el.shadowRoot!.querySelector(c.content), 'no content').to.equal(null);
        expect(fallback.checkVisibility(), 'the fallback stays for readers').to.equal(true);
        await expect(el).to.be.accessible();
      });
    });

    it('rejects a bad theme, dataset-id, heading-level, variant or metric: a visible message, one event, no content', async () => {
      await expectRejected(
        c,
        sharedBadInput(c).map(([attrs, code, message]) => [{ ...c.attrs, ...attrs }, code, message] as const),
      );
    });

    it(`says when its ${c.names.attribute} is missing, empty or unknown: a visible message, one event, no content`, async () => {
      await expectRejected(c, namingBadInput(c));
    });

    it('changed while out of the page, then moved under another language, it shows what a fresh element shows', async () => {
      await withErrors(async (errors) => {
        const el = await mount(c.tag, c.attrs);
        const parent = el.parentElement!;
        el.remove();
        for (const [name, value] of Object.entries(c.other)) el.setAttribute(name, value);
        parent.append(el);
        await el.updateComplete;
        expect(shadowText(el)).to.equal(shadowText(await mount(c.tag, c.other)));
        el.remove();
        const uk = fixtureSync(html`<div lang="uk"></div>`);
        uk.append(el);
        await el.updateComplete;
        const fresh = document.createElement(c.tag) as Widget;
        for (const [name, value] of Object.entries(c.other)) fresh.setAttribute(name, value);
        uk.append(fresh);
        await fresh.updateComplete;
        expect(shadowText(el), 'in Ukrainian').to.equal(shadowText(fresh));
        expect(el.shadowRoot!.querySelectorAll('.root'), 'rendered once').to.have.length(1);
        expect(errors).to.deep.equal([]);
      });
    });

    if (c.headingLevel)
      it('puts its heading at the level asked for, and its own sub-headings below it, never past h6', async () => {
        // The depth of each heading below the element's own, read from a rendering at the default level, 3.
        const depths = levels(await mount(c.tag, c.attrs)).map((h) => Number(h[1]) - 3);
        expect(depths[0], 'its own heading comes first').to.equal(0);
        const expected = (level: number) => depths.map((d) => `h${Math.min(level + d, 6)}`);
        for (const level of [1, 2, 4, 5, 6]) {
          const el = await mount(c.tag, { ...c.attrs, 'heading-level': String(level) });
          expect(levels(el), `heading-level ${level}`).to.deep.equal(expected(level));
          expect(el.shadowRoot!.querySelector('[part~=heading]')!.localName).to.equal(`h${level}`);
        }
        const live = await mount<Widget & { headingLevel: number }>(c.tag, { ...c.attrs, 'heading-level': '5' });
        live.headingLevel = 1;
        await live.updateComplete;
        expect(levels(live), 'the property').to.deep.equal(expected(1));
        live.removeAttribute('heading-level');
        await live.updateComplete;
        expect(levels(live), 'back to the default').to.deep.equal(expected(3));
        expect(shadowText(live)).to.not.include('could not be shown');
      });

    it('shows its fallback until it upgrades, then hides it and keeps it in the light DOM', async () => {
      const tag = `${c.tag}-conformance-${Math.random().toString(36).slice(2, 8)}`;
      const { el, fallback } = await withFallback(tag, c.attrs);
      expect(fallback.checkVisibility(), 'fallback shows before upgrade').to.equal(true);
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(defineElement(tag, class extends (c.ctor as unknown as typeof HTMLElement) {}), 'defined').to.equal(true);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector(c.content), c.content).to.exist;
      expect(fallback.checkVisibility(), 'fallback hidden once rendered').to.equal(false);
      expect(fallback.getBoundingClientRect().height).to.equal(0);
      expect(el.querySelector('p')).to.equal(fallback);
    });

    it('on a page that supports both schemes, follows prefers-color-scheme (and is accessible so); an explicit theme wins over it', async () => {
      const background = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor;
      const [dark, light] = ['rgb(23, 24, 27)', 'rgb(255, 255, 255)'];
      await emulateMedia({ colorScheme: 'dark' });
      const preferred = await mount(c.tag, c.attrs);
      expect(background(preferred)).to.equal(dark);
      await c.prepare?.(preferred);
      await expect(preferred).to.be.accessible();
      expect(background(await mount(c.tag, { ...c.attrs, theme: 'light' }))).to.equal(light);
      await emulateMedia({ colorScheme: 'light' });
      expect(background(await mount(c.tag, { ...c.attrs, theme: 'dark' }))).to.equal(dark);
      expect(background(preferred)).to.equal(light);
    });
  });
}
