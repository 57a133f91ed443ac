/** Helpers the element tests share. */
import { expect, waitUntil } from '@open-wc/testing';
import { StrikeWidgetElement } from '../src/elements/base.js';
import type { StrikeWidgetsErrorDetail } from '../src/elements/base.js';

export { shadowText } from './kit/mount.js';

/** Names of outlets, wires, weapons and formats that stay in Latin script in every language. */
export const LATIN_NAMES = [
  'Sky News',
  'WION',
  'BBC News',
  'BBC',
  'ABC News (Australia)',
  'ABC News',
  'Australia',
  'The Moscow Times',
  'AP',
  'Reuters',
  'Shahed',
  'Vampire',
  'HTTP',
];

/**
 * Latin-script words in the shadow text of a uk/ru rendering, leaving out text marked `lang="en"` (data kept in
 * English on purpose) and the names above. A UI string left untranslated shows up here.
 */
export function untranslatedWords(el: Element): string[] {
  const root = el.shadowRoot;
  if (!root) return [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest('[lang^="en"]') || parent?.closest('style')) continue;
    text += ` ${node.textContent}`;
  }
  for (const name of LATIN_NAMES) text = text.split(name).join(' ');
  return text.match(/[A-Za-z]{3,}/g) ?? [];
}

/** Collects `strike-widgets-error` events on the document while a test runs. */
export function collectErrors(): { errors: StrikeWidgetsErrorDetail[]; stop: () => void } {
  const errors: StrikeWidgetsErrorDetail[] = [];
  const listener = (e: Event) => errors.push((e as CustomEvent<StrikeWidgetsErrorDetail>).detail);
  document.addEventListener('strike-widgets-error', listener);
  return { errors, stop: () => document.removeEventListener('strike-widgets-error', listener) };
}

/** Every event id of the embedded dataset, for tests that walk them all. */
export { seedDataset } from '../src/data/seed/index.js';

/** A widget with these attributes, rendered (see `mount` in the test kit). */
export { mount as mountWidget } from './kit/mount.js';

/** [what is wrong, the element's attributes, the error code, the English message]. */
export type ErrorCase = [name: string, attrs: Record<string, string>, code: string, message: string];

/**
 * One test per case: the element fires one `strike-widgets-error` event with the code and message, shows the
 * message in its error part, visibly, and none of its content (`content`, a selector in its shadow root).
 */
export function itReportsErrors(
  cases: ErrorCase[],
  make: (attrs: Record<string, string>) => Promise<Element>,
  collected: () => StrikeWidgetsErrorDetail[],
  content: string,
): void {
  // A missing dataset is reported at once, not after the wait for one registered late.
  const grace = StrikeWidgetElement.datasetGraceMs;
  before(() => {
    StrikeWidgetElement.datasetGraceMs = 0;
  });
  after(() => {
    StrikeWidgetElement.datasetGraceMs = grace;
  });
  for (const [name, attrs, code, message] of cases) {
    it(`${name}: a visible message and a ${code} event`, async () => {
      const el = await make(attrs);
      await waitUntil(() => collected().length === 1, 'one error event');
      expect(collected()[0]).to.deep.equal({ code, message });
      const box = el.shadowRoot!.querySelector<HTMLElement>('[part~=error]');
      expect(box && box.checkVisibility() && box.getBoundingClientRect().height > 0, 'the message is visible').to.equal(
        true,
      );
      expect(box!.textContent.replace(/[ \t\n\r\f]+/g, ' ').trim()).to.equal(
        `This widget could not be shown ${message}`,
      );
      expect(el.shadowRoot!.querySelector(content)).to.equal(null);
    });
  }
}

/**
 * For the suite that calls it, the test page declares `color-scheme: light dark`, so widgets follow the reader's
 * `prefers-color-scheme` (on a page that declares nothing they stay light, as the page does).
 */
export function onPageSupportingBothSchemes(): void {
  before(() => {
    document.documentElement.style.colorScheme = 'light dark';
  });
  after(() => {
    document.documentElement.style.removeProperty('color-scheme');
  });
}
