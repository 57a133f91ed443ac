// Writes JSX typings from custom-elements.json, so React, Preact and Solid projects get attribute checking:
//   dist/jsx.d.ts        the attribute types, and the global JSX namespace
//   dist/jsx-react.d.ts  React's JSX (import 'strike-widgets/jsx-react')
//   dist/jsx-preact.d.ts Preact's JSX
//   dist/jsx-solid.d.ts  Solid's JSX
import { readFileSync, writeFileSync } from 'node:fs';
// The values the elements accept at run time (built by tsc before this script runs): the types say the same.
import { VALID_VALUES } from '../dist/lib/elements/hints.js';

/** Where the named types the manifest mentions are declared, relative to dist/. */
const NAMED = {
  Metric: './lib/data/model.js',
  StrikeCardVariant: './lib/elements/strike-card/strike-card.js',
};
const BUILTIN = new Set(['string', 'number', 'boolean', 'undefined']);

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
const imports = new Set();

/** An enumerated attribute: its valid values as literals (numbers also as numbers, since JSX may pass either). */
function enumerated(name) {
  const values = VALID_VALUES[name];
  if (!values) return undefined;
  const numeric = values.every((v) => /^\d+$/.test(v));
  return [...(numeric ? values : []), ...values.map((v) => `'${v}'`)].join(' | ');
}

function typeOf(attr) {
  const exact = enumerated(attr.name);
  if (exact) return exact;
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
  const name = pascal(el.tagName);
  return (
    `/** The attributes of <${el.tagName}> itself. ${el.summary ?? ''} */\nexport interface ${name}OwnAttributes {\n${attrs.join('\n')}\n}\n` +
    `/** Attributes of <${el.tagName}>, with the standard HTML ones. */\nexport interface ${name}Attributes extends CommonAttributes, ${name}OwnAttributes {}`
  );
});

const header = `// Generated from custom-elements.json by scripts/generate-jsx.mjs. Do not edit.\n`;
const jsx = `${header}${[...imports].map((n) => `import type { ${n} } from '${NAMED[n]}';`).join('\n')}
import type { StrikeWidgetsErrorDetail } from './lib/elements/base.js';

/** The element's own event, in every JSX flavour. */
export interface StrikeWidgetsEvents {
  /** Bad input: the element shows a message and dispatches this event. */
  'onstrike-widgets-error'?: (event: CustomEvent<StrikeWidgetsErrorDetail>) => void;
}

/** The standard HTML attributes every element accepts besides its own (React's come from React's own types). */
export interface CommonAttributes extends StrikeWidgetsEvents {
  id?: string;
  class?: string;
  className?: string;
  slot?: string;
  hidden?: boolean;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  title?: string;
  role?: string;
  tabIndex?: number;
  tabindex?: number | \`\${number}\`;
  accessKey?: string;
  autofocus?: boolean;
  draggable?: boolean | 'true' | 'false';
  inert?: boolean;
  translate?: 'yes' | 'no';
  nonce?: string;
  part?: string;
  exportparts?: string;
  style?: string | Record<string, string | number | undefined>;
  key?: string | number;
  ref?: unknown;
  children?: unknown;
  suppressHydrationWarning?: boolean;
  onClick?: (event: MouseEvent) => void;
  onKeyDown?: (event: KeyboardEvent) => void;
  onKeyUp?: (event: KeyboardEvent) => void;
  onFocus?: (event: FocusEvent) => void;
  onBlur?: (event: FocusEvent) => void;
  onPointerDown?: (event: PointerEvent) => void;
  onPointerUp?: (event: PointerEvent) => void;
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
// React: the elements' own attributes with React's standard ones (title, role, onClick with React's event types,
// suppressHydrationWarning, aria-*), so nothing standard is rejected and nothing is typed twice.
const owns = elements.map((el) => pascal(el.tagName));
const react = `${header}import type { HTMLAttributes, RefAttributes } from 'react';
import type { ${owns.map((n) => `${n}OwnAttributes`).join(', ')}, StrikeWidgetsEvents } from './jsx.js';

type WithReact<Own> = Own & StrikeWidgetsEvents & HTMLAttributes<HTMLElement> & RefAttributes<HTMLElement> & { class?: string };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((el) => `      '${el.tagName}': WithReact<${pascal(el.tagName)}OwnAttributes>;`).join('\n')}
    }
  }
}
`;
writeFileSync('dist/jsx.d.ts', jsx);
writeFileSync('dist/jsx-react.d.ts', react);
writeFileSync('dist/jsx-preact.d.ts', augment('preact'));
writeFileSync('dist/jsx-solid.d.ts', augment('solid-js'));
