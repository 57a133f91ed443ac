// The demo `npm start` serves: the article page and the embed builder, under the strict CSP.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
    routes: {
      '/blank.html': (req, res) =>
        res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Blank</title>'),
    },
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
    await page.evaluate(() =>
      document.addEventListener('securitypolicyviolation', (e) => window.__violation(e.violatedDirective)),
    );
    await widgetsRendered(page);
    const widgets = await widgetSummaries(page);
    assert.ok(widgets.length >= 7, `${widgets.length} widgets`);
    assert.deepEqual(
      widgets.filter((w) => w.error),
      [],
    );
    assert.ok(widgets.some((w) => /Дані різняться|загибл/.test(w.text) || /Russian/.test(w.text)));
    // The no-JavaScript view is a sandboxed frame: its scripts being blocked is the point of it.
    assert.deepEqual(
      log.errors.filter((e) => !/frame is sandboxed and the 'allow-scripts' permission is not set/.test(e)),
      [],
    );
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
      upgraded: [...document.querySelectorAll('strike-card, casualty-counter, quote-block')].some(
        (el) => el.shadowRoot,
      ),
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
    const themes = await page.evaluate(() =>
      [...document.querySelectorAll('.article > strike-card')].map((el) => el.getAttribute('theme')),
    );
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
      await page.waitForFunction(() => document.querySelector('#preview > *'));
      await page.type('input[name=base]', server.url);
      await page.waitForFunction(() => document.getElementById('snippet').value.includes('<script'));
      for (const [name, value] of Object.entries(choice)) await page.select(`select[name=${name}]`, value);
      await page.waitForFunction(
        (el) => document.getElementById('snippet').value.includes(`</${el}>`),
        {},
        choice.element,
      );
      const previewText = () =>
        page
          .waitForFunction(() => {
            const el = document.querySelector('#preview > *');
            return el?.shadowRoot?.querySelector('.root') && el.shadowRoot.textContent.replace(/\s+/g, ' ').trim();
          })
          .then((h) => h.jsonValue());
      const shown = await previewText();
      const snippet = await page.$eval('#snippet', (t) => t.value);
      // The fallback: one line of the widget's own text, no block element a CMS could split.
      const fallback = snippet.match(new RegExp(`<${choice.element} [^>]*>([^<\\n]+)</${choice.element}>$`))?.[1];
      assert.ok(fallback && fallback.length > 20, `fallback text in ${snippet}`);
      const words = (t) =>
        t
          .replace(/&[a-z]+;/g, ' ')
          .split(/[\s.,:;—–()«»“”]+/)
          .filter((w) => w.length > 3);
      assert.ok(
        words(fallback).every((w) => shown.includes(w)),
        `every word of "${fallback}" is the widget's own`,
      );
      assert.match(
        snippet,
        /src="http:\/\/127\.0\.0\.1:\d+\/strike-widgets-\d+\.\d+\.\d+\/strike-widgets\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"/,
      );
      // A widget in Ukrainian or Russian: its language's entry too, after the bundle's tag, so that it arrives with it.
      const languageTags = [
        ...snippet.matchAll(
          /<script type="module" src="[^"]+\/strike-widgets(-uk|-ru)?\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous">/g,
        ),
      ].map((m) => m[1] ?? '');
      assert.deepEqual(languageTags, choice.lang === 'en' ? [''] : ['', `-${choice.lang}`]);

      const blank = await browser.newPage();
      await blank.goto(`${elsewhere.url}/blank.html`);
      await blank.setContent(`<!doctype html><html><head><meta charset="utf-8"></head><body>${snippet}</body></html>`);
      const pasted = await blank
        .waitForFunction(
          (tag) => {
            const el = document.querySelector(tag);
            return el?.shadowRoot?.querySelector('.root') && el.shadowRoot.textContent.replace(/\s+/g, ' ').trim();
          },
          { timeout: 15000 },
          choice.element,
        )
        .then((h) => h.jsonValue());
      assert.equal(pasted, shown);
      await blank.close();
      await page.close();
    });
  }

  test('the host is required and never this machine by default; a local one is warned about', async () => {
    const { page } = await open(browser, `${server.url}/builder.html`);
    await page.waitForFunction(() => document.querySelector('#preview > *')?.shadowRoot?.querySelector('.root'));
    const state = () =>
      page.evaluate(() => ({
        host: document.querySelector('input[name=base]').value,
        required: document.querySelector('input[name=base]').required,
        snippet: document.getElementById('snippet').value,
        copyDisabled: document.getElementById('copy').disabled,
        note: document.getElementById('host-note').textContent,
      }));
    const empty = await state();
    assert.deepEqual([empty.host, empty.required, empty.snippet, empty.copyDisabled], ['', true, '', true]);
    assert.match(empty.note, /Enter the address/);
    await page.type('input[name=base]', 'https://cdn.example.org/js/');
    await page.waitForFunction(() => document.getElementById('snippet').value.includes('<script'));
    const filled = await state();
    assert.match(
      filled.snippet,
      /^<script type="module" src="https:\/\/cdn\.example\.org\/js\/strike-widgets-\d+\.\d+\.\d+\/strike-widgets\.js"/,
    );
    assert.equal(filled.copyDisabled, false);
    assert.equal(filled.note, '');
    await page.$eval('input[name=base]', (i) => (i.value = ''));
    await page.type('input[name=base]', 'http://localhost:8080');
    await page.waitForFunction(() => /only on this computer/.test(document.getElementById('host-note').textContent));
    await page.close();
  });

  test('offers only events and metrics the dataset has, and opens on a figure', async () => {
    const { page } = await open(browser, `${server.url}/builder.html`);
    await page.waitForFunction(() => document.querySelector('#preview > *'));
    const data = JSON.parse(readFileSync('dist/strike-dataset.json', 'utf8'));
    const reported = (event) => new Set(data.figures.filter((f) => f.event === event).map((f) => f.metric));
    for (const element of ['casualty-counter', 'claim-compare']) {
      await page.select('select[name=element]', element);
      const events = await page.$$eval('select[name=event] option', (o) => o.map((x) => x.value));
      assert.ok(events.length > 0);
      for (const event of events.slice(0, 4)) {
        await page.select('select[name=event]', event);
        const metrics = await page.$$eval('select[name=metric] option', (o) => o.map((x) => x.value));
        assert.ok(metrics.length > 0, event);
        assert.deepEqual(
          metrics.filter((m) => !reported(event).has(m)),
          [],
          `${event} offers only its metrics`,
        );
      }
    }
    await page.reload();
    await page.waitForFunction(() => document.querySelector('#preview > *'));
    await page.select('select[name=element]', 'casualty-counter');
    const text = await page
      .waitForFunction(() => {
        const el = document.querySelector('#preview > casualty-counter');
        return el?.shadowRoot?.querySelector('.root') && el.shadowRoot.textContent;
      })
      .then((h) => h.jsonValue());
    assert.doesNotMatch(text, /No figure reported/);
    await page.close();
  });

  for (const width of [375, 1280]) {
    test(`at ${width} px the builder never scrolls sideways and every control fits`, async () => {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.goto(`${server.url}/builder.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('#preview > *'));
      await page.type('input[name=base]', 'https://cdn.example.org/js');
      for (const element of ['strike-card', 'quote-block', 'casualty-counter']) {
        await page.select('select[name=element]', element);
        await page.waitForFunction(() => document.getElementById('snippet').value.includes('</'));
        const overflow = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          controls: [...document.querySelectorAll('select, input, textarea, button, #preview')]
            .filter((c) => c.getClientRects().length)
            .filter((c) => c.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
            .map((c) => c.name || c.id),
        }));
        assert.deepEqual(overflow, { page: 0, controls: [] }, `${element} at ${width} px`);
      }
      await page.screenshot({ path: `${tmpdir()}/builder-${width}.png`, fullPage: true }).catch(() => {});
      await page.close();
    });
  }

  test("the snippet's integrity hashes are the bundle's and each language entry's", () => {
    const info = JSON.parse(readFileSync('dist/demo/embed.json', 'utf8'));
    const hashOf = (file) =>
      `sha384-${createHash('sha384')
        .update(readFileSync(`dist/demo/${file}`))
        .digest('base64')}`;
    const folder = `strike-widgets-${JSON.parse(readFileSync('package.json', 'utf8')).version}`;
    assert.equal(info.file, `${folder}/strike-widgets.js`);
    assert.equal(info.integrity, hashOf(info.file));
    for (const lang of ['uk', 'ru']) {
      assert.equal(info.languages[lang].file, `${folder}/strike-widgets-${lang}.js`);
      assert.equal(info.languages[lang].integrity, hashOf(info.languages[lang].file));
    }
  });
});
