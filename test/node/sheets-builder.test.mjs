// The embed builder's Data tab in Chromium at 1280 and 375 px: drop CSV files, paste two tables as a spreadsheet
// puts them on the clipboard, see problems at their cells, preview a counter on the result, download the dataset
// and get the snippet that loads it with dataset-src. Nothing leaves the page; nothing scrolls sideways.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { importFiles, parseGrid, toTsv } from '../../dist/sheets.js';
import { launchBrowser, open } from './harness.mjs';

const FIXTURES = 'test/fixtures/sheets';
const fixture = (name) => readFileSync(join(FIXTURES, name), 'utf8');
const DROPPED = ['dataset.csv', 'actors.csv', 'places.csv', 'sources.csv', 'quotes.csv'];
/** The events table as Excel puts it on the clipboard: the fixture's cells, tab-separated. */
const EVENTS_PASTE = toTsv(parseGrid(fixture('events.csv'), 'events.csv').grid);
const FIGURES_PASTE = fixture('figures-pasted.tsv');
/** What the command-line import makes of the same tables. */
const expected = importFiles(
  [...DROPPED, 'events.csv']
    .map((name) => ({ name, text: fixture(name) }))
    .concat({ name: 'figures.tsv', text: FIGURES_PASTE }),
).dataset;

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await startServer({ root: 'dist/demo' });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Pastes text into the paste box the way a browser does when a reporter presses Ctrl+V. */
function pasteInto(page, selector, text) {
  return page.$eval(
    selector,
    (box, value) => {
      const data = new DataTransfer();
      data.setData('text/plain', value);
      box.focus();
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    text,
  );
}

const summaryText = (page) => page.$eval('#data-summary', (p) => p.textContent);

for (const width of [1280, 375]) {
  describe(`the Data tab at ${width} px`, () => {
    test('drop files, paste two tables, see problems at their cells, preview a counter, download the dataset', async () => {
      const { page, log } = await open(browser, `${server.url}/builder.html`);
      await page.setViewport({ width, height: 900 });
      const violations = [];
      await page.exposeFunction('__violation', (v) => violations.push(v));
      await page.evaluate(() =>
        document.addEventListener('securitypolicyviolation', (e) => window.__violation(e.violatedDirective)),
      );

      await page.waitForSelector('#tab-data');
      await page.click('#tab-data');
      assert.equal(await page.$eval('#data-panel', (p) => p.hidden), false);
      assert.equal(await page.$eval('#widget-panel', (p) => p.hidden), true);
      await page.waitForFunction(() =>
        /No problems: 12 events/.test(document.getElementById('data-summary').textContent),
      );

      // Empty tables, then the newsroom's files dropped in: the quotes name an event no table has yet.
      await page.click('#data-empty');
      const input = await page.$('#data-files');
      await input.uploadFile(...DROPPED.map((f) => join(FIXTURES, f)));
      await page.waitForFunction(() => /problem/.test(document.getElementById('data-summary').textContent));
      const problems = await page.$$eval('#data-problems li', (items) => items.map((li) => li.textContent));
      assert.ok(
        problems.some((p) =>
          p.startsWith(
            'quotes.csv row 2, column "events": "Drone attack on the port" is not the id or headline of any event',
          ),
        ),
        problems.join('\n'),
      );
      // The problem, clicked, shows its table with the cell marked.
      await page.$$eval('#data-problems a', (links) =>
        links.find((a) => a.textContent.startsWith('quotes.csv row 2')).click(),
      );
      const marked = await page.$$eval('.data-sheet .bad', (cells) =>
        cells.map((c) => [c.dataset.row, c.dataset.column, c.title]),
      );
      assert.ok(
        marked.some(
          ([row, column, title]) => row === '2' && column === 'events' && /Drone attack on the port/.test(title),
        ),
        JSON.stringify(marked),
      );

      // Two tables pasted as the spreadsheet puts them on the clipboard.
      await pasteInto(page, '#data-paste', EVENTS_PASTE);
      await page.waitForFunction(() =>
        /Pasted 1 row into the events table/.test(document.querySelector('#data-panel [role=status]').textContent),
      );
      await pasteInto(page, '#data-paste', FIGURES_PASTE);
      await page.waitForFunction(() =>
        /Pasted 2 rows into the figures table/.test(document.querySelector('#data-panel [role=status]').textContent),
      );
      assert.equal(await summaryText(page), 'No problems: 1 event, 2 figures, 1 quote.');
      const figureCells = await page.$$eval('.data-sheet td', (cells) => cells.map((c) => c.textContent));
      assert.ok(
        figureCells.includes('at least three people\nwere injured'),
        'the pasted table is shown, line break kept',
      );
      assert.equal(await page.$$eval('.data-sheet .bad', (cells) => cells.length), 0);

      // A counter on the result.
      await page.select('#data-widget', 'casualty-counter');
      await page.select('#data-event', '2024-02-01-drone-attack-on-the-port');
      await page.select('#data-metric', 'injured');
      const counter = await page
        .waitForFunction(() => {
          const el = document.querySelector('#data-preview casualty-counter');
          const text = el?.shadowRoot?.querySelector('.root') && el.shadowRoot.textContent.replace(/\s+/g, ' ').trim();
          return text && /City council/.test(text) && text;
        })
        .then((h) => h.jsonValue());
      assert.match(counter, /3/);
      assert.match(counter, /at least/i);
      assert.equal(
        await page.$eval('#data-preview casualty-counter', (el) => el.getAttribute('dataset-id')),
        'builder-data',
      );

      // The dataset to download, and the snippet that loads it.
      const folder = mkdtempSync(join(tmpdir(), 'builder-download-'));
      const cdp = await page.createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder });
      assert.equal(await page.$eval('#data-download', (a) => a.download), 'gazette-strikes.json');
      await page.click('#data-download');
      const file = join(folder, 'gazette-strikes.json');
      for (let waited = 0; !existsSync(file) && waited < 10000; waited += 100)
        await new Promise((r) => setTimeout(r, 100));
      assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), expected);
      const snippet = await page.$eval('#data-snippet', (t) => t.value);
      assert.match(
        snippet,
        /<script type="module" src="[^"]+strike-widgets-[\d.]+\/strike-widgets\.js" integrity="sha384-/,
      );
      assert.match(
        snippet,
        /<casualty-counter dataset-src="[^"]*\/gazette-strikes\.json" event="2024-02-01-drone-attack-on-the-port" metric="injured"><\/casualty-counter>$/,
      );

      // Nothing scrolls sideways, at the top of the tab or at the wide tables.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page scrolls ${overflow}px sideways`);

      // Everything stayed in the page: every request went to the demo's own server, and only for its files.
      const elsewhere = log.requests.filter((url) => !url.startsWith(server.url) && !url.startsWith('blob:'));
      assert.deepEqual(elsewhere, []);
      assert.deepEqual(log.errors, []);
      assert.deepEqual(violations, []);
      await page.close();
    });
  });
}
