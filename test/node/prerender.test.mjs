// Prerendering: `strike-widgets prerender` (and the Node API) expands every widget of a page into declarative
// shadow DOM. The output, served under a strict CSP, shows the figures and attributions with JavaScript off; with
// JavaScript on, hydration (dist/hydrate.js before the bundle) changes no node; without it, the bundle replaces the
// prerendered nodes with identical ones rather than adding a second copy. The page checks run in each engine
// (BROWSERS chooses: test/node/harness.mjs).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prerender, styleHashes } from 'strike-widgets/prerender';
import { STRICT_CSP } from '../../scripts/serve.mjs';
import { ENGINES, launchEngine, open, serve, widgetSummaries, WIDGETS } from './harness.mjs';

const SOURCE = 'test/pages/prerender-source.html';
const source = readFileSync(SOURCE, 'utf8');
const cli = (...args) => spawnSync(process.execPath, ['bin/strike-widgets.mjs', ...args], { encoding: 'utf8' });

let out;
let warnings;
before(() => {
  const run = cli('prerender', SOURCE);
  // The page has one element with an unknown event on purpose: prerendered with its message, and the exit code says so.
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stderr, /<strike-card> on line 26: This widget could not be shown There is no event “no-such-event” in this dataset\./);
  out = run.stdout;
  warnings = run.stderr;
});

