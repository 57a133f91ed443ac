// Static embed pages for hosts without script tags (dist/embed from the build, and `strike-widgets embed-pages` for
// a publisher's dataset), shown in iframes on a host page of another origin: 127.0.0.1 serves the pages under
// `default-src 'self'; frame-ancestors *`, localhost on another port is the host.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { launchBrowser, open } from './harness.mjs';
import { checkDataset } from '../../dist/lib/data/index.js';
import { iframeSnippet, IFRAME_SANDBOX } from '../../dist/lib/embed/pages.js';

const EMBED_CSP = "default-src 'self'; frame-ancestors *";
const WIDGET = 'strike-card, casualty-counter, quote-block, strike-timeline, claim-compare';
const SHOTS = process.env.EMBED_SCREENSHOTS; // a folder for screenshots to look at, when set

/** A publisher's dataset (the test fixture) with a revised figure, so that widgets show a `<details>` of earlier figures, and a quote. */
function publisherDataset() {
  const ds = JSON.parse(readFileSync('test/fixtures/mini-dataset.json', 'utf8'));
  const latest = ds.figures[0];
  ds.figures.unshift({
    ...latest,
    id: 'publisher-event-injured-first',
    value: { n: 2 },
    verbatim: 'at least two people were injured',
    asOf: '2024-01-31',
  });
  latest.supersedes = 'publisher-event-injured-first';
  ds.quotes.push({
    id: 'council-statement',
    text: 'Every emergency service is at work.',
    speaker: 'city-council',
    source: 'gazette-2024-02-01',
    date: '2024-02-01',
    language: 'en',
    events: ['publisher-event'],
  });
  return ds;
}

const cli = (...args) =>
  spawnSync(process.execPath, ['bin/strike-widgets.mjs', 'embed-pages', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });

const work = mkdtempSync(join(tmpdir(), 'embed-pages-'));
const site = join(work, 'site', 'embed');
const hostileSite = join(work, 'hostile');
let browser;
let embed; // 127.0.0.1: dist/demo (with the build's pages under /embed/) and the publisher's pages under /publisher/
let host; // localhost: the host pages
let hostUrl;
const hostPages = new Map();

