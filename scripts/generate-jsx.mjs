// Writes JSX typings from custom-elements.json, so React, Preact and Solid projects get attribute checking:
//   dist/jsx.d.ts        the attribute types, and the global JSX namespace
//   dist/jsx-react.d.ts  React's JSX (import 'strike-widgets/jsx-react')
//   dist/jsx-preact.d.ts Preact's JSX
//   dist/jsx-solid.d.ts  Solid's JSX
import { readFileSync, writeFileSync } from 'node:fs';

/** Where the named types the manifest mentions are declared, relative to dist/. */
const NAMED = {
  Metric: './lib/data/model.js',
  StrikeCardVariant: './lib/elements/strike-card/strike-card.js',
};
const BUILTIN = new Set(['string', 'number', 'boolean', 'undefined']);

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
const imports = new Set();

function typeOf(attr) {
  const text = (attr.type?.text ?? 'string').replace(/\s*\|\s*undefined\b/g, '');
  for (const word of text.match(/\b[A-Za-z_]\w*\b(?=(?:[^']*'[^']*')*[^']*$)/g) ?? []) {
    if (BUILTIN.has(word)) continue;
    if (!NAMED[word]) throw new Error(`generate-jsx: the manifest names the type ${word}; add where it is declared to NAMED`);
    imports.add(word);
  }
  // HTML attributes are strings: a number may be written either way.
  return text.replace(/\bnumber\b/g, 'number | `${number}`');
}

const pascal = (tag) => tag.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
const blocks = elements.map((el) => {
  const attrs = el.attributes
    .filter((a) => a.name !== 'lang')
    .map((a) => `  /** ${(a.description ?? '').replace(/\s+/g, ' ').replace(/\*\//g, '*∕')} */\n  '${a.name}'?: ${typeOf(a)};`);
  return `/** Attributes of <${el.tagName}>. ${el.summary ?? ''} */\nexport interface ${pascal(el.tagName)}Attributes extends CommonAttributes {\n${attrs.join('\n')}\n}`;
});

const header = `// Generated from custom-elements.json by scripts/generate-jsx.mjs. Do not edit.\n`;
const jsx = `${header}${[...imports].map((n) => `import type { ${n} } from '${NAMED[n]}';`).join('\n')}
import type { StrikeWidgetsErrorDetail } from './lib/elements/base.js';

/** What every element accepts besides its own attributes. */
export interface CommonAttributes {
  id?: string;
  class?: string;
  className?: string;
  slot?: string;
  hidden?: boolean;
  lang?: string;
  style?: unknown;
  key?: string | number;
  ref?: unknown;
  children?: unknown;
  /** Bad input: the element shows a message and dispatches this event. */
  'onstrike-widgets-error'?: (event: CustomEvent<StrikeWidgetsErrorDetail>) => void;
}

${blocks.join('\n\n')}

/** The elements, by tag, for JSX IntrinsicElements. */
export interface StrikeWidgetsIntrinsicElements {
${elements.map((el) => `  '${el.tagName}': ${pascal(el.tagName)}Attributes;`).join('\n')}
}

declare global {
  namespace JSX {
    interface IntrinsicElements extends StrikeWidgetsIntrinsicElements {}
  }
}
`;
const augment = (module) => `${header}import type { StrikeWidgetsIntrinsicElements } from './jsx.js';

declare module '${module}' {
  namespace JSX {
    interface IntrinsicElements extends StrikeWidgetsIntrinsicElements {}
  }
}
`;
writeFileSync('dist/jsx.d.ts', jsx);
writeFileSync('dist/jsx-react.d.ts', augment('react'));
writeFileSync('dist/jsx-preact.d.ts', augment('preact'));
writeFileSync('dist/jsx-solid.d.ts', augment('solid-js'));
