// What readers download of the embedded dataset (dist, from the build step): the bundle carries it in English
// without the editors' notes, each language's chunk carries that language's translations, and the JSON export keeps
// everything.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const exported = JSON.parse(readFileSync('dist/strike-dataset.json', 'utf8'));
const bundle = readFileSync('dist/strike-widgets.js', 'utf8');
const chunk = (name) => {
  const file = readdirSync('dist/strike-widgets').find((f) => new RegExp(`^${name}-[\\w-]{8}\\.js$`).test(f));
  assert.ok(file, `dist/strike-widgets/${name}-*.js`);
  return readFileSync(join('dist/strike-widgets', file), 'utf8');
};
const chunks = readdirSync('dist/strike-widgets').map((f) => readFileSync(join('dist/strike-widgets', f), 'utf8'));

/** Every value under `key`, at any depth. */
function valuesOf(value, key, out = []) {
  if (Array.isArray(value)) value.forEach((v) => valuesOf(v, key, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) k === key ? out.push(v) : valuesOf(v, key, out);
  return out;
}

/** How a string reads inside minified JavaScript (JSON escapes, as the build writes it). */
const asWritten = (text) => JSON.stringify(text).slice(1, -1);

test('the editors’ notes are in the JSON export and in no file a reader downloads', () => {
  const notes = [...valuesOf(exported, 'note'), ...valuesOf(exported, 'dateNote')];
  assert.ok(notes.length >= 10, `${notes.length} notes`);
  for (const note of notes) {
    assert.ok(
      [bundle, ...chunks].every((code) => !code.includes(asWritten(note))),
      note,
    );
  }
});

test('each language’s translations are in its chunk only, and the bundle has the English text', () => {
  for (const lang of ['uk', 'ru']) {
    const own = chunk(lang);
    const other = chunk(lang === 'uk' ? 'ru' : 'uk');
    const translated = (l) => valuesOf(exported, 'i18n').flatMap((i18n) => Object.values(i18n[l] ?? {}));
    const texts = translated(lang);
    // A name spelled alike in both languages (Кремль) is in both chunks.
    const shared = new Set(translated(lang === 'uk' ? 'ru' : 'uk'));
    assert.ok(texts.length >= 20, `${lang}: ${texts.length} translated texts`);
    for (const text of texts) {
      assert.ok(own.includes(asWritten(text)), `${lang} chunk: ${text}`);
      assert.ok(!bundle.includes(asWritten(text)), `not in the bundle: ${text}`);
      if (!shared.has(text)) assert.ok(!other.includes(asWritten(text)), `only in ${lang}: ${text}`);
    }
  }
  for (const event of exported.events) assert.ok(bundle.includes(asWritten(event.headline)), event.headline);
});