before(async () => {
  embed = await startServer({
    root: 'dist/demo',
    csp: EMBED_CSP,
    mounts: { '/publisher/': site, '/hostile/': hostileSite },
    routes: {
      // An iframe whose src is on this origin but whose page ends up on another one.
      '/moved': (req, res, url) => res.writeHead(302, { Location: url.searchParams.get('to') }).end(),
    },
  });
  const other = embed.url.replace('127.0.0.1', 'localhost');
  host = await startServer({
    csp: `default-src 'self'; frame-src ${embed.url} ${other}`,
    routes: {
      '/host.html': (req, res, url) =>
        res
          .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
          .end(hostPages.get(url.searchParams.get('page'))),
      '/host.css': (req, res) =>
        res.writeHead(200, { 'Content-Type': 'text/css' }).end('body { margin: 0 } iframe { display: block }'),
      '/probe.js': (req, res) =>
        res
          .writeHead(200, { 'Content-Type': 'text/javascript' })
          .end(
            'window.__messages = []; addEventListener("message", (e) => __messages.push({ origin: e.origin, data: e.data }));',
          ),
      '/strike-widgets-frame.js': (req, res) =>
        res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync('dist/strike-widgets-frame.js')),
    },
  });
  hostUrl = host.url.replace('127.0.0.1', 'localhost');
  writeFileSync(join(work, 'my.json'), JSON.stringify(publisherDataset()));
  const made = cli('--dataset', join(work, 'my.json'), '--out', site, '--base-url', `${embed.url}/publisher/`);
  assert.equal(made.status, 0, made.stderr);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await embed?.close();
  await host?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A host page on localhost: the probe, optionally the host script, and the given markup. */
function hostPage(name, body, { script }) {
  hostPages.set(
    name,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="stylesheet" href="/host.css">
<script src="/probe.js"></script>${script ? '<script src="/strike-widgets-frame.js" async></script>' : ''}</head><body>${body}</body></html>`,
  );
  return `${hostUrl}/host.html?page=${name}`;
}

/** Heights the builder measures (its own code, demo/builder-iframe.js) for each page at a width. */
async function builderHeights(paths, width) {
  const { page } = await open(browser, `${embed.url}/builder.html`);
  await page.setViewport({ width: 1400, height: 900 });
  const heights = await page.evaluate(
    async (paths, width, origin) => {
      const { loadAndMeasure } = await import('/builder-iframe.js');
      const out = [];
      for (const path of paths) {
        const frame = document.createElement('iframe');
        document.body.append(frame);
        out.push(await loadAndMeasure(frame, `${origin}/${path}`, width));
        frame.remove();
      }
      return out;
    },
    paths,
    width,
    embed.url,
  );
  await page.close();
  return heights;
}

/** For each iframe: its own height and what its page holds (content height, overflow, the widget's text). */
async function measureFrames(page) {
  const frames = await page.$$('iframe');
  return Promise.all(
    frames.map(async (handle) => {
      const outer = await handle.evaluate((f) => f.getBoundingClientRect().height);
      const inner = await (
        await handle.contentFrame()
      ).evaluate((selector) => {
        const root = document.documentElement;
        const el = document.querySelector(selector);
        return {
          content: root.getBoundingClientRect().height,
          scrollbar: root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth,
          text: (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          lang: el?.shadowRoot?.querySelector('.root')?.getAttribute('lang'),
        };
      }, WIDGET);
      return { outer, ...inner };
    }),
  );
}

/** Waits until every iframe fits its page (within 2 px, no scrollbar), or returns the last measurement after a timeout. */
async function settle(page, ok = (f) => Math.abs(f.outer - f.content) <= 2 && !f.scrollbar, timeout = 8000) {
  const start = Date.now();
  let frames;
  do {
    frames = await measureFrames(page);
    if (frames.every(ok)) return frames;
    await new Promise((r) => setTimeout(r, 100));
  } while (Date.now() - start < timeout);
  return frames;
}

/** Saves a screenshot of the host page down to its last iframe, when EMBED_SCREENSHOTS names a folder. */
async function shoot(page, name) {
  if (!SHOTS) return;
  const bottom = await page.evaluate(() =>
    Math.ceil(document.querySelector('iframe:last-of-type').getBoundingClientRect().bottom),
  );
  const { width, height } = page.viewport();
  await page.setViewport({ width, height: bottom });
  await new Promise((r) => setTimeout(r, 500)); // frames on other origins paint in their own process
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  await page.setViewport({ width, height });
}

const fits = (frames) =>
  frames.map((f) => ({
    fits: Math.abs(f.outer - f.content) <= 2,
    scrollbar: f.scrollbar,
    outer: f.outer,
    content: f.content,
  }));
const fitting = (frames) => frames.map((f) => ({ fits: true, scrollbar: false, outer: f.outer, content: f.content }));

const SEED_PAGES = [
  'embed/en/strike-card/2022-10-10-missile-strikes.html',
  'embed/en/casualty-counter/2022-10-10-missile-strikes/killed.html',
  'embed/en/quote-block/zelenskyy-panic-and-chaos.html',
];
const PUBLISHER_PAGES = [
  'publisher/en/strike-card/publisher-event.html',
  'publisher/en/casualty-counter/publisher-event/injured.html',
];
const PAGES = [...SEED_PAGES, ...PUBLISHER_PAGES];

for (const width of [375, 1280]) {
  for (const script of [true, false]) {
    describe(`a host on another origin at ${width} px, ${script ? 'with' : 'without'} the host script`, () => {
      let page;
      let frames;
      before(async () => {
        const heights = await builderHeights(PAGES, width);
        const body = PAGES.map((path, i) => iframeSnippet(`${embed.url}/${path}`, path, heights[i])).join('\n');
        page = await browser.newPage();
        await page.setViewport({ width, height: 9000 });
        // What is checked is each frame's own messages, waited for below: not the host's load event, which waits for
        // every frame and, on a busy machine, once overran the 30 s navigation timeout.
        // A tab behind another is not rendered: its lazy frames would not load, nor their resize observers fire.
        await page.bringToFront();
        await page.goto(hostPage(`w${width}-${script}`, body, { script }), { waitUntil: 'domcontentloaded' });
        await page
          .waitForFunction((n) => window.__messages.length >= 2 * n, { timeout: 30000 }, PAGES.length)
          .catch(async (error) => {
            const heard = await page.evaluate(() => window.__messages.map((m) => JSON.stringify(m.data)));
            const loaded = page.frames().map((f) => f.url());
            throw new Error(`${error.message}; messages: ${heard.join(', ')}; frames: ${loaded.join(', ')}`);
          });
        frames = await settle(page);
      });
      after(() => page?.close());

      test('each iframe is its page’s height (within 2 px) with no scrollbar', () => {
        assert.deepEqual(fits(frames), fitting(frames));
        assert.ok(
          frames.every((f) => f.content > 100),
          'every page shows its widget',
        );
        if (width === 375) assert.ok(frames[0].content > frames[2].content, 'a card is taller than a quote');
      });

      test('the frames are on another origin, and their messages carry the height and nothing else', async () => {
        const messages = await page.evaluate(() => window.__messages);
        assert.ok(messages.length >= 2 * PAGES.length);
        for (const { origin, data } of messages) {
          assert.equal(origin, embed.url);
          const { height, ...rest } = data;
          assert.ok(Number.isInteger(height) && height > 0, JSON.stringify(data));
          assert.ok(
            JSON.stringify(rest) === '{"sentinel":"amp","type":"embed-size"}' ||
              JSON.stringify(rest) === '{"type":"strike-widgets:embed-size"}',
            JSON.stringify(data),
          );
        }
        assert.notEqual(new URL(page.url()).origin, embed.url);
      });

      if (script) {
        test('still fits after the frame’s language changes and after a <details> opens', async () => {
          const before = await measureFrames(page);
          for (const handle of await page.$$('iframe'))
            await (await handle.contentFrame()).evaluate(() => (document.documentElement.lang = 'uk'));
          const translated = await settle(
            page,
            (f) => f.lang === 'uk' && Math.abs(f.outer - f.content) <= 2 && !f.scrollbar,
          );
          assert.deepEqual(
            translated.map((f) => f.lang),
            PAGES.map(() => 'uk'),
          );
          assert.deepEqual(fits(translated), fitting(translated));
          assert.ok(
            translated.some((f, i) => f.content !== before[i].content),
            'the Ukrainian text changes some height',
          );
          await shoot(page, `host-${width}-uk`);

          const handles = await page.$$('iframe');
          for (const i of [3, 4]) {
            const opened = await (
              await handles[i].contentFrame()
            ).evaluate((selector) => {
              const details = document.querySelector(selector).shadowRoot.querySelector('details');
              details.open = true;
              return details.textContent.replace(/\s+/g, ' ').trim();
            }, WIDGET);
            assert.match(opened, /2/, 'the earlier figure');
          }
          const grown = await settle(page, (f) => Math.abs(f.outer - f.content) <= 2 && !f.scrollbar);
          assert.deepEqual(fits(grown), fitting(grown));
          assert.ok(
            grown[3].content > translated[3].content && grown[4].content > translated[4].content,
            'the open details take room',
          );
          await shoot(page, `host-${width}-details`);
          if (SHOTS) {
            await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
            await shoot(page, `host-${width}-dark`);
          }
        });
      } else {
        test('each page with JavaScript off shows the same text', async () => {
          const plain = [];
          for (const path of PAGES) {
            const { page: still } = await open(browser, `${embed.url}/${path}`, { javaScript: false });
            await still.setViewport({ width, height: 900 });
            const shown = await still.evaluate((s) => {
              const root = document.querySelector(s).shadowRoot;
              return {
                text: root.textContent.replace(/\s+/g, ' ').trim(),
                styled: getComputedStyle(root.querySelector('.root')).borderTopStyle,
              };
            }, WIDGET);
            assert.equal(shown.styled, 'solid', `${path}: styled without JavaScript`);
            plain.push(shown.text);
            if (SHOTS && path === PAGES[0])
              await still.screenshot({ path: join(SHOTS, `nojs-card-${width}.png`), fullPage: true });
            await still.close();
          }
          const text = frames.map((f) => f.text);
          assert.deepEqual(plain, text);
          assert.ok(text.every((t) => t.length > 20));
          assert.match(text[1], /at least 14 killed/);
        });
      }
    });
  }
}

describe('the host script', () => {
  test('ignores height messages whose origin is not that of the iframe’s src', async () => {
    const other = embed.url.replace('127.0.0.1', 'localhost');
    const moved = `${embed.url}/moved?to=${encodeURIComponent(`${other}/${SEED_PAGES[2]}`)}`;
    const body = `${iframeSnippet(moved, 'moved', 40)}\n${iframeSnippet(`${embed.url}/${SEED_PAGES[2]}`, 'stays', 40)}`;
    const page = await browser.newPage();
    await page.goto(hostPage('moved', body, { script: true }), { waitUntil: 'load' });
    await page.waitForFunction(
      (origin) => window.__messages.some((m) => m.origin === origin),
      { timeout: 15000 },
      other,
    );
    await page.waitForFunction(() => document.querySelectorAll('iframe')[1].getBoundingClientRect().height > 40, {
      timeout: 15000,
    });
    await new Promise((r) => setTimeout(r, 300));
    const [movedFrame, stays] = await measureFrames(page);
    await page.close();
    assert.equal(movedFrame.outer, 40, 'the redirected frame keeps its height');
    assert.ok(Math.abs(stays.outer - stays.content) <= 2, 'the other frame is sized');
  });
});

describe("embed pages under default-src 'self'", () => {
  for (const path of [
    ...PAGES,
    'embed/uk/claim-compare/2023-12-29-aerial-bombardment/killed.html',
    'embed/ru/strike-timeline/2022-10-10-missile-strikes.html',
  ]) {
    test(`${path}: no violation, no error, no outside request; hydrated; canonical to itself; oEmbed link`, async () => {
      const response = await fetch(`${embed.url}/${path}`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-security-policy'), EMBED_CSP);
      const page = await browser.newPage();
      await page.evaluateOnNewDocument(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      const requests = [];
      const errors = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${embed.url}/${path}`, { waitUntil: 'load' });
      await page.waitForFunction((s) => document.querySelector(s)?.hasUpdated, { timeout: 10000 }, WIDGET);
      const state = await page.evaluate((s) => {
        const el = document.querySelector(s);
        const root = el.shadowRoot.querySelector('.root');
        return {
          violations: window.__violations,
          canonical: document.querySelector('link[rel=canonical]').href,
          oembed: document.querySelector('link[rel=alternate][type="application/json+oembed"]')?.href,
          styled: getComputedStyle(root).borderTopStyle,
          margin: getComputedStyle(el).marginTop + getComputedStyle(document.body).marginTop,
          error: !!el.shadowRoot.querySelector('[part~="error"]'),
        };
      }, WIDGET);
      await page.close();
      assert.deepEqual(state.violations, []);
      assert.deepEqual(errors, []);
      assert.deepEqual(
        requests.filter((r) => new URL(r).origin !== embed.url),
        [],
      );
      // A page in Ukrainian or Russian loads the bundle that brings its language with it, and that language only.
      const lang = path.split('/')[1];
      const scripts = requests
        .map((r) => new URL(r).pathname.split('/').pop())
        .filter((f) => /^(strike-widgets(-uk|-ru)?\.js|(uk|ru)-[\w-]+\.js)$/.test(f))
        .map((f) => f.replace(/^(uk|ru)-[\w-]+\.js$/, '$1 chunk'));
      assert.deepEqual(
        scripts.sort(),
        (lang === 'en'
          ? ['strike-widgets.js']
          : [`${lang} chunk`, `strike-widgets-${lang}.js`, 'strike-widgets.js']
        ).sort(),
      );
      assert.equal(state.canonical, `${embed.url}/${path}`);
      assert.equal(state.oembed, `${embed.url}/${path.replace(/\.html$/, '.oembed.json')}`);
      assert.equal(state.styled, 'solid', 'the linked widget styles apply');
      assert.equal(state.margin, '0px0px');
      assert.equal(state.error, false);
    });
  }
});

