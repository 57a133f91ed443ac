// A plain HTML page with only the script tag and the elements, served by a static server: with the embedded
// dataset and a publisher's inline and remote datasets, under a strict CSP, inside a hostile theme, with the
// bundle included twice, and with the elements in the page before the script arrives. Every test runs in each
// engine (BROWSERS chooses).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { STRICT_CSP } from '../../scripts/serve.mjs';
import { checkDataset } from '../../dist/lib/data/index.js';
import {
  ENGINES,
  engineBrowser,
  open,
  serveRepo,
  widgetSummaries,
  widgetsRendered,
  WIDGETS,
  WITHOUT_TRUSTED_TYPES_CSP,
} from '../node/harness.mjs';

/** The chunk that reads a page's own data, as the bundle mounted at /no-chunk/ asks for it: a server that fails to send it. */
const publisherDataChunk = readdirSync('dist/strike-widgets').find((f) => f.startsWith('publisher-data-'));
const NO_VALIDATOR_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>A remote dataset, when the validator cannot be fetched</title>
  <script src="/test/pages/probe.js"></script>
  <script type="module" src="/no-chunk/strike-widgets.js"></script>
</head>
<body>
  <strike-card dataset-src="/test/fixtures/mini-dataset.json" event="publisher-event"><p>The publisher's own text.</p></strike-card>
  <strike-card event="2022-10-10-missile-strikes" variant="compact"></strike-card>
</body>
</html>`;

/** The bundle mounted at /slow-language/ sends its Ukrainian 2 s late, as a slow server would. */
const ukrainianChunk = readdirSync('dist/strike-widgets').find((f) => f.startsWith('uk-'));
const SLOW_LANGUAGE_PAGE = `<!doctype html>
<html lang="uk">
<head>
  <meta charset="utf-8">
  <title>A widget whose language arrives late</title>
  <script src="/test/pages/probe.js"></script>
  <script type="module" src="/slow-language/strike-widgets.js"></script>
</head>
<body>
  <strike-card event="2022-10-10-missile-strikes"><p>Російські удари 10 жовтня 2022 року.</p></strike-card>
