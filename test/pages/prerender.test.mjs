// The prerendered page (`strike-widgets prerender` on test/pages/prerender-source.html) in each engine (BROWSERS
// chooses), served under a strict CSP: it shows the figures and attributions with JavaScript off; with JavaScript
// on, hydration (dist/hydrate.js before the bundle) changes no node; without it, the bundle replaces the prerendered
// nodes with identical ones rather than adding a second copy.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { styleHashes } from 'strike-widgets/prerender';
import { STRICT_CSP } from '../../scripts/serve.mjs';
import { ENGINES, engineBrowser, open, serve, testPage, widgetSummaries, WIDGETS } from '../node/harness.mjs';

/** The prerendered page, as the CLI writes it (test/node/prerender.test.mjs checks the CLI itself). */
let out;
before(() => {
  out = spawnSync(process.execPath, ['bin/strike-widgets.mjs', 'prerender', '-'], {
    input: testPage('test/pages/prerender-source.html'),
    encoding: 'utf8',
  }).stdout;
  assert.match(out, /<template shadowroot/);
});

for (const engine of ENGINES)
  describe(`the prerendered page in ${engine}`, () => {
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
      const hydrateLate = withoutHydration.replace(
        '</body>',
        '<script type="module" src="/dist/hydrate.js"></script>\n</body>',
      );
      writeFileSync(join(dir, 'hydration-too-late.html'), hydrateLate);
      hashes = await styleHashes(out);
      assert.ok(hashes.length >= 3 && hashes.every((h) => /^'sha256-[\w+/]+=*'$/.test(h)), hashes.join(' '));
      // The strict policy, with the prerendered inline styles allowed by their hashes (what the CLI's --csp-hashes prints).
      const csp = STRICT_CSP.replace(
        "default-src 'self';",
        `default-src 'self'; style-src 'self' ${hashes.join(' ')};`,
      );
      browser = await engineBrowser(engine);
      server = await serve({ root: '.', csp, mounts: { '/out/': dir } });
      bare = await serve({ root: '.', mounts: { '/out/': dir } });
    });
    after(async () => {
      await server?.close();
      await bare?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    /** Each widget: its tag, whether it has a shadow root, its shadow text, and how many widget roots it holds. */
    const shadows = (page) =>
      page.evaluate(
        (selector) =>
          [...document.querySelectorAll(selector)].map((el) => ({
            tag: el.localName,
            shadow: !!el.shadowRoot,
            roots: el.shadowRoot?.querySelectorAll('.root').length ?? 0,
            text: (el.shadowRoot?.querySelector('.root')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          })),
        WIDGETS,
      );

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
      assert.deepEqual(
        offline.map((w) => [w.tag, w.shadow]),
        [
          ['strike-card', true],
          ['strike-card', true],
          ['quote-block', true],
          ['casualty-counter', true],
          ['casualty-counter', true],
          ['quote-block', true],
          ['casualty-counter', true],
          ['strike-card', true],
          ['strike-card', false],
        ],
      );
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
      assert.match(
        publisher,
        /at least 3 injured, according to City council/,
        'the inline publisher dataset, by an ancestor’s dataset-id',
      );
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
      assert.deepEqual(
        (await page.evaluate(() => window.__widgetErrors)).map((e) => e.code),
        ['unknown-event'],
      );
      // The elements are live: a change re-renders in place.
      const changed = await page.evaluate(async () => {
        const card = document.querySelector('strike-card');
        card.setAttribute('lang', 'uk');
        await card.updateComplete;
        return card.shadowRoot.textContent;
      });
      assert.match(changed, /щонайменше 14 загиблих/);
      assert.equal(
        await page.evaluate(() => document.querySelectorAll('script[type="application/ld+json"]').length),
        2,
      );
      await page.close();
    });

    for (const [name, file] of [
      ['without hydrate.js', 'without-hydration'],
      ['with hydrate.js after the bundle', 'hydration-too-late'],
    ]) {
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
        assert.deepEqual(
          widgets.filter((w) => w.error).map((w) => w.tag),
          ['strike-card'],
        );
        await page.close();
      });
    }

    test('under the strict policy without the style hashes, the inline styles are blocked (and reported), the content still shows', async () => {
      const { page } = await open(browser, `${bare.url}/out/with-hydration.html`);
      await hydrated(page);
      const violations = await page.evaluate(() => window.__violations);
      assert.ok(
        violations.length > 0 && violations.every((v) => v.directive.startsWith('style-src')),
        JSON.stringify(violations),
      );
      assert.deepEqual(await page.evaluate(() => window.__mutations), []);
      // Hydrated, the widgets take their styles as constructed sheets, which the policy allows.
      assert.notEqual(
        await page.evaluate(
          () =>
            getComputedStyle(document.querySelector('strike-card').shadowRoot.querySelector('.root')).borderTopStyle,
        ),
        'none',
      );
      await page.close();
    });
  });
