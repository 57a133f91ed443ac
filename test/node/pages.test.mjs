// A plain HTML page with only the script tag and the elements, served by a static server: with the embedded
// dataset and a publisher's inline and remote datasets, under a strict CSP, inside a hostile theme, with the
// bundle included twice, and with the elements in the page before the script arrives.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { STRICT_CSP } from '../../scripts/serve.mjs';
import { launchBrowser, open, serveRepo, widgetSummaries, widgetsRendered, WIDGETS } from './harness.mjs';

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await serveRepo();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a test page and waits for every widget to render. */
async function load(name) {
  const opened = await open(browser, `${server.url}/test/pages/${name}`);
  await widgetsRendered(opened.page);
  return opened;
}

describe('a plain page with the script tag, under a strict CSP', () => {
  let opened;
  before(async () => {
    opened = await load('plain.html');
  });
  after(() => opened?.page.close());

  test('is served with the strict policy', async () => {
    const response = await fetch(`${server.url}/test/pages/plain.html`);
    assert.equal(response.headers.get('content-security-policy'), STRICT_CSP);
  });

  test('renders every element, from the embedded, inline and remote datasets, with no error', async () => {
    const widgets = await widgetSummaries(opened.page);
    assert.equal(widgets.length, 8);
    assert.deepEqual(widgets.filter((w) => w.error), []);
    const text = widgets.map((w) => w.text).join('\n');
    assert.match(text, /at least 14 killed/);
    assert.match(text, /according to Ukraine's National Police/);
    assert.match(text, /не менее 62 погибших/);
    assert.match(text, /They want panic and chaos/);
    assert.match(text, /at least 3 injured/, 'the inline publisher dataset');
    assert.match(text, /A publisher's own event/, 'the remote publisher dataset');
  });

  test('causes zero securitypolicyviolation events and no page error', async () => {
    assert.deepEqual(await opened.page.evaluate(() => window.__violations), []);
    assert.deepEqual(await opened.page.evaluate(() => window.__errors), []);
    assert.deepEqual(opened.log.errors, []);
    assert.deepEqual(opened.log.failed, []);
    assert.deepEqual(await opened.page.evaluate(() => window.__widgetErrors), []);
  });

  test('requests nothing from any host but the page’s own, and sets no cookie or storage', async () => {
    const origin = new URL(server.url).origin;
    assert.deepEqual(opened.log.requests.filter((r) => new URL(r).origin !== origin), []);
    const storage = await opened.page.evaluate(() => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
    }));
    assert.deepEqual(storage, { cookie: '', local: 0, session: 0 });
  });

  test('fetches the remote dataset once', () => {
    assert.equal(opened.log.requests.filter((r) => r.endsWith('/test/fixtures/mini-dataset.json')).length, 1);
  });

  test('adds one JSON-LD block per element with structured-data, and updates it, with zero violations', async () => {
    const blocks = () =>
      opened.page.evaluate(() =>
        [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => ({
          inHead: s.parentNode === document.head,
          for: s.dataset.strikeWidgetsFor,
          data: JSON.parse(s.textContent),
        })),
      );
    const before = await blocks();
    assert.deepEqual(before.map((b) => [b.inHead, b.for.replace(/\d+$/, 'N'), b.data['@type']]), [
      [true, 'strike-card-N', 'Event'],
      [true, 'quote-block-N', 'Quotation'],
    ]);
    assert.match(JSON.stringify(before[0].data), /"text":"at least 14 killed","author":\{"@type":"Organization","name":"Ukraine's National Police"\}/);
    // A change of language rewrites the block in place: still no Trusted Types violation.
    await opened.page.evaluate(async () => {
      const card = document.querySelector('strike-card[structured-data]');
      card.setAttribute('lang', 'uk');
      await card.updateComplete;
    });
    const after = await blocks();
    assert.equal(after.length, 2);
    assert.equal(after[0].data.inLanguage, 'uk');
    assert.deepEqual(await opened.page.evaluate(() => window.__violations), []);
  });
});

