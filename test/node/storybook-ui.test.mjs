// Storybook as a designer uses it (the manager UI of storybook-static/, from `npm run build-storybook`): a control
// for every attribute, CSS custom property and the slot; story names as people say them; a theming page; no
// onboarding checklist; one copy of Lit in the preview.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import { launchBrowser } from './harness.mjs';

const INDEX = 'storybook-static/index.json';
const built = existsSync(INDEX);
let browser;
let server;
before(async () => {
  if (!built) return;
  browser = await launchBrowser();
  server = await startServer({ root: 'storybook-static', csp: null });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('Storybook for designers', { skip: !built && 'run npm run build-storybook first' }, () => {
  test('the Controls panel has a control for the CSS custom properties, structured-data, dataset-id, dataset-src and the slot', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${server.url}/?path=/story/elements-strike-card--default`, { waitUntil: 'load' });
    await page.waitForSelector('#control-event', { timeout: 30000 });
    // A control is its input, or, for an arg not set yet, the "Set string/boolean/number" button that creates it.
    const controls = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('tr')]
          .filter((tr) => tr.cells.length > 1)
          .map((tr) => [
            tr.cells[0].textContent.trim().split(/\s/)[0],
            !!tr.querySelector('input, select, textarea, button[id^="set-"]'),
          ]),
      ),
    );
    // The default slot's row is named `default` (its arg is `default-slot`), as @wc-toolkit/storybook-helpers names it.
    const wanted = [
      'structured-data',
      'dataset-id',
      'dataset-src',
      'heading-level',
      '--sw-color-background',
      '--sw-font-family',
      '--sw-radius',
      '--strike-card-gap',
      'default',
    ];
    assert.deepEqual(
      wanted.filter((name) => !controls[name]),
      [],
    );
    const sidebar = await page.evaluate(() => document.querySelector('#storybook-explorer-tree')?.innerText ?? '');
    assert.ok(sidebar.includes('Theming'), 'the theming page is listed');
    assert.doesNotMatch(await page.evaluate(() => document.body.innerText), /onboarding|checklist|get started/i);
    await page.close();
  });

  test('stories are named as people say them, and none only repeats a toolbar setting', () => {
    const stories = Object.values(JSON.parse(readFileSync(INDEX, 'utf8')).entries).filter((e) => e.type === 'story');
    const names = stories.map((s) => s.name);
    for (const name of ['UN Security Council meeting', 'JavaScript off', 'Kerch Bridge attack']) {
      assert.ok(names.includes(name), name);
    }
    assert.deepEqual(
      names.filter((n) => /^(Un |No Java Script|Turk Stream)/.test(n)),
      [],
    );
    // Theme, language and width are the toolbar's: a story that only sets one of them repeats it.
    assert.deepEqual(
      stories
        .filter((s) =>
          /^(Dark|Brand|Phone|Wide|Ukrainian|Russian Dark|Error Ukrainian|Error In Ukrainian)( |$)/.test(s.name),
        )
        .map((s) => s.id),
      [],
    );
  });

  test('the theming page renders the worked brand example', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/iframe.html?id=theming--docs&viewMode=docs`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => document.body.innerText.includes('A worked brand example') && document.body.innerText.includes('#fff8e7'),
      { timeout: 30000 },
    );
    assert.match(await page.evaluate(() => document.body.innerText), /--sw-color-background[\s\S]{0,40}#fff8e7/);
    await page.close();
  });

  test('the preview loads one copy of Lit', async () => {
    const page = await browser.newPage();
    for (const [id, mode] of [
      ['elements-strike-card--default', 'story'],
      ['elements-strike-card--docs', 'docs'],
    ]) {
      await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=${mode}`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('strike-card')?.shadowRoot?.querySelector('.root'), {
        timeout: 30000,
      });
      const copies = await page.evaluate(() => [
        globalThis.litHtmlVersions?.length,
        globalThis.litElementVersions?.length,
      ]);
      assert.deepEqual(copies, [1, 1], `${id}: lit-html and LitElement loaded once`);
    }
    await page.close();
  });
});