describe('oEmbed', () => {
  const jsonFiles = (dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.oembed.json'))
      .map((d) => join(d.parentPath ?? d.path, d.name));

  test('every page of the publisher’s site has an oEmbed JSON with the spec’s required fields for type rich', () => {
    const files = jsonFiles(site);
    const pages = readdirSync(site, { recursive: true }).filter((p) => p.endsWith('.html'));
    assert.equal(files.length, pages.length);
    for (const file of files) {
      const o = JSON.parse(readFileSync(file, 'utf8'));
      assert.equal(o.version, '1.0', file);
      assert.equal(o.type, 'rich');
      assert.equal(typeof o.html, 'string');
      assert.ok(Number.isInteger(o.width) && o.width > 0 && Number.isInteger(o.height) && o.height > 0);
      assert.ok(o.title && o.provider_name);
      const src = /<iframe src="([^"]+)"/.exec(o.html)?.[1];
      assert.equal(src, `${embed.url}/publisher/${file.slice(site.length + 1).replace(/\.oembed\.json$/, '.html')}`);
      assert.match(o.html, new RegExp(`sandbox="${IFRAME_SANDBOX}"`));
      assert.match(o.html, / title="[^"]+" /);
      assert.match(o.html, / loading="lazy" /);
    }
  });

  test('its html, pasted on a host page with the host script, shows the widget and fits it', async () => {
    const path = 'publisher/uk/quote-block/council-statement';
    const o = await (await fetch(`${embed.url}/${path}.oembed.json`)).json();
    const page = await browser.newPage();
    await page.setViewport({ width: 600, height: 2000 });
    await page.goto(hostPage('oembed', o.html, { script: true }), { waitUntil: 'load' });
    const [frame] = await settle(page, (f) => f.content > 100 && Math.abs(f.outer - f.content) <= 2);
    await page.close();
    assert.match(frame.text, /Every emergency service is at work\./);
    assert.equal(frame.lang, 'uk');
    assert.deepEqual(fits([frame]), fitting([frame]));
  });
});

