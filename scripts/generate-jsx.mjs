// JSX typings from custom-elements.json, so React, Preact and Solid projects get attribute checking. The element
// types are custom-element-jsx-integration's (dist/jsx-elements.d.ts); this script only gives the tool what the
// manifest cannot say, and writes the four small entry points it does not make:
//   dist/jsx.d.ts        the element types, and the global JSX namespace
//   dist/jsx-react.d.ts  React's JSX (import 'strike-widgets/jsx-react'), with React's own standard attributes
//   dist/jsx-preact.d.ts Preact's JSX
//   dist/jsx-solid.d.ts  Solid's JSX
import { readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
// The values the elements accept at run time (built by tsc before this script runs): the types say the same.
import { VALID_VALUES } from '../dist/lib/elements/hints.js';

const HEADER = '// Generated from custom-elements.json by scripts/generate-jsx.mjs. Do not edit.\n';
const ELEMENT_TYPES = 'jsx-elements';
/** The event detail, which the manifest records only as `CustomEvent`. */
const ERROR_DETAIL = "import('./lib/elements/base.js').StrikeWidgetsErrorDetail";

/**
 * The JSX type of an attribute: an enumerated one takes exactly its valid values (digits also as numbers, since JSX
 * may pass either); a number may be written as text, as in HTML.
 */
function jsxType(attr) {
  const values = VALID_VALUES[attr.name];
  if (values)
    return [...(values.every((v) => /^\d+$/.test(v)) ? values : []), ...values.map((v) => `'${v}'`)].join(' | ');
  const text = (attr.type?.text ?? 'string').replace(/\s*\|\s*undefined\b/g, '');
  if (/^[A-Z]/.test(text))
    throw new Error(`generate-jsx: ${attr.name} has the named type ${text}; list its values in VALID_VALUES`);
  return text.replace(/\bnumber\b/g, 'number | `${number}`');
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
for (const el of elements) {
  for (const attr of el.attributes ?? []) attr.jsxType = { text: jsxType(attr) };
  for (const member of el.members ?? []) member.jsxType = { text: member.type?.text ?? 'unknown' };
  for (const event of el.events ?? []) if (event.name === 'strike-widgets-error') event.type = { text: ERROR_DETAIL };
}

// Standard attributes and React's props that the tool's base props lack; the tool adds these to every element.
const STANDARD = `
  role?: string;
  tabindex?: number | \`\${number}\`;
  accessKey?: string;
  autofocus?: boolean;
  draggable?: boolean | 'true' | 'false';
  inert?: boolean;
  nonce?: string;
  suppressHydrationWarning?: boolean;
  onClick?: (event: MouseEvent) => void;
  onKeyDown?: (event: KeyboardEvent) => void;
  onKeyUp?: (event: KeyboardEvent) => void;
  onFocus?: (event: FocusEvent) => void;
  onBlur?: (event: FocusEvent) => void;
  onPointerDown?: (event: PointerEvent) => void;
  onPointerUp?: (event: PointerEvent) => void;
`;
generateJsxTypes(manifest, {
  outdir: 'dist',
  fileName: `${ELEMENT_TYPES}.d.ts`,
  typesSrc: 'jsxType',
  globalEvents: STANDARD,
  hideLogs: true,
});

const jsx = `${HEADER}import type { CustomElements } from './${ELEMENT_TYPES}.js';
export type * from './${ELEMENT_TYPES}.js';

declare global {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`;
const augment = (module) => `${HEADER}import type { CustomElements } from './${ELEMENT_TYPES}.js';

declare module '${module}' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`;
// React: the elements' own attributes and event with React's standard ones (title, role, onClick with React's event
// types, suppressHydrationWarning, aria-*), so nothing standard is rejected and nothing is typed twice.
const propsOf = (el) => `${el.name}Props`;
const react = `${HEADER}import type { HTMLAttributes, RefAttributes } from 'react';
import type { ${elements.map(propsOf).join(', ')} } from './${ELEMENT_TYPES}.js';

type WithReact<Own> = Own & HTMLAttributes<HTMLElement> & RefAttributes<HTMLElement> & { class?: string };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((el) => `      '${el.tagName}': WithReact<${propsOf(el)}>;`).join('\n')}
    }
  }
}
`;
writeFileSync('dist/jsx.d.ts', jsx);
writeFileSync('dist/jsx-react.d.ts', react);
writeFileSync('dist/jsx-preact.d.ts', augment('preact'));
writeFileSync('dist/jsx-solid.d.ts', augment('solid-js'));
