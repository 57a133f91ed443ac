// The template minifier of the bundle build: it squeezes indentation and never changes what renders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, minifyHtml } from '../../scripts/rollup-minify-templates.mjs';

test('CSS: comments and indentation go; quoted strings keep every character', () => {
  const css = `
    /* a comment */
    .list li + li::before {
      content: '; ';
      font-family: "Helvetica Neue", Arial;
    }
    a[href]::after { content: ' <' attr(href) '>'; }
    :host([theme='dark']) .root { color-scheme: dark; }`;
  assert.equal(
    minifyCss(css),
    `.list li + li::before{content:'; ';font-family:"Helvetica Neue",Arial}a[href]::after{content:' <' attr(href) '>'}:host([theme='dark']) .root{color-scheme:dark}`,
  );
});

test('CSS: descendant selectors and pseudo-classes keep their spaces', () => {
  assert.equal(minifyCss('.root :focus-visible { outline: 2px solid }'), '.root :focus-visible{outline:2px solid}');
});

test('HTML: whitespace runs become one space, which renders the same', () => {
  assert.equal(minifyHtml('<p>\n      at least\n      <b>14</b>\n    </p>'), '<p> at least <b>14</b> </p>');
});
