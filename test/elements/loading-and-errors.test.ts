import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { StrikeWidgetElement } from '../../src/elements/base.js';
import type { StrikeWidgetsErrorDetail } from '../../src/elements/base.js';
import { registerDataset, unregisterDataset } from '../../src/data/registry.js';
import { nearestId } from '../../src/elements/hints.js';

/**
 * A dataset registered after the element (fetch, then register) shows loading and the publisher's fallback, not an
 * error, until the page has loaded plus a grace period; an error keeps the fallback for readers and tells the
 * editor what would be valid.
 */

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
const visible = (node: Element | null | undefined) =>
  !!node && node.checkVisibility() && node.getBoundingClientRect().height > 0;
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`);
const fallbackOf = (el: Element) => el.querySelector('.fallback');

function collect(): { errors: StrikeWidgetsErrorDetail[]; stop: () => void } {
  const errors: StrikeWidgetsErrorDetail[] = [];
  const on = (e: Event) => errors.push((e as CustomEvent<StrikeWidgetsErrorDetail>).detail);
  document.addEventListener('strike-widgets-error', on);
  return { errors, stop: () => document.removeEventListener('strike-widgets-error', on) };
}

async function mount(markup: string) {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = markup; // test markup, no data
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  return el;
}

const FALLBACK = '<span class="fallback">At least 3 injured, according to the city council.</span>';

describe('loading and errors', () => {
  const defaultGrace = StrikeWidgetElement.datasetGraceMs;
  let log: ReturnType<typeof collect>;
  beforeEach(() => {
    log = collect();
  });
  afterEach(() => {
    log.stop();
    StrikeWidgetElement.datasetGraceMs = defaultGrace;
    unregisterDataset('later');
  });

  it('a dataset registered after the element: loading and the fallback until it arrives, then the widget, no error', async () => {
    // The test page loaded moments ago: well within a long grace period.
    StrikeWidgetElement.datasetGraceMs = 60_000;
    const el = await mount(`<strike-card dataset-id="later" event="publisher-event">${FALLBACK}</strike-card>`);
    expect(part(el, 'loading'), 'loading').to.exist;
    expect(visible(fallbackOf(el)), 'fallback visible').to.equal(true);
    await new Promise((r) => setTimeout(r, 300));
    const data: unknown = await fetch('/test/fixtures/mini-dataset.json').then((r) => r.json());
    registerDataset('later', data);
    await waitUntil(() => part(el, 'heading'), 'the card renders');
    expect(text(part(el, 'heading'))).to.equal("A publisher's own event");
    expect(visible(fallbackOf(el)), 'fallback hidden once rendered').to.equal(false);
    expect(log.errors).to.deep.equal([]);
  });

  it('a dataset that never comes: the error once the grace period has passed, the fallback still shown beside it', async () => {
    const loaded = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
    StrikeWidgetElement.datasetGraceMs = performance.now() - loaded + 400;
    const el = await mount(`<strike-card dataset-id="never" event="publisher-event">${FALLBACK}</strike-card>`);
    expect(part(el, 'loading'), 'loading at first').to.exist;
    expect(log.errors).to.deep.equal([]);
    await waitUntil(() => log.errors.length === 1, 'the error after the grace period', { timeout: 3000 });
    expect(log.errors[0]!.code).to.equal('dataset-not-found');
    expect(visible(part(el, 'error')), 'message visible').to.equal(true);
    expect(visible(fallbackOf(el)), 'fallback visible').to.equal(true);
  });

  it('an error keeps the fallback visible, with the message beside it', async () => {
    const el = await mount(`<strike-card event="no-such-event">${FALLBACK}</strike-card>`);
    expect(visible(fallbackOf(el)), 'fallback visible').to.equal(true);
    expect(visible(part(el, 'error')), 'message visible').to.equal(true);
    const slot = part(el, 'fallback')!.querySelector('slot')!;
    expect(slot.assignedElements()).to.deep.equal([fallbackOf(el)]);
  });

  it('without fallback the message stands alone', async () => {
    const el = await mount('<strike-card event="no-such-event"></strike-card>');
    expect(part(el, 'fallback')!.getBoundingClientRect().height).to.equal(0);
    expect(visible(part(el, 'error'))).to.equal(true);
  });

  it('a mistyped event id: the message suggests the nearest one', async () => {
    const el = await mount('<strike-card event="2022-10-10-missile-strike"></strike-card>');
    await waitUntil(() => log.errors.length === 1);
    expect(log.errors[0]!.message).to.equal(
      'There is no event “2022-10-10-missile-strike” in this dataset. Did you mean “2022-10-10-missile-strikes”?',
    );
    expect(text(part(el, 'error'))).to.include('Did you mean “2022-10-10-missile-strikes”?');
  });

  it('a mistyped quote id, in Ukrainian: the suggestion is translated', async () => {
    const el = await mount('<quote-block lang="uk" quote="putin-terorist-action"></quote-block>');
    expect(text(part(el, 'error'))).to.include('Можливо, ви мали на увазі «putin-terrorist-action»?');
  });

  it('an invalid value lists the valid ones', async () => {
    await mount('<strike-card event="2022-10-10-missile-strikes" variant="wide"></strike-card>');
    await waitUntil(() => log.errors.length === 1);
    expect(log.errors[0]!.message).to.equal('“wide” is not a valid value for “variant”. Valid values: full, compact.');
    log.errors.length = 0;
    await mount('<casualty-counter event="2022-10-10-missile-strikes" metric="kiled"></casualty-counter>');
    await waitUntil(() => log.errors.length === 1);
    expect(log.errors[0]!.message).to.match(
      /^“kiled” is not a valid value for “metric”\. Valid values: killed, injured, /,
    );
  });

  it('nearestId: a typo is near, an unrelated id is not', () => {
    expect(nearestId('kiled', ['killed', 'injured'])).to.equal('killed');
    expect(nearestId('2023-12-30-belgorod', ['2023-12-30-belgorod-attack', '2022-10-10-missile-strikes'])).to.equal(
      undefined,
    );
    expect(nearestId('x', [])).to.equal(undefined);
  });
});
