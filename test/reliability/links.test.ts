import '../../src/format/locales/all.js';
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/index.js';
import { registerDataset, unregisterDataset } from '../../src/data/registry.js';
import { validate } from '../../src/data/validate.js';
import { seedDataset } from '../../src/data/seed/index.js';
import type { Dataset } from '../../src/data/model.js';
import { localeFor, phraseSource, safeUrl } from '../../src/format/phrase.js';
import { sourcesTemplate } from '../../src/elements/templates.js';
import { collectErrors } from '../helpers.js';

/** URLs that must never become live links, however they are disguised. */
const DANGEROUS = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  '\njavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  '\u0000javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://example.org/x',
  'blob:https://example.org/uuid',
  '/relative/path',
  'relative/path',
  './report',
  '../report',
  '?q=1',
  '#fragment',
  '//evil.example/x',
  '///evil.example/x',
  '\\\\evil.example\\x',
  'https:',
  'https://',
];
const SAFE = ['https://example.org/report', 'http://example.org/a?b=1#c', 'HTTPS://EXAMPLE.ORG/X'];

/** The embedded dataset with one source's URL set, bypassing validation (as a future code path might). */
function withUrl(url: string): Dataset {
  const copy = structuredClone(seedDataset);
  copy.sources[0]!.url = url;
  return copy;
}

describe('links: only http(s) URLs become links', () => {
  it(`rejects ${DANGEROUS.length} disguised schemes and forms in format, in templates and in validation`, () => {
    const loc = localeFor('en');
    for (const url of DANGEROUS) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
      const container = document.createElement('div');
      render(sourcesTemplate(loc, [phraseSource(loc, withUrl(url), 'sky-news-2022-10-10')!]), container);
      expect(container.querySelector('a'), `no link for ${JSON.stringify(url)}`).to.equal(null);
      expect(
        validate(withUrl(url)).map((p) => p.path),
        JSON.stringify(url),
      ).to.include('/sources/0/url');
    }
  });

  it('a publisher dataset with such a URL is refused whole, with the path of the problem, and no link appears', async () => {
    const errors = collectErrors();
    try {
      for (const url of DANGEROUS.slice(0, 8)) {
        registerDataset('links', withUrl(url));
        const el = await fixture(
          html`<strike-card dataset-id="links" event="2022-10-10-missile-strikes"></strike-card>`,
        );
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
        expect(el.shadowRoot!.textContent).to.include('/sources/0/url');
        el.remove();
      }
      expect(errors.errors.every((e) => e.code === 'invalid-dataset')).to.equal(true);
    } finally {
      errors.stop();
      unregisterDataset('links');
    }
  });

  it('http(s) URLs become links with rel="noopener noreferrer", in every element that links', async () => {
    for (const url of SAFE) {
      registerDataset('links', withUrl(url));
      const el = await fixture(html`<div dataset-id="links">
        <strike-card event="2022-10-10-missile-strikes"></strike-card>
        <casualty-counter event="2022-10-10-missile-strikes"></casualty-counter>
        <quote-block quote="zelenskyy-panic-and-chaos"></quote-block>
      </div>`);
      for (const widget of el.children) {
        await (widget as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const links = [...widget.shadowRoot!.querySelectorAll('a')];
        expect(
          links.length,
          `${widget.localName}: ${widget.shadowRoot!.textContent.replace(/[ \t\n\r\f]+/g, ' ').slice(0, 300)}`,
        ).to.be.above(0);
        for (const a of links) {
          expect(a.protocol).to.match(/^https?:$/);
          expect(a.rel).to.equal('noopener noreferrer');
        }
      }
      expect(el.querySelector('quote-block')!.shadowRoot!.querySelector('blockquote')!.getAttribute('cite')).to.equal(
        new URL(url).href,
      );
    }
    unregisterDataset('links');
  });
});
