// Every story of the static Storybook (storybook-static/, from `npm run build-storybook`) opened in headless
// Chromium: a story fails on a console error, an uncaught exception, a failed request, a Storybook error screen,
// a widget that never renders, or an axe violation — and the failure names the story.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import { launchBrowser } from './harness.mjs';

const STATIC = 'storybook-static';
const INDEX = join(STATIC, 'index.json');
const AXE = join('node_modules', 'axe-core', 'axe.min.js');
/** Pages open at once, each taking one stories file at a time. */
const PAGES = 2;
const STORY_TIMEOUT = 20000;
/** The widgets' tags, from the manifest: each one in a story must be registered and rendered. */
const TAGS = JSON.parse(readFileSync('custom-elements.json', 'utf8'))
  .modules.flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .map((d) => d.tagName);

const stories = existsSync(INDEX)
  ? Object.values(JSON.parse(readFileSync(INDEX, 'utf8')).entries).filter((entry) => entry.type === 'story')
  : [];
const label = (story) => `${story.title} › ${story.name} (${story.id})`;

/** Storybook's verdict once it has finished a story: an error screen ("No Preview", a thrown render) or none. */
const ERROR_SCREEN = `(() => {
  const classes = document.body.classList;
  const text = (selector) => document.querySelector(selector)?.textContent?.trim() ?? '';
  if (classes.contains('sb-show-errordisplay')) return ('Storybook shows an error: ' + text('#error-message') + ' ' + text('#error-stack')).trim();
  if (classes.contains('sb-show-nopreview')) return 'Storybook shows "No Preview": the story did not render.';
  return '';
})()`;

/**
 * Opens a story: a fresh load of `iframe.html?id=…` for the first story of each stories file (so a file that
 * forgets to import its element fails), then, like Storybook's own test runner and like a designer clicking through
 * the sidebar, the file's other stories through the preview's channel. Resolves when Storybook has finished it.
 */
async function openStory(page, base, story, fresh) {
  if (fresh) {
    // The accessibility addon's own run is switched off here: this test runs axe itself, once.
    const url = `${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`;
    await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT });
    await page.waitForFunction(
      () =>
        ['finished', 'aborted'].includes(window.__STORYBOOK_PREVIEW__?.storyRenders?.at(-1)?.phase) ||
        document.body.classList.contains('sb-show-errordisplay') ||
        document.body.classList.contains('sb-show-nopreview'),
      { timeout: STORY_TIMEOUT, polling: 50 },
    );
    await page.addScriptTag({ path: AXE });
    return;
  }
  await page.evaluate(
    (storyId, timeout) =>
      new Promise((resolve, reject) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const finished = (event) => {
          if (event?.storyId !== storyId) return;
          channel.off('storyFinished', finished);
          channel.off('storyMissing', missing);
          clearTimeout(timer);
          resolve();
        };
        const missing = () => finished({ storyId });
        const timer = setTimeout(
          () => reject(new Error(`Storybook did not finish the story in ${timeout} ms`)),
          timeout,
        );
        channel.on('storyFinished', finished);
        channel.on('storyMissing', missing);
        channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }),
    story.id,
    STORY_TIMEOUT,
  );
}

/**
 * The widgets of the story that have not rendered yet: not registered (a story that forgot to import its element,
 * or a bundler that dropped the import), not rendered, or still loading. Other upgraded custom elements count too.
 */
const PENDING_WIDGETS = `[...document.querySelectorAll('#storybook-root *')]
  .filter((el) => ${JSON.stringify(TAGS)}.includes(el.localName) || (el.localName.includes('-') && customElements.get(el.localName)))
  .filter((el) => !el.shadowRoot?.querySelector('.root') || el.shadowRoot.querySelector('[aria-busy="true"]'))
  .map((el) => (customElements.get(el.localName) ? '' : '(not registered) ') + el.outerHTML.slice(0, 160))`;

/** Waits until every widget in the story has rendered; names those that did not. */
async function unrenderedWidgets(page) {
  try {
    await page.waitForFunction(`(${PENDING_WIDGETS}).length === 0`, { timeout: 10000, polling: 50 });
    return [];
  } catch {
    return page.evaluate(PENDING_WIDGETS);
  }
}

/** axe-core on the story root, with the accessibility addon's settings (its one disabled rule: `region`). */
async function axeViolations(page) {
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document.getElementById('storybook-root'), {
      rules: { region: { enabled: false } },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ')})` : ''}`),
    }));
  });
  return violations.map((v) => `axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.join('; ')}`);
}

/** Opens one story and returns everything wrong with it (an empty list when it is fine). */
async function checkStory(page, log, base, story, fresh) {
  log.errors = [];
  const problems = [];
  try {
    await openStory(page, base, story, fresh);
    const error = await page.evaluate(ERROR_SCREEN);
    if (error) problems.push(error);
    else {
      for (const html of await unrenderedWidgets(page)) problems.push(`widget never rendered: ${html}`);
      problems.push(...(await axeViolations(page)));
    }
  } catch (e) {
    problems.push(`could not check the story: ${e.message.split('\n')[0]}`);
  }
  // Console errors and exceptions come first: they are usually the cause of the rest.
  problems.unshift(...log.errors);
  return problems;
}

describe('Storybook: every story of the static build', () => {
  if (!stories.length) {
    test('storybook-static/index.json lists stories', () => {
      assert.fail(`${INDEX} is missing or lists no story: run \`npm run build-storybook\` first.`);
    });
    return;
  }

  const results = new Map();
  let browser;
  let server;

  before(
    async () => {
      server = await startServer({ root: STATIC, csp: null });
      browser = await launchBrowser();
      // One queue entry per stories file: its stories run in order on one page.
      const files = new Map();
      for (const story of stories) files.set(story.importPath, [...(files.get(story.importPath) ?? []), story]);
      const queue = [...files.values()];
      const worker = async () => {
        const page = await browser.newPage();
        await page.setViewport({ width: 1280, height: 900 });
        const log = { errors: [] };
        // The browser's own favicon probe aside.
        const favicon = (url) => new URL(url).pathname === '/favicon.ico';
        page.on('console', (m) => {
          if (m.type() === 'error' && !favicon(m.location()?.url || 'http://x/'))
            log.errors.push(`console.error: ${m.text()}`);
        });
        page.on('pageerror', (e) => log.errors.push(`exception: ${String(e.message ?? e).split('\n')[0]}`));
        page.on('requestfailed', (r) => log.errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
        page.on('response', (r) => {
          if (r.status() >= 400 && !favicon(r.url())) log.errors.push(`HTTP ${r.status()}: ${r.url()}`);
        });
        for (let file = queue.shift(); file; file = queue.shift()) {
          for (const [i, story] of file.entries()) {
            // A story that could not be checked leaves the page in doubt: the next one starts from a fresh load.
            const problems = await checkStory(
              page,
              log,
              server.url,
              story,
              i === 0 || results.get(file[i - 1].id)?.some((p) => p.startsWith('could not')),
            );
            results.set(story.id, problems);
          }
        }
        await page.close();
      };
      await Promise.all(Array.from({ length: PAGES }, worker));
    },
    { timeout: stories.length * STORY_TIMEOUT },
  );

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const story of stories) {
    test(label(story), () => {
      const problems = results.get(story.id) ?? ['not checked'];
      assert.equal(problems.length, 0, `${label(story)}:\n    ${problems.join('\n    ')}`);
    });
  }
});