describe('strike-widgets embed-pages', () => {
  test('writes a page per widget for a publisher’s dataset, with the files it loads', () => {
    for (const file of [
      'en/strike-card/publisher-event.html',
      'ru/casualty-counter/publisher-event/injured.html',
      'uk/claim-compare/publisher-event/injured.html',
      'en/quote-block/council-statement.html',
      'strike-widgets.js',
      'strike-widgets-uk.js',
      'strike-widgets-ru.js',
      'hydrate.js',
      'embed-page.js',
      'strike-widgets-frame.js',
      'embed.css',
      'index.json',
    ]) {
      assert.ok(existsSync(join(site, file)), file);
    }
    const html = readFileSync(join(site, 'en/strike-card/publisher-event.html'), 'utf8');
    assert.match(html, /<template [^>]*shadowrootmode="open">/);
    assert.doesNotMatch(html, /<style>/, "styles are linked, for default-src 'self'");
  });

  test('the build writes a card per event of the embedded dataset in each language', () => {
    const { events } = JSON.parse(readFileSync('dist/strike-dataset.json', 'utf8'));
    for (const lang of ['en', 'uk', 'ru']) {
      for (const { id } of events) assert.ok(existsSync(`dist/embed/${lang}/strike-card/${id}.html`), `${lang} ${id}`);
    }
  });

  test('refuses an invalid dataset with the widgets’ own message, exit 1, writing nothing', () => {
    const bad = publisherDataset();
    bad.figures[1].metric = 'exploded';
    writeFileSync(join(work, 'bad.json'), JSON.stringify(bad));
    const out = join(work, 'bad-out');
    const { status, stderr } = cli('--dataset', join(work, 'bad.json'), '--out', out);
    assert.equal(status, 1);
    const { error } = checkDataset(bad);
    assert.ok(stderr.includes(error.message), stderr);
    assert.ok(stderr.includes(`${error.problems[0].path}: ${error.problems[0].message}`), stderr);
    assert.equal(existsSync(out), false);

    const notJson = cli('--dataset', 'test/fixtures/not-json.json', '--out', out);
    assert.equal(notJson.status, 1);
    assert.match(notJson.stderr, /The dataset is not valid JSON/);
  });

  test('says how to use it when the output folder is missing', () => {
    const { status, stderr } = cli('--dataset', join(work, 'my.json'));
    assert.equal(status, 2);
    assert.match(stderr, /usage: strike-widgets embed-pages/);
  });
});

