/**
 * Loaded only for a widget with `structured-data` (see `structured-data.ts`): its JSON-LD phrasing, and the script
 * it adds to the page. The JSON-LD a widget with `structured-data` adds to the page: one `<script type="application/ld+json">` per
 * element, in `document.head`, marked `data-strike-widgets-for="<tag>-<n>"`, updated in place and removed with the
 * element. A data block is never executed, but Chromium checks a script's text against Trusted Types when the
 * script is inserted, whatever its type, and however the text got there (`textContent` or an appended Text node):
 * on a page with `require-trusted-types-for 'script'` the text goes through a policy, `strike-widgets-json-ld`,
 * which passes JSON and nothing else.
 */
export { eventJsonLd, quoteJsonLd } from '../format/structured-data.js';
import { embeddedDataset } from '../data/embedded.js';
import { structuredData } from '../data/seed/structured-data.js';
import { addStructuredData } from '../data/seed/readers.js';

// The script-tag bundle's embedded dataset comes without what only the JSON-LD reads (where each place is): it
// arrives here, with the JSON-LD. Elsewhere the dataset is whole, and putting the same values back changes nothing.
addStructuredData(embeddedDataset, structuredData);

interface Policy {
  createScript(text: string): unknown;
}
const POLICY = Symbol.for('strike-widgets.json-ld-policy.v1');
const scripts = new WeakMap<Element, HTMLScriptElement>();
let count = 0;

/** The policy, created on first use and shared by every copy of the bundle; none where Trusted Types are absent. */
function policy(): Policy | undefined {
  const g = globalThis as {
    [POLICY]?: Policy | undefined;
    trustedTypes?: { createPolicy(name: string, rules: Policy): Policy };
  };
  if (!(POLICY in g)) {
    try {
      g[POLICY] = g.trustedTypes?.createPolicy('strike-widgets-json-ld', {
        createScript: (text) => (JSON.parse(text), text),
      });
    } catch {
      // A `trusted-types` directive that does not list the policy: the text goes in plainly (and is reported).
      g[POLICY] = undefined;
    }
  }
  return g[POLICY];
}

/** JSON that cannot close its script element: every `<` is written `\u003c`. */
export const jsonLdText = (data: object): string => JSON.stringify(data).replace(/</g, '\\u003c');

/** The JSON-LD script of an element, when it has one in the page. */
export const jsonLdFor = (host: Element): HTMLScriptElement | undefined => {
  const script = scripts.get(host);
  return script?.isConnected ? script : undefined;
};

/** Puts an element's JSON-LD in the page, updates it, or (with no data) removes it. */
export function syncJsonLd(host: Element, data: object | undefined): void {
  let script = scripts.get(host);
  if (!data) {
    script?.remove();
    return;
  }
  if (!script) {
    scripts.set(host, (script = document.createElement('script')));
    script.type = 'application/ld+json';
    script.dataset['strikeWidgetsFor'] = `${host.localName}-${++count}`;
  }
  const text = jsonLdText(data);
  if (script.textContent !== text) {
    const trusted = policy()?.createScript(text);
    // Without a policy, a Text node: under enforced Trusted Types a plain `textContent` write would throw.
    if (trusted) script.textContent = trusted as string;
    else script.replaceChildren(text);
  }
  if (!script.isConnected) document.head.append(script);
}
