// custom-elements.json: generated from the JSDoc, committed, and complete. Regenerate with `npm run manifest`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const committed = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = committed.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, path: m.path })));

test('the committed custom-elements.json is what the analyzer produces from the source', () => {
  const out = mkdtempSync(join(tmpdir(), 'cem-'));
  const run = spawnSync(join('node_modules', '.bin', 'cem'), ['analyze', '--quiet', '--outdir', relative(process.cwd(), out)], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const fresh = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
  assert.deepEqual(committed, fresh, 'custom-elements.json is stale: run `npm run manifest` and commit it');
});

test('package.json points at the manifest', () => {
  assert.equal(JSON.parse(readFileSync('package.json', 'utf8')).customElements, 'custom-elements.json');
});

test('the manifest describes the five elements with their tags and definitions', () => {
  assert.deepEqual(elements.map((e) => e.tagName).sort(), ['casualty-counter', 'claim-compare', 'quote-block', 'strike-card', 'strike-timeline']);
  const definitions = committed.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
  assert.deepEqual(definitions.map((d) => d.name).sort(), ['casualty-counter', 'claim-compare', 'quote-block', 'strike-card', 'strike-timeline']);
});

for (const tag of ['strike-card', 'casualty-counter', 'quote-block', 'strike-timeline', 'claim-compare']) {
  test(`<${tag}>: every attribute, part, CSS property and event is documented`, () => {
    const el = elements.find((e) => e.tagName === tag);
    assert.ok(el.summary, 'a summary');
    for (const name of ['dataset-id', 'dataset-src', 'theme', 'lang']) {
      assert.ok(el.attributes.some((a) => a.name === name), `the shared attribute ${name}`);
    }
    for (const attr of el.attributes.filter((a) => a.name !== 'lang')) assert.ok(attr.description, `a description for ${attr.name}`);
    assert.ok(el.events.some((e) => e.name === 'strike-widgets-error'));
    assert.ok(el.slots?.length, 'the fallback slot');
    // Parts the element itself writes, and the base's (templates shared with other elements are checked there).
    const source = readFileSync(join('src/elements', tag, `${tag}.ts`), 'utf8') + readFileSync('src/elements/base.ts', 'utf8');
    const usedParts = [...source.matchAll(/part="([a-z][a-z -]*)"/g)].flatMap((m) => m[1].split(/\s+/));
    const documentedParts = new Set(el.cssParts.map((p) => p.name));
    assert.ok(usedParts.length > 3, 'parts were found in the source');
    for (const part of usedParts) assert.ok(documentedParts.has(part), `part "${part}" is used but not documented`);
    const styles = readFileSync(join('src/elements', tag, `${tag}.styles.ts`), 'utf8');
    const usedProps = new Set([...styles.matchAll(new RegExp(`(--${tag}-[\\w-]+)`, 'g'))].map((m) => m[1]));
    const documentedProps = new Set(el.cssProperties.map((p) => p.name));
    assert.ok(usedProps.size > 0, 'the element has custom properties of its own');
    for (const prop of usedProps) assert.ok(documentedProps.has(prop), `custom property ${prop} is used but not documented`);
    for (const prop of ['--sw-color-text', '--sw-color-background', '--sw-font-family']) assert.ok(documentedProps.has(prop), prop);
  });
}
