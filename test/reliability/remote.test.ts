import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import {
  DEFAULT_LOAD_OPTIONS,
  FIRST_RETRY_MS,
  MAX_CACHED_BYTES,
  cachedBytes,
  clearLoadedDatasets,
  loadDataset,
  setLoadOptions,
} from '../../src/data/registry.js';
import type { StrikeWidgetElement } from '../../src/elements/base.js';
import { collectErrors } from '../helpers.js';
import { echoUrl, miniDataset } from './support.js';

const state = (el: Element) =>
  !el.shadowRoot?.querySelector('.root')
    ? 'pending'
    : el.shadowRoot.querySelector('[aria-busy=true]')
      ? 'loading'
      : el.shadowRoot.querySelector('[part~=error]')
        ? 'error'
        : 'rendered';
const hits = async (key: string) =>
  ((await (await fetch(`/__test/hits?key=${encodeURIComponent(key)}`)).json()) as { count: number }).count;

async function one(src: string) {
  const el = fixtureSync(html`<strike-card dataset-src=${src} event="publisher-event"><p>Fallback</p></strike-card>`);
  await waitUntil(() => state(el) === 'error' || state(el) === 'rendered', 'settles', { timeout: 8000 });
  return el;
}

describe('remote data: every way a server can fail', () => {
  let errors: ReturnType<typeof collectErrors>;
  beforeEach(() => {
    errors = collectErrors();
  });
  afterEach(() => {
    errors.stop();
    clearLoadedDatasets();
    setLoadOptions(DEFAULT_LOAD_OPTIONS);
  });

  for (const status of [404, 500, 403]) {
    it(`HTTP ${status}: "could not be loaded (HTTP ${status})"`, async () => {
      const el = await one(`/__test/status?code=${status}&key=s${status}`);
      expect(state(el)).to.equal('error');
      expect(el.shadowRoot!.textContent).to.include(`The dataset could not be loaded (HTTP ${status}).`);
      expect(errors.errors[0]).to.include({ code: 'dataset-load-failed' });
    });
  }

  it('a slow response: the fallback shows while it loads, then the widget renders', async () => {
    const data = JSON.stringify(await miniDataset());
    const el = fixtureSync<StrikeWidgetElement>(
      html`<strike-card dataset-src=${`/__test/slow?ms=600&b=${echoUrl(data).split('&b=')[1]}`} event="publisher-event"><p>Fallback</p></strike-card>`,
    );
    await el.updateComplete;
    expect(state(el)).to.equal('loading');
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('Fallback');
    expect(el.shadowRoot!.querySelector('[role=status]'), 'a status for assistive technology').to.not.equal(null);
    await waitUntil(() => state(el) === 'rendered', 'renders', { timeout: 5000 });
    expect(el.shadowRoot!.textContent).to.include("A publisher's own event");
  });

  it('a response that is not JSON', async () => {
    const el = await one(echoUrl('<html>Not found</html>', 'html'));
    expect(errors.errors[0]).to.include({ code: 'invalid-dataset' });
    expect(el.shadowRoot!.textContent).to.include('The dataset is not valid.');
  });

  it('a response over the size cap, with a Content-Length', async () => {
    setLoadOptions({ maxBytes: 10_000 });
    const el = await one('/__test/big?bytes=50000&declared=1&key=big1');
    expect(el.shadowRoot!.textContent).to.include('could not be loaded (> 10000 B)');
  });

  it('a response over the size cap, streamed without a Content-Length', async () => {
    setLoadOptions({ maxBytes: 100_000 });
    const el = await one('/__test/big?bytes=3000000&key=big2');
    expect(el.shadowRoot!.textContent).to.include('could not be loaded (> 100000 B)');
  });

  it('a server that never answers: a timeout, not a spinner forever', async () => {
    setLoadOptions({ timeoutMs: 400 });
    const started = performance.now();
    const el = await one('/__test/hang?key=hang');
    expect(el.shadowRoot!.textContent).to.include('could not be loaded (400 ms)');
    expect(performance.now() - started).to.be.below(4000);
  });

  it('a host that cannot be reached', async () => {
    const el = await one('http://127.0.0.1:9/strikes.json');
    expect(el.shadowRoot!.textContent).to.include('could not be loaded (network)');
  });

  it('the same URL used by 100 elements: one request, and each element renders', async () => {
    const data = JSON.stringify(await miniDataset());
    const key = `shared-${Math.random()}`;
    const url = echoUrl(data, key);
    const container = await fixture(
      html`<div>${Array.from({ length: 100 }, () => html`<casualty-counter dataset-src=${url} event="publisher-event" metric="injured"></casualty-counter>`)}</div>`,
    );
    const all = [...container.children];
    await waitUntil(() => all.every((el) => state(el) === 'rendered'), 'all rendered', { timeout: 8000 });
    expect(await hits(key)).to.equal(1);
    expect(all.every((el) => el.shadowRoot!.textContent.includes('at least 3 injured'))).to.equal(true);
  });

  it('a failing URL used by 100 elements: one request, one clear state per element, one warning', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const key = `fail-${Math.random()}`;
      const container = await fixture(
        html`<div>${Array.from({ length: 100 }, () => html`<quote-block dataset-src=${`/__test/status?code=500&key=${key}`} quote="x"></quote-block>`)}</div>`,
      );
      const all = [...container.children];
      await waitUntil(() => all.every((el) => state(el) === 'error'), 'all show the error', { timeout: 8000 });
      expect(await hits(key)).to.equal(1);
      expect(errors.errors.length).to.equal(100);
      expect(warnings.filter((w) => w.includes('HTTP 500'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });
});

describe('remote data: a good HTTP client', () => {
  afterEach(() => {
    clearLoadedDatasets();
    setLoadOptions(DEFAULT_LOAD_OPTIONS);
  });

  for (const [what, query] of [
    ['a 503', 'status=503'],
    ['a timeout', 'status=200'],
  ] as const) {
    it(`${what} is tried again, after a wait, when an element next needs the dataset`, async function () {
      this.timeout(20_000);
      const data = JSON.stringify(await miniDataset());
      const key = `flaky-${Math.random()}`;
      const b = echoUrl(data).split('&b=')[1];
      if (what === 'a timeout') setLoadOptions({ timeoutMs: 300 });
      const src =
        what === 'a timeout'
          ? `/__test/slow?ms=${2000}&key=${key}&b=${b}`
          : `/__test/flaky?${query}&fail=1&key=${key}&b=${b}`;
      const first = await one(src);
      expect(state(first)).to.equal('error');
      // Within the wait, another element gets the same failure without a request.
      expect(state(await one(src))).to.equal('error');
      expect(await hits(key)).to.equal(1);
      await new Promise((r) => setTimeout(r, FIRST_RETRY_MS + 100));
      setLoadOptions(DEFAULT_LOAD_OPTIONS);
      first.setAttribute('lang', 'en-GB');
      await waitUntil(() => state(first) === 'rendered', 'the first element renders after the retry', {
        timeout: 8000,
      });
      expect(await hits(key)).to.equal(2);
    });
  }

  it('a 404 stays an error: no request again, however often elements need it', async () => {
    const key = `gone-${Math.random()}`;
    const el = await one(`/__test/status?code=404&key=${key}`);
    await new Promise((r) => setTimeout(r, FIRST_RETRY_MS + 100));
    el.setAttribute('lang', 'en-GB');
    await one(`/__test/status?code=404&key=${key}`);
    expect(state(el)).to.equal('error');
    expect(await hits(key)).to.equal(1);
  });

  it('twenty cache-busted polls of a 1 MB file: the cache keeps no more than its byte limit', async function () {
    this.timeout(60_000);
    for (let i = 0; i < 20; i++) {
      const result = await loadDataset(new URL(`/__test/padded?kb=1024&key=poll-${i}`, location.href).href);
      expect(result).to.have.property('dataset');
    }
    expect(cachedBytes()).to.be.at.most(MAX_CACHED_BYTES);
    expect(cachedBytes()).to.be.above(MAX_CACHED_BYTES / 2);
  });
});