</body>
</html>`;

/**
 * The Ukrainian page of ukrainian-one-load.html with its language's tag and then the bundle's, from /slow-language/
 * (which sends Ukrainian 2 s late).
 */
const twoTagsPage = () =>
  readFileSync('test/pages/ukrainian-one-load.html', 'utf8').replace(
    '<script type="module" src="/dist/strike-widgets-uk.js" blocking="render"></script>',
    '<script type="module" src="/slow-language/strike-widgets-uk.js" blocking="render"></script>\n' +
      '  <script type="module" src="/slow-language/strike-widgets.js" blocking="render"></script>',
  );

let server;
before(async () => {
  server = await serveRepo({
    mounts: { '/copy/': 'dist', '/no-chunk/': 'dist', '/slow-language/': 'dist' },
    routes: {
      '/test/pages/no-validator.html': (req, res) =>
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(NO_VALIDATOR_PAGE),
      [`/no-chunk/strike-widgets/${publisherDataChunk}`]: (req, res) => res.writeHead(503).end(),
      '/test/pages/ukrainian-two-tags.html': (req, res) =>
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(twoTagsPage()),
      '/test/pages/slow-language.html': (req, res) =>
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(SLOW_LANGUAGE_PAGE),
      [`/slow-language/strike-widgets/${ukrainianChunk}`]: (req, res) =>
        setTimeout(
          () =>
            res
              .writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' })
              .end(readFileSync(`dist/strike-widgets/${ukrainianChunk}`)),
          2000,
        ),
    },
  });
});
after(() => server?.close());

for (const engine of ENGINES)
  describe(engine, () => {
    let browser;
    before(async () => {
      browser = await engineBrowser(engine);
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
        assert.deepEqual(
          widgets.filter((w) => w.error),
          [],
        );
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
        const log = await opened.logs();
        assert.deepEqual(log.errors, []);
        assert.deepEqual(log.failed, []);
        assert.deepEqual(await opened.page.evaluate(() => window.__widgetErrors), []);
      });

      test('requests nothing from any host but the page’s own, and sets no cookie or storage', async () => {
        const origin = new URL(server.url).origin;
        const log = await opened.logs();
        assert.ok(
          log.requests.some((r) => r.endsWith('/dist/strike-widgets.js')),
          'the requests are seen',
        );
        // data: URLs (a font Chromium may load for itself) reach no host.
        assert.deepEqual(
          log.requests.filter((r) => !r.startsWith('data:') && new URL(r).origin !== origin),
          [],
        );
        const storage = await opened.page.evaluate(() => ({
          cookie: document.cookie,
          local: localStorage.length,
          session: sessionStorage.length,
        }));
        assert.deepEqual(storage, { cookie: '', local: 0, session: 0 });
      });

      test('fetches the remote dataset once', async () => {
        assert.equal(
          (await opened.logs()).requests.filter((r) => r.endsWith('/test/fixtures/mini-dataset.json')).length,
          1,
        );
      });

      test('adds one JSON-LD block per element with structured-data, and updates it, with zero violations', async () => {
        const blocks = () =>
          opened.page
            .evaluate(() =>
              [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => ({
                inHead: s.parentNode === document.head,
                for: s.dataset.strikeWidgetsFor,
                text: s.textContent,
              })),
            )
            .then((found) => found.map(({ text, ...block }) => ({ ...block, data: JSON.parse(text) })));
        const before = await blocks();
        assert.deepEqual(
          before.map((b) => [b.inHead, b.for.replace(/\d+$/, 'N'), b.data['@type']]),
          [
            [true, 'strike-card-N', 'Event'],
            [true, 'quote-block-N', 'Quotation'],
          ],
        );
        assert.match(
          JSON.stringify(before[0].data),
          /"text":"at least 14 killed","author":\{"@type":"Organization","name":"Ukraine's National Police"\}/,
        );
        // Where each place is comes with the JSON-LD chunk, not with the bundle's dataset.
        assert.deepEqual(before[0].data.location[0].geo, {
          '@type': 'GeoCoordinates',
          latitude: 50.4501,
          longitude: 30.5234,
        });
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

    describe('Trusted Types', () => {
      /**
       * What the Trusted Types checks look at: whether the page has them, what a plain string written to a script
       * sink did, the policy directives violated, the JSON-LD blocks (parsed), the widgets, and whether the first
       * card's fallback paragraph still shows.
       */
      const trustedTypesState = (page) =>
        page
          .evaluate(async (selector) => {
            const script = document.createElement('script');
            let refused = '';
            try {
              script.textContent = 'window.__ran = 1'; // a string, not a TrustedScript; and inline, which script-src refuses
              document.head.append(script);
            } catch (e) {
              refused = e.name;
            }
            // A refused inline script is reported by an event queued after the insertion.
            await new Promise((r) => setTimeout(r));
            const policies = Symbol.for('strike-widgets.json-ld-policy.v1');
            return {
              supported: typeof window.trustedTypes !== 'undefined',
              policy: policies in window ? (window[policies] ? 'created' : 'none') : 'never looked up',
              refused,
              ran: window.__ran === 1,
              violations: window.__violations.map((v) => v.directive),
              errors: [...window.__errors, ...window.__widgetErrors.map((e) => e.code)],
              jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent),
              widgets: [...document.querySelectorAll(selector)].filter((el) => el.shadowRoot?.querySelector('.root'))
                .length,
              fallback: document.querySelector('strike-card p').getBoundingClientRect().height,
            };
          }, WIDGETS)
          .then((seen) => ({ ...seen, jsonLd: seen.jsonLd.map((text) => JSON.parse(text)) }));

      /** The JSON-LD of plain.html where the engine enforces Trusted Types, to compare the degraded page's with. */
      let enforcedJsonLd;

      /** An engine without Trusted Types: the directive has no effect, and the bundle writes its JSON-LD as a Text node. */
      async function assertDegraded(page, seen) {
        assert.equal(seen.supported, false);
        assert.equal(seen.policy, 'none', 'the bundle looked for Trusted Types and wrote its JSON-LD without a policy');
        assert.equal(seen.refused, '', 'a string goes into a script sink');
        assert.equal(seen.ran, false, 'the inline script did not run');
        assert.deepEqual(
          seen.violations.map((d) => d.replace(/-elem$/, '')),
          ['script-src'],
          'refused by script-src, the rest of the policy',
        );
        assert.deepEqual(seen.errors, []);
        assert.equal(seen.widgets, 8, 'every widget renders');
        assert.equal(seen.fallback, 0, 'the fallback paragraph gives way to the widget');
        assert.deepEqual(
          seen.jsonLd.map((d) => d['@type']),
          ['Event', 'Quotation'],
        );
        assert.match(
          JSON.stringify(seen.jsonLd[0]),
          /"text":"at least 14 killed","author":\{"@type":"Organization","name":"Ukraine's National Police"\}/,
        );
        if (enforcedJsonLd)
          assert.deepEqual(seen.jsonLd, enforcedJsonLd, 'the same JSON-LD as with Trusted Types enforced');
        // A change of language rewrites the block in place, still without a policy.
        const rewritten = await page
          .evaluate(async () => {
            const card = document.querySelector('strike-card[structured-data]');
            card.setAttribute('lang', 'uk');
            await card.updateComplete;
            return [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent);
          })
          .then((texts) => texts.map((text) => JSON.parse(text)));
        assert.equal(rewritten.length, 2);
        assert.equal(rewritten[0].inLanguage, 'uk');
      }

      test(`in ${engine} as it is: enforced where the engine has them, else the degraded behaviour`, async (t) => {
        const { page } = await load('plain.html');
        const seen = await trustedTypesState(page);
        if (seen.supported) {
          t.diagnostic(`${engine}: Trusted Types enforced`);
          assert.equal(seen.policy, 'created', 'the JSON-LD went through the bundle’s policy');
          assert.equal(seen.refused, 'TypeError', 'a string is refused by a script sink');
          assert.equal(seen.ran, false, 'the inline script did not run');
          assert.deepEqual(seen.violations, ['require-trusted-types-for']);
          assert.deepEqual(seen.errors, []);
          assert.equal(seen.widgets, 8);
          assert.equal(seen.fallback, 0);
          assert.deepEqual(
            seen.jsonLd.map((d) => d['@type']),
            ['Event', 'Quotation'],
          );
          enforcedJsonLd = seen.jsonLd;
        } else {
          t.diagnostic(
            `${engine}: no Trusted Types: degraded (the directive has no effect; JSON-LD written without a policy)`,
          );
          assert.notEqual(engine, 'chromium', 'Chromium has Trusted Types');
          await assertDegraded(page, seen);
        }
        await page.close();
      });

      // Every engine here has Trusted Types: the page hides them, so the degraded path runs in each engine too.
      test(`in ${engine} with Trusted Types hidden, as an engine without them: widgets, fallback and JSON-LD still right`, async (t) => {
        const { page } = await load('no-trusted-types.html');
        t.diagnostic(`${engine}: degraded (Trusted Types hidden; served with ${WITHOUT_TRUSTED_TYPES_CSP})`);
        await assertDegraded(page, await trustedTypesState(page));
        await page.close();
      });
    });

    describe('a hostile theme', () => {
      /** Computed styles of every element inside every widget's shadow root. */
      const styles = (page) =>
        page.evaluate((selector) => {
          const props = [
            'color',
            'background-color',
            'font-size',
            'font-family',
            'font-weight',
            'font-style',
            'font-variant-caps',
            'line-height',
            'letter-spacing',
            'word-spacing',
            'text-transform',
            'text-align',
            'text-decoration-line',
            'margin-top',
            'margin-left',
            'padding-top',
            'padding-left',
            'border-top-width',
            'display',
            'visibility',
            'list-style-type',
            'quotes',
            'pointer-events',
            'width',
          ];
          return [...document.querySelectorAll(selector)].map((el) =>
            [...el.shadowRoot.querySelectorAll('*')]
              .filter((node) => node.localName !== 'style')
              .map(
                (node) =>
                  `${node.localName}.${node.className}: ${props.map((p) => getComputedStyle(node).getPropertyValue(p)).join(' | ')}`,
              ),
          );
        }, WIDGETS);

      test('renders the shadow content exactly as on a clean page (computed styles compared)', async () => {
        const clean = await load('plain.html');
        const hostile = await load('hostile.html');
        await clean.page.setViewport({ width: 1000, height: 800 });
        await hostile.page.setViewport({ width: 1000, height: 800 });
        // The host box may be restyled by the page (margins, borders); widths inside are compared at the same host width.
        const fixWidth = (page) =>
          page.evaluate(
            (selector) =>
              document
                .querySelectorAll(selector)
                .forEach((el) => (el.style.cssText = 'width: 600px; box-sizing: content-box; padding: 0; border: 0')),
            WIDGETS,
          );
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

    describe('what a page downloads', () => {
      /** Requests for the bundle's folder (languages, validator, JSON-LD phrasing), by file name without its hash. */
      const chunks = (log) =>
        log.requests
          .map((r) => new URL(r).pathname)
          .filter((path) => /^\/[\w-]+\/strike-widgets\//.test(path))
          .map((path) => path.replace(/^\/[\w-]+\/strike-widgets\//, '').replace(/-[\w-]{8}\.js$/, ''));

      test('an English page with the embedded dataset: the bundle alone, no language, validator or JSON-LD chunk', async () => {
        const { page, logs } = await load('english.html');
        const widgets = await widgetSummaries(page);
        assert.equal(widgets.length, 5);
        assert.deepEqual(
          widgets.filter((w) => w.error),
          [],
        );
        assert.match(widgets.map((w) => w.text).join('\n'), /at least 14 killed/);
        const log = await logs();
        assert.ok(log.requests.some((r) => r.endsWith('/dist/strike-widgets.js')));
        assert.deepEqual(chunks(log), []);
        assert.deepEqual(log.errors, []);
        await page.close();
      });

      test('a Ukrainian page: the bundle and its language, once, and every widget in Ukrainian', async () => {
        const { page, logs } = await load('ukrainian.html');
        const widgets = await widgetSummaries(page);
        assert.deepEqual(
          widgets.filter((w) => w.error),
          [],
        );
        const text = widgets.map((w) => w.text).join('\n');
        assert.match(text, /Загиблі/);
        // A translated headline of the embedded dataset: the dataset's translations came with the language.
        assert.match(text, /Атака на Керченський міст|Білгород/);
        // Only the reports’ own words (“In the report: …”) stay in English.
        assert.doesNotMatch(text, /according to|Source:|at least 14/);
        const log = await logs();
        assert.deepEqual(chunks(log), ['uk']);
        assert.deepEqual(log.errors, []);
        await page.close();
      });

      // The second page's files come from /slow-language/, which sends its Ukrainian 2 s late, and it has a tag for
      // the bundle too (so that the browser fetches it at once, not once it has read strike-widgets-uk.js).
      for (const [name, how, base] of [
        ['ukrainian-one-load.html', 'strike-widgets-uk.js alone', '/dist/'],
        [
          'ukrainian-two-tags.html',
          "strike-widgets-uk.js, then the bundle's tag, from a slow server",
          '/slow-language/',
        ],
      ])
        test(`a Ukrainian page loading ${how}, render-blocking: every widget is in Ukrainian in its first frame, nothing moves`, async () => {
          const { page, logs } = await load(name);
          const widgets = await widgetSummaries(page);
          assert.equal(widgets.length, 5);
          assert.deepEqual(
            widgets.filter((w) => w.error),
            [],
          );
          // What the first frame showed, where the page's first paint waits for its scripts (Chromium); elsewhere, what
          // the page shows once its scripts have run.
          const { blocked, first } = await page.evaluate(() => ({
            blocked: window.__rendersBlocked,
            first: window.__rendersBlocked ? window.__atFirstFrame : window.__atContentLoaded,
          }));
          assert.equal(first.length, 5);
          for (const [i, { text, height }] of first.entries()) {
            assert.ok(
              height > 50 && text.length > 40 && widgets[i].text.startsWith(text.slice(0, 40)),
              `${widgets[i].tag}, ${blocked ? 'first frame' : 'scripts run'}: ${height} px, "${text}"`,
            );
          }
          assert.match(first.map((w) => w.text).join('\n'), /Загиблі/);
          // Chromium reports layout shifts: the fallbacks painted first and then replaced would move the page.
          const shift = await page.evaluate(() => window.__layoutShift);
          if (shift !== null) assert.equal(shift, 0);
          const log = await logs();
          assert.deepEqual(chunks(log), ['uk']);
          assert.equal(log.requests.filter((r) => r.endsWith(`${base}strike-widgets.js`)).length, 1);
          assert.deepEqual(log.errors, []);
          // The same module as strike-widgets.js, with its exports.
          assert.deepEqual(
            await page.evaluate(async (at) => {
              const [one, both] = [await import(`${at}strike-widgets.js`), await import(`${at}strike-widgets-uk.js`)];
              return [one.StrikeCard === both.StrikeCard, typeof both.registerDataset, typeof both.setStrings];
            }, base),
            [true, 'function', 'function'],
          );
          await page.close();
        });

      test('a widget waiting for its language shows the fallback written inside it, then the widget in that language', async () => {
        const { page } = await open(browser, `${server.url}/test/pages/slow-language.html`);
        // The language is held back for 2 s: a second in, the fallback shows, in a box of its height.
        await page.waitForFunction(() => window.__atOneSecond, { polling: 50 });
        const [waiting] = await page.evaluate(() => window.__atOneSecond);
        assert.ok(waiting.fallback > 0 && waiting.height >= waiting.fallback, JSON.stringify(waiting));
        assert.equal(waiting.text, '');
        await widgetsRendered(page);
        const [card] = await widgetSummaries(page);
        assert.match(card.text, /Удар ракетами та дронами/);
        await page.close();
      });

      test('a publisher’s invalid data, inline, remote and registered: the same problems, the validator fetched once', async () => {
        const { page, logs } = await load('publisher-data.html');
        await page.waitForFunction(() => window.__widgetErrors.length >= 3 && window.__registered, { polling: 50 });
        // As JSON: the events and the registration share one array of problems, which a driver may not pass twice.
        const { errors, registered } = JSON.parse(
          await page.evaluate(() => JSON.stringify({ errors: window.__widgetErrors, registered: window.__registered })),
        );
        const data = JSON.parse(readFileSync('test/fixtures/invalid-dataset.json', 'utf8'));
        const expected = checkDataset(data).error;
        assert.equal(errors.length, 3);
        for (const detail of errors) {
          assert.equal(detail.code, 'invalid-dataset');
          assert.deepEqual(detail.problems, expected.problems);
          assert.equal(detail.message, errors[0].message);
        }
        assert.match(
          errors[0].message,
          new RegExp(expected.problems[0].message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
        );
        assert.deepEqual(registered, expected.problems, 'registerDataset resolves with the problems');
        assert.deepEqual(chunks(await logs()), ['publisher-data']);
        await page.close();
      });

      test('a widget added as its data is registered, long after the page loaded: it waits for the data, no error', async () => {
        const { page, logs } = await load('english.html');
        const seen = await page.evaluate(async () => {
          const { registerDataset, StrikeCard } = await import('/dist/strike-widgets.js');
          // No grace period (the base class's setting): a name nobody registers is reported at once.
          Object.getPrototypeOf(StrikeCard).datasetGraceMs = 0;
          const data = await (await fetch('/test/fixtures/mini-dataset.json')).json();
          const codes = [];
          document.addEventListener('strike-widgets-error', (e) => codes.push(e.detail.code));
          const registered = registerDataset('late-data', data);
          const card = document.createElement('strike-card');
          card.setAttribute('dataset-id', 'late-data');
          card.setAttribute('event', 'publisher-event');
          document.body.append(card);
          const problems = await registered;
          await card.updateComplete;
          const heading = card.shadowRoot.querySelector('[part~="heading"]')?.textContent.trim();
          return JSON.stringify({ problems, codes, heading });
        });
        assert.deepEqual(JSON.parse(seen), { problems: [], codes: [], heading: "A publisher's own event" });
        assert.deepEqual(chunks(await logs()), ['publisher-data']);
        await page.close();
      });
    });

    describe('a chunk that cannot be fetched', () => {
      test('a remote dataset without the module that reads it: a load failure, shown and reported; the fallback and other widgets stay', async () => {
        const { page, logs } = await load('no-validator.html');
        const [remote, embedded] = await widgetSummaries(page);
        assert.equal(remote.error, true);
        assert.match(remote.text, /The dataset could not be loaded \(network\)/);
        const fallbackHeight = await page.evaluate(
          () => document.querySelector('strike-card p').getBoundingClientRect().height,
        );
        assert.ok(fallbackHeight > 0, 'the publisher’s text shows');
        assert.equal(embedded.error, false);
        assert.match(embedded.text, /at least 14 killed/);
        const errors = await page.evaluate(() => window.__widgetErrors.map((e) => e.code));
        assert.deepEqual(errors, ['dataset-load-failed']);
        // Firefox reports the failed module load itself (naming the file); nothing else may be reported.
        assert.deepEqual(
          (await logs()).errors.filter((e) => !e.includes(publisherDataChunk)),
          [],
        );
        await page.close();
      });
    });

    describe('the bundle twice', () => {
      test('from two URLs: nothing throws, one warning per tag, every element renders', async () => {
        const { page, logs } = await load('twice.html');
        assert.deepEqual(await page.evaluate(() => window.__errors), []);
        const log = await logs();
        assert.deepEqual(log.errors, []);
        const widgets = await widgetSummaries(page);
        assert.equal(widgets.length, 8);
        assert.deepEqual(
          widgets.filter((w) => w.error),
          [],
        );
        const redefined = log.warnings.filter((w) => /already defined by strike-widgets/.test(w));
        assert.equal(redefined.length, 5, redefined.join('\n'));
        assert.ok(
          log.requests.some((r) => r.includes('/copy/strike-widgets.js')),
          'the second copy was loaded',
        );
        await page.close();
      });
      test('the two copies share one registry: data registered through one serves elements of the other', async () => {
        const { page } = await load('twice.html');
        const text = await page.evaluate(async () => {
          const second = await import('/copy/strike-widgets.js');
          const data = await (await fetch('/test/fixtures/mini-dataset.json')).json();
          const problems = await second.registerDataset('shared-between-copies', data);
          const el = document.createElement('strike-card');
          el.setAttribute('dataset-id', 'shared-between-copies');
          el.setAttribute('event', 'publisher-event');
          document.body.append(el);
          await el.updateComplete;
          return {
            problems,
            defined: customElements.get('strike-card') === second.StrikeCard,
            text: el.shadowRoot.textContent,
          };
        });
        assert.deepEqual(text.problems, []);
        assert.equal(text.defined, false, 'the element class is the first copy’s');
        assert.match(text.text, /A publisher's own event/);
        await page.close();
      });
      test('from one URL twice: the module runs once, with no warning', async () => {
        const { page, logs } = await open(browser, `${server.url}/test/pages/plain.html`);
        await widgetsRendered(page);
        await page.evaluate(() => import('/dist/strike-widgets.js').then(() => true));
        assert.deepEqual(
          (await logs()).warnings.filter((w) => /already defined/.test(w)),
          [],
        );
        await page.close();
      });
    });

    describe('a browser that lacks a feature the widgets need', () => {
      test('registers no element and keeps the fallback content, with one warning saying what is missing', async () => {
        const { page, logs } = await open(browser, `${server.url}/test/pages/old-browser.html`);
        // The bundle has run once it has said what is missing (test/pages/probe.js records the console).
        await page.waitForFunction(() => window.__console.some((m) => m.text.startsWith('strike-widgets')), {
          polling: 50,
        });
        const seen = await page.evaluate(
          (selector) => ({
            defined: ['strike-card', 'casualty-counter', 'quote-block', 'strike-timeline', 'claim-compare'].filter(
              (t) => customElements.get(t),
            ),
            shadowRoots: [...document.querySelectorAll(selector)].filter((el) => el.shadowRoot).length,
            fallback: document.querySelector('strike-card p').getBoundingClientRect().height,
          }),
          WIDGETS,
        );
        assert.deepEqual(seen.defined, []);
        assert.equal(seen.shadowRoots, 0);
        assert.ok(seen.fallback > 0, 'the fallback paragraph shows');
        const log = await logs();
        assert.deepEqual(log.errors, []);
        assert.deepEqual(
          log.warnings.filter((w) => w.startsWith('strike-widgets')),
          [
            'strike-widgets: no element is registered: this browser lacks Intl.ListFormat; the content inside each element shows instead.',
          ],
        );
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
        assert.deepEqual(
          widgets.filter((w) => w.error),
          [],
        );
        assert.equal(
          await page.evaluate(() => document.querySelector('strike-card p').getBoundingClientRect().height),
          0,
        );
        await page.close();
      });
    });
  });
