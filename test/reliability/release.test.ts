import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { RELEASE_DELAY_MS, clearLoadedDatasets, keepsDataset } from '../../src/data/registry.js';
import { shadowText } from '../helpers.js';
import { echoUrl, miniDataset } from './support.js';

const hits = async (key: string) =>
  ((await (await fetch(`/__test/hits?key=${encodeURIComponent(key)}`)).json()) as { count: number }).count;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pastRelease = () => wait(RELEASE_DELAY_MS + 200);

/** A card reading the publisher's dataset from `src`, in `parent`, once it shows the dataset's event. */
async function card(parent: Element, attrs: Record<string, string>): Promise<HTMLElement> {
  const el = document.createElement('strike-card');
  el.setAttribute('event', 'publisher-event');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  parent.append(el);
  await waitUntil(() => shadowText(el).includes("A publisher's own event"), 'renders the dataset', { timeout: 5000 });
  return el;
}

describe('release: datasets no element uses are let go', () => {
  let page: HTMLElement;
  let key: string;
  let src: string;
  let url: string;
  beforeEach(async () => {
    page = await fixture(html`<div></div>`);
    key = `release-${Math.random()}`;
    src = echoUrl(JSON.stringify(await miniDataset()), key);
    url = new URL(src, location.href).href;
  });
  afterEach(() => clearLoadedDatasets());

  it('a remote dataset leaves the cache when its last element leaves the page; the next element fetches it again', async function () {
    this.timeout(10_000);
    const first = await card(page, { 'dataset-src': src });
    const second = await card(page, { 'dataset-src': src });
    expect(await hits(key), 'one request for both').to.equal(1);
    first.remove();
    await pastRelease();
    expect(keepsDataset(url), 'kept while another element shows it').to.equal(true);
    second.remove();
    expect(keepsDataset(url), 'kept for a moment').to.equal(true);
    await pastRelease();
    expect(keepsDataset(url), 'dropped once no element uses it').to.equal(false);
    await card(page, { 'dataset-src': src });
    expect(await hits(key), 'fetched again by the next element').to.equal(2);
  });

  it('an element moved in the page keeps its dataset: no second request', async function () {
    this.timeout(10_000);
    const el = await card(page, { 'dataset-src': src });
    const elsewhere = document.createElement('section');
    page.append(elsewhere);
    elsewhere.append(el);
    await pastRelease();
    expect(keepsDataset(url)).to.equal(true);
    await card(page, { 'dataset-src': src });
    expect(await hits(key)).to.equal(1);
  });

  it('an element that switches to another file lets go of the first', async function () {
    this.timeout(10_000);
    const el = await card(page, { 'dataset-src': src });
    const other = echoUrl(JSON.stringify(await miniDataset()), `${key}-other`);
    el.setAttribute('dataset-src', other);
    await waitUntil(() => keepsDataset(new URL(other, location.href).href), 'loads the other file');
    await pastRelease();
    expect(keepsDataset(url)).to.equal(false);
    expect(keepsDataset(new URL(other, location.href).href)).to.equal(true);
  });

  it('a parsed inline dataset is let go when its last element leaves, and parsed again for the next', async function () {
    this.timeout(10_000);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = key;
    script.textContent = JSON.stringify(await miniDataset());
    page.append(script);
    const el = await card(page, { 'dataset-id': key });
    expect(keepsDataset(script)).to.equal(true);
    el.remove();
    await pastRelease();
    expect(keepsDataset(script), 'the script stays in the page, its parsed dataset does not').to.equal(false);
    await card(page, { 'dataset-id': key });
    expect(keepsDataset(script)).to.equal(true);
  });
});
