// custom-elements.json: generated from the JSDoc, committed, and complete (checked against rendered elements, run
// `npm run build` first). Regenerate with `npm run manifest`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { WIDGETS, launchBrowser, serveRepo, widgetsRendered } from './harness.mjs';

const committed = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = committed.modules.flatMap((m) =>
  (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, path: m.path })),
);

test('the committed custom-elements.json is what the analyzer produces from the source', () => {
  const out = mkdtempSync(join(tmpdir(), 'cem-'));
  const run = spawnSync(
    join('node_modules', '.bin', 'cem'),
    ['analyze', '--quiet', '--outdir', relative(process.cwd(), out)],
    { encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  const fresh = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
  assert.deepEqual(committed, fresh, 'custom-elements.json is stale: run `npm run manifest` and commit it');
});

test('package.json points at the manifest', () => {
  assert.equal(JSON.parse(readFileSync('package.json', 'utf8')).customElements, 'custom-elements.json');
});

test('the manifest describes the five elements with their tags and definitions', () => {
  assert.deepEqual(elements.map((e) => e.tagName).sort(), [
    'casualty-counter',
    'claim-compare',
    'quote-block',
    'strike-card',
    'strike-timeline',
  ]);
  const definitions = committed.modules
    .flatMap((m) => m.exports ?? [])
    .filter((e) => e.kind === 'custom-element-definition');
  assert.deepEqual(definitions.map((d) => d.name).sort(), [
    'casualty-counter',
    'claim-compare',
    'quote-block',
    'strike-card',
    'strike-timeline',
  ]);
});

for (const tag of ['strike-card', 'casualty-counter', 'quote-block', 'strike-timeline', 'claim-compare']) {
  test(`<${tag}>: every attribute, CSS property and event is documented`, () => {
    const el = elements.find((e) => e.tagName === tag);
    assert.ok(el.summary, 'a summary');
    for (const name of ['dataset-id', 'dataset-src', 'theme', 'lang']) {
      assert.ok(
        el.attributes.some((a) => a.name === name),
        `the shared attribute ${name}`,
      );
    }
    for (const attr of el.attributes.filter((a) => a.name !== 'lang'))
      assert.ok(attr.description, `a description for ${attr.name}`);
    assert.ok(el.events.some((e) => e.name === 'strike-widgets-error'));
    assert.ok(el.slots?.length, 'the fallback slot');
    const styles = readFileSync(join('src/elements', tag, `${tag}.styles.ts`), 'utf8');
    const usedProps = new Set([...styles.matchAll(new RegExp(`(--${tag}-[\\w-]+)`, 'g'))].map((m) => m[1]));
    const documentedProps = new Set(el.cssProperties.map((p) => p.name));
    assert.ok(usedProps.size > 0, 'the element has custom properties of its own');
    for (const prop of usedProps)
      assert.ok(documentedProps.has(prop), `custom property ${prop} is used but not documented`);
    for (const prop of ['--sw-color-text', '--sw-color-background', '--sw-font-family'])
      assert.ok(documentedProps.has(prop), prop);
  });
}

/**
 * Every element of the bundle rendered in Chromium for every event and quote of the embedded dataset, in each
 * variant, and in error states (with the publisher's fallback beside the message): the parts its shadow root
 * carries. Parts set from data (`part=${…}`) count as much as written ones.
 */
const RENDER_PARTS = async () => {
  const { seedDataset } = await import('strike-widgets/data');
  const markup = [];
  const fallback = '<p>Fallback</p>';
  for (const event of seedDataset.events) {
    for (const variant of ['full', 'compact']) {
      markup.push(`<strike-card event="${event.id}" variant="${variant}"></strike-card>`);
      markup.push(`<strike-timeline from="${event.id}" variant="${variant}"></strike-timeline>`);
    }
    markup.push(
      `<casualty-counter event="${event.id}"></casualty-counter>`,
      `<claim-compare event="${event.id}"></claim-compare>`,
    );
    for (const metric of ['injured', 'launched', 'intercepted'])
      markup.push(`<casualty-counter event="${event.id}" metric="${metric}"></casualty-counter>`);
  }
  markup.push(`<casualty-counter events="${seedDataset.events.map((e) => e.id).join(' ')}"></casualty-counter>`);
  for (const quote of seedDataset.quotes) markup.push(`<quote-block quote="${quote.id}" max-lines="2"></quote-block>`);
  for (const tag of ['strike-card', 'casualty-counter', 'quote-block', 'strike-timeline', 'claim-compare'])
    markup.push(`<${tag}>${fallback}</${tag}>`);
  return markup.join('\n');
};

test('the parts the elements render are the parts the manifest documents', async () => {
  // The markup is written into the page from here, which the repository pages' Trusted Types policy forbids.
  const server = await serveRepo({ csp: null });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/test/pages/plain.html`, { waitUntil: 'load' });
    await page.evaluate(
      (html) => {
        document.body.innerHTML = html;
      },
      await RENDER_PARTS(),
    );
    await widgetsRendered(page, 60000);
    const rendered = await page.evaluate((selector) => {
      const parts = {};
      for (const el of document.querySelectorAll(selector)) {
        const own = (parts[el.localName] ??= []);
        for (const node of el.shadowRoot.querySelectorAll('[part]'))
          own.push(...node.getAttribute('part').split(/\s+/).filter(Boolean));
      }
      return Object.fromEntries(Object.entries(parts).map(([tag, list]) => [tag, [...new Set(list)].sort()]));
    }, WIDGETS);
    for (const el of elements) {
      const documented = new Set(el.cssParts.map((p) => p.name));
      const used = rendered[el.tagName] ?? [];
      assert.ok(used.length > 3, `<${el.tagName}> rendered with parts`);
      assert.deepEqual(
        used.filter((part) => !documented.has(part)),
        [],
        `<${el.tagName}>: parts rendered but not documented`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
});
