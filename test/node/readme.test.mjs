// The README's commands and claims, run or checked: the package ships every file the README points a user at, the
// fallback markup survives WordPress wrapping it in <p>, `PORT` moves the demo, and the demo has what it says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'parse5';

const readme = readFileSync('README.md', 'utf8');

/** The fenced code blocks of a language, in order. */
const blocks = (lang) => [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);

test('every dist/ or bin/ file the README names is in the package (npm pack)', () => {
  const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const shipped = new Set(JSON.parse(run.stdout)[0].files.map((f) => f.path));
  const named = [...new Set([...readme.matchAll(/`((?:dist|bin)\/[\w./-]+\.[a-z.]+)`/g)].map((m) => m[1]))];
  assert.ok(named.length >= 3, named.join(', '));
  assert.deepEqual(named.filter((path) => !shipped.has(path)), []);
  // What a package user imports must resolve to shipped files.
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const m of readme.matchAll(/from '(strike-widgets(?:\/[\w.-]+)?)'/g)) {
    const sub = m[1] === 'strike-widgets' ? '.' : `./${m[1].slice('strike-widgets/'.length)}`;
    const target = pkg.exports[sub];
    assert.ok(target, `${m[1]} is exported`);
    const file = typeof target === 'string' ? target : target.default ?? target.types;
    assert.ok(shipped.has(file.replace(/^\.\//, '')), `${m[1]} → ${file} is shipped`);
  }
});

/** Every element in a parse5 tree, depth first. */
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child;
    yield* elements(child.tagName === 'template' ? child.content : child);
  }
}
const textOf = (node) => (node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(textOf).join(''));

test("the README's fallback markup stays inside the element when WordPress wraps the line in <p>", () => {
  const example = blocks('html').find((b) => b.includes('<casualty-counter') && !b.includes('<script'));
  assert.ok(example, 'the fallback example');
  const tag = example.match(/<([a-z]+-[a-z-]+)/)[1];
  const fallback = textOf(parse(example)).trim();
  assert.ok(fallback.length > 20);
  // The classic editor's wpautop wraps a line of text and inline elements in one paragraph.
  const wrapped = parse(`<!doctype html><body><p>${example.trim()}</p></body>`);
  const el = [...elements(wrapped)].find((e) => e.tagName === tag);
  assert.equal(textOf(el).trim(), fallback, 'the whole fallback inside the element');
  assert.equal(textOf(wrapped).split(fallback).length - 1, 1, 'shown once');
  // The block markup the README used to recommend does not survive: its <p> is pushed out of the element.
  const old = parse(`<!doctype html><body><p><${tag}><p>${fallback}</p></${tag}></p></body>`);
  assert.equal(textOf([...elements(old)].find((e) => e.tagName === tag)).trim(), '');
});

test('PORT=… serves the demo on that port, as the README says', async () => {
  assert.match(readme, /`PORT=8081 npm start`/);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = spawn(process.execPath, ['scripts/start.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'pipe' });
  try {
    let response;
    for (let i = 0; i < 50 && !response; i++) {
      await new Promise((r) => setTimeout(r, 100));
      response = await fetch(`http://127.0.0.1:${port}/builder.html`).catch(() => undefined);
    }
    assert.equal(response?.status, 200);
  } finally {
    server.kill();
  }
});

test('the demo has what the README says: an English article, one widget in Ukrainian, a JavaScript-off view', () => {
  const page = parse(readFileSync('demo/index.html', 'utf8'));
  const all = [...elements(page)];
  const attr = (e, name) => e.attrs.find((a) => a.name === name)?.value;
  assert.equal(attr(all.find((e) => e.tagName === 'html'), 'lang'), 'en');
  const widgets = all.filter((e) => /^(strike-card|casualty-counter|quote-block|strike-timeline|claim-compare)$/.test(e.tagName));
  assert.equal(widgets.filter((e) => attr(e, 'lang') === 'uk').length, 1);
  assert.ok(all.some((e) => e.tagName === 'iframe' && /no-js/.test(attr(e, 'class') ?? '')));
  assert.ok(readme.includes('one widget in Ukrainian'));
});
