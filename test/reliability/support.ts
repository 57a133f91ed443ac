/** What the reliability suites share: hostile strings, and mutating datasets by contract. */
import fc from 'fast-check';
import { DATASET_SHAPE } from '../../src/data/shapes.js';
import type { Shape } from '../../src/data/shapes.js';
import { seedDataset } from '../../src/data/seed/index.js';
import type { Dataset } from '../../src/data/model.js';

/** Strings that have broken widgets elsewhere: markup, script, attribute breakers, bidi, invisible and huge text. */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">',
  '"><svg onload="window.__pwned=(window.__pwned||0)+1">',
  '</script><script>window.__pwned=(window.__pwned||0)+1</script>',
  "' onmouseover='window.__pwned=1' x='",
  '${window.__pwned=1}',
  '`${(window.__pwned=1)}`',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<a href="javascript:window.__pwned=1">click</a>',
  'javascript:window.__pwned=1',
  '<style>*{display:none!important}</style>',
  '<!-- <template shadowrootmode="open"><slot></slot></template> -->',
  '{claimant} {n} {name}',
  '\u202Eevil\u202C \u2066isolated\u2069 \u200B\u200C\u200D\uFEFF',
  '🇺🇦 👩‍👩‍👧‍👦 🏳️‍🌈 ̸̡̢̛̗̘̙͓',
  'Київ · Белгород · Крым',
  '&lt;b&gt;not bold&lt;/b&gt; &amp; &#60;script&#62;',
];

/** Any hostile string: a known payload, random text of any script, a payload inside normal text, or 10,000 characters. */
export const hostileString: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom(...PAYLOADS),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
    fc
      .tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 10 }))
      .map(([a, p, b]) => a + p + b),
    fc.constantFrom(...PAYLOADS).map((p) => p.repeat(Math.ceil(10_000 / p.length)).slice(0, 10_000)),
  )
  .map((s) => (s.trim() ? s : `x${s}`));

/**
 * A copy of `value` in which every free-text field of the contract (a string with no format: names, headlines,
 * summaries, quotes, verbatim words, roles, notes, translations) is replaced by `next()`. Ids, dates, URLs and closed
 * lists are left valid, so the result still satisfies the contract.
 */
export function replaceText(shape: Shape, value: unknown, next: () => string): unknown {
  switch (shape.type) {
    case 'string':
      return shape.format ? value : next();
    case 'array':
      return Array.isArray(value) ? value.map((v) => replaceText(shape.items, v, next)) : value;
    case 'object': {
      if (!value || typeof value !== 'object') return value;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = shape.props[k] ? replaceText(shape.props[k], v, next) : v;
      return out;
    }
    case 'anyOf':
      return value;
    default:
      return value;
  }
}

/** The embedded dataset with its free text replaced by the given strings, in turn. */
export function hostileDataset(strings: string[]): Dataset {
  let i = 0;
  return replaceText(DATASET_SHAPE, seedDataset, () => strings[i++ % strings.length]!) as Dataset;
}

/** The small publisher dataset of the fixtures, as an object. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mutated freely
export async function miniDataset(): Promise<Record<string, any>> {
  return (await fetch('/test/fixtures/mini-dataset.json')).json();
}

/** A URL under which the test server answers with this JSON text. */
export const echoUrl = (text: string, key = String(Math.random())) =>
  `/__test/echo?key=${encodeURIComponent(key)}&b=${btoa(unescape(encodeURIComponent(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')}`;

/** Waits for the browser to settle: a frame, and any timers a payload could have queued. */
export const settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));

/** Every strike-widgets tag this page defines. */
export const definedTags = () =>
  ['strike-card', 'casualty-counter', 'quote-block', 'strike-timeline', 'claim-compare'].filter((t) =>
    customElements.get(t),
  );
