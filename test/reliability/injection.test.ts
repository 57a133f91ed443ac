import '../../src/format/locales/all.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { mountAll } from '../kit/mount.js';
import fc from 'fast-check';
import '../../src/index.js';
import { registerDataset, unregisterDataset } from '../../src/data/registry.js';
import { validate } from '../../src/data/validate.js';
import { seedDataset } from '../../src/data/seed/index.js';
import { collectErrors } from '../helpers.js';
import { localeFor, localized } from '../../src/format/phrase.js';
import { definedTags, hostileDataset, hostileString, PAYLOADS, settle } from './support.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const RUNS = 30;
const eventIds = seedDataset.events.map((e) => e.id);
const quoteIds = seedDataset.quotes.map((q) => q.id);

/** The widgets one sample renders, all reading the hostile dataset. */
function widgets(event: string, quote: string) {
  const all: [string, Record<string, string>][] = [
    ['strike-card', { event }],
    ['strike-card', { event, variant: 'compact' }],
    ['casualty-counter', { event, metric: 'killed' }],
    ['casualty-counter', { events: eventIds.join(' '), metric: 'injured' }],
    ['quote-block', { quote }],
    ['strike-timeline', { from: event }],
    ['claim-compare', { event }],
  ];
  return all.filter(([tag]) => definedTags().includes(tag));
}

/** Elements that a payload could have smuggled in; our templates create none of them. */
const SMUGGLED =
  'img, svg, script, iframe, object, embed, style:not([data-lit]) ~ style, [onerror], [onload], [onmouseover], a[href^="javascript" i]';

describe('injection: hostile strings in every text field of a valid dataset', () => {
  let errors: ReturnType<typeof collectErrors>;
  const pageErrors: string[] = [];
  const onError = (e: ErrorEvent) => pageErrors.push(e.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));
  beforeEach(() => {
    errors = collectErrors();
    delete window.__pwned;
  });
  afterEach(() => {
    errors.stop();
    unregisterDataset('hostile');
  });

  it(`renders ${RUNS} generated datasets in every element: no exception, no script runs, text shows as text`, async function () {
    // 210 renderings of 10,000-character strings: about 20 s on a busy two-core machine.
    this.timeout(120_000);
    await fc.assert(
      fc.asyncProperty(
        fc.array(hostileString, { minLength: 3, maxLength: 12 }),
        fc.constantFrom(...eventIds),
        fc.constantFrom(...quoteIds),
        fc.constantFrom('en', 'uk', 'ru'),
        async (strings, eventId, quoteId, lang) => {
          const data = hostileDataset(strings);
          expect(validate(data), 'the generated dataset satisfies the contract').to.deep.equal([]);
          registerDataset('hostile', data);
          const event = data.events.find((e) => e.id === eventId)!;
          const quote = data.quotes.find((q) => q.id === quoteId)!;
          // Every element at once, then one settle: the same checks as one by one, in a fifth of the time.
          const shown = widgets(eventId, quoteId);
          const { host, widgets: rendered } = await mountAll(
            shown.map(([tag, attrs]) => [tag, { 'dataset-id': 'hostile', lang, ...attrs }] as const),
          );
          await settle();
          for (const [i, el] of rendered.entries()) {
            const tagName = shown[i]![0];
            const root = el.shadowRoot!;
            expect(root.querySelector('[part~=error]'), `<${tagName}> rendered`).to.equal(null);
            expect(root.querySelector(SMUGGLED), `<${tagName}>: no element came from the data`).to.equal(null);
            const text = root.textContent ?? '';
            if (tagName === 'strike-card') {
              const headline = localized(localeFor(lang), event, 'headline').text;
              expect(text.includes(headline), 'the headline shows as text').to.equal(true);
            }
            if (tagName === 'quote-block') {
              for (const p of quote.text.split('\n\n'))
                expect(text.includes(p), 'the quote shows as text').to.equal(true);
            }
          }
          host.remove();
          expect(window.__pwned, 'no payload ran').to.equal(undefined);
          expect(errors.errors.filter((e) => e.code === 'render-failed')).to.deep.equal([]);
          expect(pageErrors).to.deep.equal([]);
        },
      ),
      { numRuns: RUNS, seed: 20241230, endOnFailure: true, includeErrorInReport: true },
    );
  });

  it('a hostile id in an attribute shows in the error message as text, and runs nothing', async () => {
    for (const payload of PAYLOADS) {
      const el = await fixture(html`<strike-card></strike-card>`);
      el.setAttribute('event', payload);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await settle();
      expect(el.shadowRoot!.querySelector('[part~=error]')!.textContent).to.include(payload.trim().slice(0, 20));
      expect(el.shadowRoot!.querySelector(SMUGGLED)).to.equal(null);
      el.remove();
    }
    expect(window.__pwned).to.equal(undefined);
  });

  it('the trap works: the same payload put into the page as HTML does run', async () => {
    const trap = document.createElement('div');
    trap.innerHTML = PAYLOADS[0]!; // the test's own constant, to prove the trap can fire
    document.body.append(trap);
    // A loaded engine can take longer than `settle` to report the broken image: wait for the trap itself.
    await waitUntil(() => window.__pwned === 1, 'the payload never ran', { timeout: 5000 }).catch(() => undefined);
    trap.remove();
    expect(window.__pwned).to.equal(1);
  });
});
