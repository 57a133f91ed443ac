// The demo `npm start` serves: the article page and the embed builder, under the strict CSP.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { startServer } from '../../scripts/serve.mjs';
import { launchBrowser, open, widgetSummaries, widgetsRendered } from './harness.mjs';

let browser;
let server;
/** Another origin, standing for a blogger's site: a blank page, no CSP. */
let elsewhere;
before(async () => {
  browser = await launchBrowser();
  server = await startServer({ root: 'dist/demo' });
  elsewhere = await startServer({
    csp: null,
    routes: { '/blank.html': (req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Blank</title>') },
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
  await elsewhere?.close();
});

describe('the demo article', () => {
  test('renders every widget with no error and no CSP violation', async () => {
    const { page, log } = await open(browser, `${server.url}/index.html`);
    const violations = [];
    await page.exposeFunction('__violation', (v) => violations.push(v));
    await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => window.__violation(e.violatedDirective)));
    await widgetsRendered(page);
    const widgets = await widgetSummaries(page);
    assert.ok(widgets.length >= 7, `${widgets.length} widgets`);
    assert.deepEqual(widgets.filter((w) => w.error), []);
    assert.ok(widgets.some((w) => /Дані різняться|загибл/.test(w.text) || /Russian/.test(w.text)));
    // The no-JavaScript view is a sandboxed frame: its scripts being blocked is the point of it.
    assert.deepEqual(log.errors.filter((e) => !/frame is sandboxed and the 'allow-scripts' permission is not set/.test(e)), []);
    assert.deepEqual(log.failed, []);
    assert.deepEqual(violations, []);
    await page.close();
  });

  test('shows the article without JavaScript in a sandboxed frame: the publisher’s fallback, no widget', async () => {
    const { page } = await open(browser, `${server.url}/index.html`);
    const frameHandle = await page.waitForSelector('iframe.no-js');
    await frameHandle.evaluate((f) => f.scrollIntoView());
    const frame = await frameHandle.contentFrame();
    await frame.waitForSelector('strike-card p');
    const seen = await frame.evaluate(() => ({
      upgraded: [...document.querySelectorAll('strike-card, casualty-counter, quote-block')].some((el) => el.shadowRoot),
      fallback: document.querySelector('casualty-counter p').textContent,
    }));
    assert.equal(seen.upgraded, false);
    assert.match(seen.fallback, /41 civilians killed, according to WION/);
    await page.close();
  });

  test('follows the page-wide dark switch', async () => {
    const { page } = await open(browser, `${server.url}/index.html`);
    await widgetsRendered(page);
    await page.click('#page-theme');
    const themes = await page.evaluate(() => [...document.querySelectorAll('.article > strike-card')].map((el) => el.getAttribute('theme')));
    assert.deepEqual([...new Set(themes)], ['dark']);
    await page.close();
  });
});

describe('the embed builder', () => {
  const cases = [
    { element: 'quote-block', quote: 'klitschko-day-of-mourning', lang: 'uk', theme: 'dark' },
    { element: 'casualty-counter', event: '2023-12-30-belgorod-attack', metric: 'injured', lang: 'ru' },
    { element: 'strike-card', event: '2024-01-23-kyiv-kharkiv-missile-strikes', variant: 'compact', lang: 'en' },
    { element: 'strike-timeline', event: '2023-12-30-belgorod-attack', lang: 'uk' },
    { element: 'claim-compare', event: '2023-12-29-aerial-bombardment', metric: 'killed', lang: 'en' },
  ];
  for (const choice of cases) {
    test(`a pasted ${choice.element} snippet renders in a blank page what the preview showed`, async () => {
      const { page } = await open(browser, `${server.url}/builder.html`);
      await page.waitForFunction(() => document.getElementById('snippet').value.includes('<script'));
      for (const [name, value] of Object.entries(choice)) await page.select(`select[name=${name}]`, value);
      const previewText = () =>
        page.waitForFunction(() => {
          const el = document.querySelector('#preview > *');
          return el?.shadowRoot?.querySelector('.root') && el.shadowRoot.textContent.replace(/\s+/g, ' ').trim();
        }).then((h) => h.jsonValue());
      const shown = await previewText();
      const snippet = await page.$eval('#snippet', (t) => t.value);
      assert.match(snippet, new RegExp(`<${choice.element} [^>]*></${choice.element}>$`));
      assert.match(snippet, /src="http:\/\/127\.0\.0\.1:\d+\/strike-widgets-\d+\.\d+\.\d+\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"/);

      const blank = await browser.newPage();
      await blank.goto(`${elsewhere.url}/blank.html`);
      await blank.setContent(`<!doctype html><html><head><meta charset="utf-8"></head><body>${snippet}</body></html>`);
      const pasted = await blank
        .waitForFunction((tag) => {
          const el = document.querySelector(tag);
          return el?.shadowRoot?.querySelector('.root') && el.shadowRoot.textContent.replace(/\s+/g, ' ').trim();
        }, { timeout: 15000 }, choice.element)
        .then((h) => h.jsonValue());
      assert.equal(pasted, shown);
      await blank.close();
      await page.close();
    });
  }

  test("the snippet's integrity hash is the bundle's", () => {
    const info = JSON.parse(readFileSync('dist/demo/embed.json', 'utf8'));
    const bundle = readFileSync(`dist/demo/${info.file}`);
    assert.equal(info.integrity, `sha384-${createHash('sha384').update(bundle).digest('base64')}`);
    assert.equal(info.file, `strike-widgets-${JSON.parse(readFileSync('package.json', 'utf8')).version}.js`);
  });
});