describe('the CLI and the API', () => {
  test('exits 1 naming the element and its line when an element shows an error (the page is still written)', () => {
    const page = '<!doctype html>\n<p>Intro</p>\n<strike-card event="2022-10-10-missile-strike"></strike-card>\n<casualty-counter event="2022-10-10-missile-strikes"></casualty-counter>\n';
    const run = spawnSync(process.execPath, ['bin/strike-widgets.mjs', 'prerender'], { input: page, encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    assert.match(
      run.stderr,
      /strike-widgets: <strike-card> on line 3: This widget could not be shown There is no event “2022-10-10-missile-strike” in this dataset\. Did you mean “2022-10-10-missile-strikes”\?/,
    );
    assert.doesNotMatch(run.stderr, /casualty-counter/);
    assert.match(run.stdout, /<casualty-counter event="2022-10-10-missile-strikes"><template shadowroot/);
  });

  test('the API returns what the CLI prints', () => {
    assert.equal(prerender(source, { warn: () => {} }), out);
    for (const stdin of [['-'], []]) {
      const run = spawnSync(process.execPath, ['bin/strike-widgets.mjs', 'prerender', ...stdin], { input: source, encoding: 'utf8' });
      assert.equal(run.stdout, out, 'the page from standard input');
    }
  });

  test('adds one declarative shadow root per widget, right after its start tag, and keeps everything else', () => {
    const templates = out.match(/<template shadowroot="open" shadowrootmode="open">/g) ?? [];
    assert.equal(templates.length, 8, 'every widget but the one with dataset-src');
    assert.equal(out.replace(/<template shadowroot="open" shadowrootmode="open">[\s\S]*?<\/template>(?=<\/?[a-z])/g, ''), source);
    assert.match(out, /data-note="a > b, &quot;c&quot; <d>"><template shadowroot/, 'an attribute holding ">" is not the end of the tag');
    assert.match(out, /<\/template><p>Russian strikes on 10 Oct 2022/, 'the light-DOM fallback follows the shadow root');
    assert.match(out, /<!-- <strike-card event="in-a-comment"><\/strike-card> stays a comment -->/);
    assert.match(out, /<template id="inert"><strike-card event="2022-10-10-missile-strikes"><\/strike-card><\/template>/);
    assert.match(out, /<strike-card dataset-src="\/test\/fixtures\/mini-dataset.json" event="publisher-event" variant="compact"><\/strike-card>/);
  });

  test('warns on stderr about the element it leaves for the browser', () => {
    assert.match(warnings, /<strike-card> on line \d+ has a dataset-src, which is not fetched while prerendering/);
  });

  test('running it on its own output changes nothing', () => {
    assert.equal(prerender(out, { warn: () => {} }), out);
  });

  test('resolves languages and inline datasets as the browser would, and leaves no dataset registered', async () => {
    const { registeredDataset } = await import('strike-widgets/data');
    assert.equal(registeredDataset('publisher-data'), undefined);
    const page = `<html lang="uk"><body><div dataset-id="d"><casualty-counter event="e" metric="killed"></casualty-counter></div>
      <script type="application/json" id="d">{ not json</script><strike-card event="2022-10-10-missile-strikes"></strike-card></body></html>`;
    const seen = [];
    const html = prerender(page, { warn: (m) => seen.push(m) });
    assert.match(html, /щонайменше 14 загиблих/, 'the document’s lang');
    assert.match(seen.join('\n'), /inline dataset "d", which is not valid JSON; it is left for the browser/);
    assert.match(prerender('<strike-card event="2022-10-10-missile-strikes" lang="ru"></strike-card>'), /не менее 14 погибших/);
    // Windows line ends and a page without <html>: offsets still land right after the start tag.
    const crlf = '<p>a</p>\r\n<quote-block\r\n  quote="zelenskyy-panic-and-chaos"\r\n></quote-block>\r\n';
    assert.match(prerender(crlf), /^<p>a<\/p>\r\n<quote-block\r\n {2}quote="zelenskyy-panic-and-chaos"\r\n><template shadowroot[\s\S]*<\/template><\/quote-block>\r\n$/);
  });

  test('the CLI says how to use it', () => {
    const run = cli('render');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /usage: strike-widgets prerender/);
  });

  test('the script-tag bundle carries no prerendering code', () => {
    const bundle = readFileSync('dist/strike-widgets.js', 'utf8');
    for (const marker of ['@lit-labs', 'LitElementRenderer', 'renderShadow', 'shadowrootmode', 'lit-part', 'parse5', 'litElementHydrateSupport=']) {
      assert.ok(!bundle.includes(marker), marker);
    }
    assert.ok(!readFileSync('dist/lib/bundle.js', 'utf8').includes('prerender'));
  });
});

for (const engine of ENGINES) describe(`the prerendered page in ${engine}`, () => {
  let browser;
  let server;
  let bare;
  let dir;
  let hashes;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'prerender-'));
    writeFileSync(join(dir, 'with-hydration.html'), out);
    const withoutHydration = out.replace('<script type="module" src="/dist/hydrate.js"></script>', '');
    assert.notEqual(withoutHydration, out);
    writeFileSync(join(dir, 'without-hydration.html'), withoutHydration);
    const hydrateLate = withoutHydration.replace('</body>', '<script type="module" src="/dist/hydrate.js"></script>\n</body>');
    writeFileSync(join(dir, 'hydration-too-late.html'), hydrateLate);
    hashes = await styleHashes(out);
    assert.ok(hashes.length >= 3 && hashes.every((h) => /^'sha256-[\w+/]+=*'$/.test(h)), hashes.join(' '));
    // The strict policy, with the prerendered inline styles allowed by their hashes (what the CLI's --csp-hashes prints).
    const csp = STRICT_CSP.replace("default-src 'self';", `default-src 'self'; style-src 'self' ${hashes.join(' ')};`);
    browser = await launchEngine(engine);
    server = await serve({ root: '.', csp, mounts: { '/out/': dir } });
    bare = await serve({ root: '.', mounts: { '/out/': dir } });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await bare?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Each widget: its tag, whether it has a shadow root, its shadow text, and how many widget roots it holds. */
  const shadows = (page) =>
    page.evaluate((selector) =>
      [...document.querySelectorAll(selector)].map((el) => ({
        tag: el.localName,
        shadow: !!el.shadowRoot,
        roots: el.shadowRoot?.querySelectorAll('.root').length ?? 0,
        text: (el.shadowRoot?.querySelector('.root')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })),
    WIDGETS);

  /** Waits until every widget has upgraded and finished updating, and the observer has had its say. */
  const hydrated = (page) =>
    page.evaluate(async (selector) => {
      const els = [...document.querySelectorAll(selector)];
      await Promise.all(els.map((el) => customElements.whenDefined(el.localName)));
      for (let i = 0; i < 3; i++) await Promise.all(els.map((el) => el.updateComplete));
      await new Promise((r) => setTimeout(r, 200));
    }, WIDGETS);

  let offline;
  test('with JavaScript off, the declarative shadow roots show the figures, attributions and the error state', async () => {
    const { page } = await open(browser, `${server.url}/out/with-hydration.html`, { javaScript: false });
    offline = await shadows(page);
    assert.deepEqual(offline.map((w) => [w.tag, w.shadow]), [
      ['strike-card', true], ['strike-card', true], ['quote-block', true], ['casualty-counter', true],
      ['casualty-counter', true], ['quote-block', true], ['casualty-counter', true], ['strike-card', true],
      ['strike-card', false],
    ]);
    const [card, compactUk, quoteUk, counter, totalRu, klitschko, publisher, unknown] = offline.map((w) => w.text);
    assert.match(card, /at least 14 killed, according to Ukraine's National Police/);
    assert.match(card, /Source: Sky News, 10 Oct 2022/);
    assert.match(compactUk, /Бєлгород/);
    assert.match(compactUk, /за даними /);
    assert.match(quoteUk, /They want panic and chaos/);
    assert.match(quoteUk, /Володимир Зеленський, президент України/);
    assert.match(counter, /Reports differ/, 'the page’s strings block');
    assert.match(counter, /according to/);
    assert.match(totalRu, /не менее/);
    assert.match(klitschko, /Vitalii Klitschko, mayor of Kyiv/);
    assert.match(publisher, /at least 3 injured, according to City council/, 'the inline publisher dataset, by an ancestor’s dataset-id');
    assert.match(unknown, /There is no event “no-such-event”/);
    // The shadow root is what shows: the publisher's fallback is not slotted, and the widget is styled.
    const layout = await page.evaluate(() => {
      const card = document.querySelector('strike-card');
      return {
        fallback: card.querySelector('p').getBoundingClientRect().height,
        card: card.getBoundingClientRect().height,
        border: getComputedStyle(card.shadowRoot.querySelector('.root')).borderTopStyle,
      };
    });
    assert.equal(layout.fallback, 0);
    assert.ok(layout.card > 200, `the card has a height (${layout.card})`);
    assert.notEqual(layout.border, 'none', 'the prerendered styles apply (allowed by their hashes)');
    await page.close();
  });

  test('with hydrate.js before the bundle, hydration changes no DOM node (MutationObserver) and breaks no policy', async () => {
    const { page, logs } = await open(browser, `${server.url}/out/with-hydration.html`);
    await hydrated(page);
    const log = await logs();
    assert.equal(await page.evaluate(() => window.__prerendered), 8);
    assert.deepEqual(await page.evaluate(() => window.__mutations), []);
    const online = await shadows(page);
    assert.deepEqual(online.slice(0, 8), offline.slice(0, 8), 'the same text in every prerendered widget');
    assert.match(online[8].text, /A publisher's own event/, 'the element left for the browser renders there');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(await page.evaluate(() => window.__errors), []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual((await page.evaluate(() => window.__widgetErrors)).map((e) => e.code), ['unknown-event']);
    // The elements are live: a change re-renders in place.
    const changed = await page.evaluate(async () => {
      const card = document.querySelector('strike-card');
      card.setAttribute('lang', 'uk');
      await card.updateComplete;
      return card.shadowRoot.textContent;
    });
    assert.match(changed, /щонайменше 14 загиблих/);
    assert.equal(await page.evaluate(() => document.querySelectorAll('script[type="application/ld+json"]').length), 2);
    await page.close();
  });

  for (const [name, file] of [['without hydrate.js', 'without-hydration'], ['with hydrate.js after the bundle', 'hydration-too-late']]) {
    test(`${name}, the bundle replaces the prerendered nodes by the same content (no second copy)`, async () => {
      const { page, logs } = await open(browser, `${server.url}/out/${file}.html`);
      await hydrated(page);
      const log = await logs();
      assert.ok((await page.evaluate(() => window.__mutations.length)) > 0, 'the nodes were replaced');
      const online = await shadows(page);
      assert.deepEqual(online.slice(0, 8), offline.slice(0, 8));
      assert.ok(online.every((w) => w.roots === 1));
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(log.errors, []);
      const widgets = await widgetSummaries(page);
      assert.deepEqual(widgets.filter((w) => w.error).map((w) => w.tag), ['strike-card']);
      await page.close();
    });
  }

  test('under the strict policy without the style hashes, the inline styles are blocked (and reported), the content still shows', async () => {
    const { page } = await open(browser, `${bare.url}/out/with-hydration.html`);
    await hydrated(page);
    const violations = await page.evaluate(() => window.__violations);
    assert.ok(violations.length > 0 && violations.every((v) => v.directive.startsWith('style-src')), JSON.stringify(violations));
    assert.deepEqual(await page.evaluate(() => window.__mutations), []);
    // Hydrated, the widgets take their styles as constructed sheets, which the policy allows.
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.querySelector('strike-card').shadowRoot.querySelector('.root')).borderTopStyle), 'none');
    await page.close();
  });
});