test('the host script stays within its 1 KB gzip budget, and the size check says when it does not', () => {
  const run = (...args) => spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 300_000 });
  const frame = (result) => JSON.parse(result.stdout).find((r) => r.name.startsWith('strike-widgets-frame.js'));
  try {
    assert.equal(run('scripts/size.mjs', '--quiet').status, 0);
    const within = frame(run('node_modules/size-limit/bin.js', '--json'));
    assert.equal(within.passed, true);
    assert.ok(within.size <= 1024, `${within.size} B`);
    assert.equal(run('scripts/size.mjs', '--inflate=900', '--quiet').status, 0);
    const over = run('node_modules/size-limit/bin.js', '--json');
    assert.equal(over.status, 1);
    assert.equal(frame(over).passed, false);
  } finally {
    run('scripts/size.mjs', '--quiet');
  }
});

describe('the embed builder’s iframe choice', () => {
  test('gives the page’s URL and an iframe snippet whose height fits at the chosen width, on a host elsewhere', async () => {
    const { page } = await open(browser, `${embed.url}/builder.html`);
    await page.waitForFunction(() => document.getElementById('iframe-url'));
    await page.select('select[name=element]', 'quote-block');
    await page.select('select[name=quote]', 'klitschko-day-of-mourning');
    await page.select('select[name=theme]', 'dark');
    await page.select('select[name=lang]', 'uk');
    await page.$eval('input[name=width]', (input) => {
      input.value = '380';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction(
      () => /^\d+ px tall at 380 px wide\.$/.test(document.querySelector('#iframe-embed [role=status]').textContent),
      { timeout: 15000 },
    );
    const { snippet, url } = await page.evaluate(() => ({
      snippet: document.getElementById('iframe-snippet').value,
      url: document.getElementById('iframe-url').value,
    }));
    await page.close();
    const expected = `${embed.url}/embed/uk/quote-block/klitschko-day-of-mourning.html?theme=dark`;
    assert.equal(url, expected);
    assert.match(
      snippet,
      new RegExp(
        `^<iframe src="${expected.replace(/[.?]/g, '\\$&')}" title="[^"]+" width="100%" height="\\d+" loading="lazy" sandbox="${IFRAME_SANDBOX}"`,
      ),
    );

    const host = await browser.newPage();
    await host.setViewport({ width: 380, height: 2000 });
    await host.goto(hostPage('builder-snippet', snippet, { script: false }), { waitUntil: 'load' });
    await host.waitForFunction(() => window.__messages.length >= 2, { timeout: 15000 });
    const [frame] = await settle(host);
    const theme = await (
      await (await host.$('iframe')).contentFrame()
    ).evaluate((s) => document.querySelector(s).getAttribute('theme'), WIDGET);
    await shoot(host, 'builder-snippet-380');
    await host.close();
    assert.deepEqual(fits([frame]), fitting([frame]));
    assert.equal(frame.lang, 'uk');
    assert.equal(theme, 'dark');
  });
});

test('markup in a publisher’s text stays text: in the title, the inline dataset and the widget', async () => {
  const hostile = publisherDataset();
  hostile.events[0].headline = 'Event </title></script><script src="/x.js"></script> & "quoted" <b>bold</b>';
  hostile.quotes[0].text = 'Words </script><!-- <script>';
  writeFileSync(join(work, 'hostile.json'), JSON.stringify(hostile));
  const made = cli('--dataset', join(work, 'hostile.json'), '--out', hostileSite);
  assert.equal(made.status, 0, made.stderr);
  const { page, log } = await open(browser, `${embed.url}/hostile/en/strike-card/publisher-event.html`);
  await page.waitForFunction((s) => document.querySelector(s)?.hasUpdated, { timeout: 10000 }, WIDGET);
  const state = await page.evaluate(
    (s) => ({
      title: document.title,
      scripts: [...document.scripts].map((el) => el.type || 'classic'),
      heading: document.querySelector(s).shadowRoot.querySelector('h3').textContent,
      dataset: JSON.parse(document.getElementById('embed-dataset').textContent).quotes[0].text,
    }),
    WIDGET,
  );
  await page.close();
  assert.equal(state.title, hostile.events[0].headline);
  assert.equal(state.heading, hostile.events[0].headline);
  assert.equal(state.dataset, hostile.quotes[0].text);
  assert.deepEqual(state.scripts, ['module', 'module', 'module', 'application/json']);
  assert.deepEqual(
    log.requests.filter((r) => r.endsWith('/x.js')),
    [],
  );
  assert.deepEqual(log.errors, []);
});
