// Prerendering: `strike-widgets prerender` (and the Node API) expands every widget of a page into declarative
// shadow DOM. The CLI and the API here; the output served to each engine in test/pages/prerender.test.mjs.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prerender } from 'strike-widgets/prerender';
import { testPage } from './harness.mjs';

// The page with its inline dataset written in, as a file, for the CLI to read.
const source = testPage('test/pages/prerender-source.html');
const SOURCE = join(mkdtempSync(join(tmpdir(), 'prerender-source-')), 'page.html');
writeFileSync(SOURCE, source);
const cli = (...args) => spawnSync(process.execPath, ['bin/strike-widgets.mjs', ...args], { encoding: 'utf8' });

let out;
let warnings;
before(() => {
  const run = cli('prerender', SOURCE);
  // The page has one element with an unknown event on purpose: prerendered with its message, and the exit code says so.
  assert.equal(run.status, 1, run.stderr);
  assert.match(
    run.stderr,
    /<strike-card> on line 26: This widget could not be shown There is no event “no-such-event” in this dataset\./,
  );
  out = run.stdout;
  warnings = run.stderr;
});

describe('the CLI and the API', () => {
  test('exits 1 naming the element and its line when an element shows an error (the page is still written)', () => {
    const page =
      '<!doctype html>\n<p>Intro</p>\n<strike-card event="2022-10-10-missile-strike"></strike-card>\n<casualty-counter event="2022-10-10-missile-strikes"></casualty-counter>\n';
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
      const run = spawnSync(process.execPath, ['bin/strike-widgets.mjs', 'prerender', ...stdin], {
        input: source,
        encoding: 'utf8',
      });
      assert.equal(run.stdout, out, 'the page from standard input');
    }
  });

  test('adds one declarative shadow root per widget, right after its start tag, and keeps everything else', () => {
    const templates = out.match(/<template shadowroot="open" shadowrootmode="open">/g) ?? [];
    assert.equal(templates.length, 8, 'every widget but the one with dataset-src');
    assert.equal(
      out.replace(/<template shadowroot="open" shadowrootmode="open">[\s\S]*?<\/template>(?=<\/?[a-z])/g, ''),
      source,
    );
    assert.match(
      out,
      /data-note="a > b, &quot;c&quot; <d>"><template shadowroot/,
      'an attribute holding ">" is not the end of the tag',
    );
    assert.match(
      out,
      /<\/template><p>Russian strikes on 10 Oct 2022/,
      'the light-DOM fallback follows the shadow root',
    );
    assert.match(out, /<!-- <strike-card event="in-a-comment"><\/strike-card> stays a comment -->/);
    assert.match(
      out,
      /<template id="inert"><strike-card event="2022-10-10-missile-strikes"><\/strike-card><\/template>/,
    );
    assert.match(
      out,
      /<strike-card dataset-src="\/test\/fixtures\/mini-dataset.json" event="publisher-event" variant="compact"><\/strike-card>/,
    );
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
    assert.match(
      prerender('<strike-card event="2022-10-10-missile-strikes" lang="ru"></strike-card>'),
      /не\u00a0менее 14 погибших/,
    );
    // Windows line ends and a page without <html>: offsets still land right after the start tag.
    const crlf = '<p>a</p>\r\n<quote-block\r\n  quote="zelenskyy-panic-and-chaos"\r\n></quote-block>\r\n';
    assert.match(
      prerender(crlf),
      /^<p>a<\/p>\r\n<quote-block\r\n {2}quote="zelenskyy-panic-and-chaos"\r\n><template shadowroot[\s\S]*<\/template><\/quote-block>\r\n$/,
    );
  });

  test('the CLI says how to use it', () => {
    const run = cli('render');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /usage: strike-widgets prerender/);
  });

  test('the script-tag bundle carries no prerendering code', () => {
    const bundle = readFileSync('dist/strike-widgets.js', 'utf8');
    for (const marker of [
      '@lit-labs',
      'LitElementRenderer',
      'renderShadow',
      'shadowrootmode',
      'lit-part',
      'parse5',
      'litElementHydrateSupport=',
    ]) {
      assert.ok(!bundle.includes(marker), marker);
    }
    assert.ok(!readFileSync('dist/lib/bundle.js', 'utf8').includes('prerender'));
  });
});