describe('a hostile theme', () => {
  /** Computed styles of every element inside every widget's shadow root. */
  const styles = (page) =>
    page.evaluate((selector) => {
      const props = [
        'color', 'background-color', 'font-size', 'font-family', 'font-weight', 'font-style', 'font-variant-caps',
        'line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'text-align', 'text-decoration-line',
        'margin-top', 'margin-left', 'padding-top', 'padding-left', 'border-top-width', 'display', 'visibility',
        'list-style-type', 'quotes', 'pointer-events', 'width',
      ];
      return [...document.querySelectorAll(selector)].map((el) =>
        [...el.shadowRoot.querySelectorAll('*')]
          .filter((node) => node.localName !== 'style')
          .map((node) => `${node.localName}.${node.className}: ${props.map((p) => getComputedStyle(node).getPropertyValue(p)).join(' | ')}`),
      );
    }, WIDGETS);

  test('renders the shadow content exactly as on a clean page (computed styles compared)', async () => {
    const clean = await load('plain.html');
    const hostile = await load('hostile.html');
    await clean.page.setViewport({ width: 1000, height: 800 });
    await hostile.page.setViewport({ width: 1000, height: 800 });
    // The host box may be restyled by the page (margins, borders); widths inside are compared at the same host width.
    const fixWidth = (page) =>
      page.evaluate((selector) => document.querySelectorAll(selector).forEach((el) => (el.style.cssText = 'width: 600px; box-sizing: content-box; padding: 0; border: 0')), WIDGETS);
    await fixWidth(clean.page);
    await fixWidth(hostile.page);
    const [a, b] = [await styles(clean.page), await styles(hostile.page)];
    assert.equal(a.length, b.length);
    for (let i = 0; i < a.length; i++) assert.deepEqual(b[i], a[i], `widget ${i}`);
    const hostileColor = await hostile.page.evaluate(() => getComputedStyle(document.querySelector('h1')).color);
    assert.equal(hostileColor, 'rgb(255, 0, 0)', 'the hostile theme is in force on the page itself');
    await clean.page.close();
    await hostile.page.close();
  });
});

describe('the bundle twice', () => {
  test('from two URLs: nothing throws, one warning per tag, every element renders', async () => {
    const { page, log } = await load('twice.html');
    assert.deepEqual(await page.evaluate(() => window.__errors), []);
    assert.deepEqual(log.errors, []);
    const widgets = await widgetSummaries(page);
    assert.equal(widgets.length, 8);
    assert.deepEqual(widgets.filter((w) => w.error), []);
    const redefined = log.warnings.filter((w) => /already defined by strike-widgets/.test(w));
    assert.equal(redefined.length, 5, redefined.join('\n'));
    assert.ok(log.requests.some((r) => r.includes('/copy/strike-widgets.js')), 'the second copy was loaded');
    await page.close();
  });
  test('the two copies share one registry: data registered through one serves elements of the other', async () => {
    const { page } = await load('twice.html');
    const text = await page.evaluate(async () => {
      const second = await import('/copy/strike-widgets.js');
      const data = await (await fetch('/test/fixtures/mini-dataset.json')).json();
      const problems = second.registerDataset('shared-between-copies', data);
      const el = document.createElement('strike-card');
      el.setAttribute('dataset-id', 'shared-between-copies');
      el.setAttribute('event', 'publisher-event');
      document.body.append(el);
      await el.updateComplete;
      return { problems, defined: customElements.get('strike-card') === second.StrikeCard, text: el.shadowRoot.textContent };
    });
    assert.deepEqual(text.problems, []);
    assert.equal(text.defined, false, 'the element class is the first copy’s');
    assert.match(text.text, /A publisher's own event/);
    await page.close();
  });
  test('from one URL twice: the module runs once, with no warning', async () => {
    const { page, log } = await open(browser, `${server.url}/test/pages/plain.html`);
    await widgetsRendered(page);
    await page.evaluate(() => import('/dist/strike-widgets.js'));
    assert.deepEqual(log.warnings.filter((w) => /already defined/.test(w)), []);
    await page.close();
  });
});

describe('elements that were in the page before the script loaded', () => {
  test('upgrade when the script arrives, and their fallback shows until then', async () => {
    const { page } = await open(browser, `${server.url}/test/pages/late.html`);
    const before = await page.evaluate(() => ({
      upgraded: !!document.querySelector('strike-card').shadowRoot,
      fallback: document.querySelector('strike-card p').getBoundingClientRect().height > 0,
    }));
    assert.deepEqual(before, { upgraded: false, fallback: true });
    await widgetsRendered(page);
    const widgets = await widgetSummaries(page);
    assert.deepEqual(widgets.filter((w) => w.error), []);
    assert.equal(await page.evaluate(() => document.querySelector('strike-card p').getBoundingClientRect().height), 0);
    await page.close();
  });
});
