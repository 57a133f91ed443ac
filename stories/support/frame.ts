/**
 * What the toolbar switches: the theme (light, dark, or a newsroom brand that overrides the `--sw-*` tokens), the
 * language of the surrounding page, and the width of the column the widgets sit in. Also the snippet a designer
 * copies, which carries the chosen brand and language with it.
 */
import { ELEMENTS, SCRIPT_TAG } from './manifest.js';

export const THEMES = ['light', 'dark', 'brand'] as const;
export type Theme = (typeof THEMES)[number];

/** The container widths designers check: a phone, an article column, a wide layout. */
export const WIDTHS = { phone: 360, column: 640, wide: 960 } as const;
export type Width = keyof typeof WIDTHS;

export const LANGUAGES = { en: 'English', uk: 'Українська', ru: 'Русский' } as const;
export type Language = keyof typeof LANGUAGES;

/**
 * An example newsroom brand: a serif face, a teal accent, plum links, a warm paper background and square corners.
 * Every text colour is at least 6:1 against both the background and the surface (WCAG AA), and every colour token
 * is set, so the brand reads the same whatever the reader's colour scheme.
 */
export const BRAND_TOKENS: Readonly<Record<string, string>> = {
  '--sw-font-family': "Georgia, 'Times New Roman', serif",
  '--sw-color-text': '#1f1a17',
  '--sw-color-muted': '#5a4f45',
  '--sw-color-background': '#fbf7ef',
  '--sw-color-surface': '#f1e9da',
  '--sw-color-border': '#c8b99c',
  '--sw-color-accent': '#0b5e57',
  '--sw-color-link': '#7a1f5c',
  '--sw-color-warning-text': '#5c3a00',
  '--sw-color-warning-background': '#fbe7b5',
  '--sw-color-error-text': '#8a1c12',
  '--sw-color-error-background': '#fbe3dc',
  '--sw-radius': '0',
  '--sw-border-width': '2px',
};

/** The page around the widgets for each theme (the widgets draw their own background). */
export const PAGE_STYLES: Record<Theme, Readonly<Record<string, string>>> = {
  light: { background: '#ffffff', color: '#1b1b1f' },
  dark: { background: '#0f1012', color: '#ececf1' },
  brand: { ...BRAND_TOKENS, background: '#fbf7ef', color: '#1f1a17', 'font-family': BRAND_TOKENS['--sw-font-family']! },
};

export interface FrameGlobals {
  theme?: string;
  lang?: string;
}

const indent = (text: string) => text.replace(/^(?=.)/gm, '  ');

/** Elements that take a `theme` attribute, for the snippet. */
const THEMED = [...ELEMENTS.values()]
  .filter((el) => el.attributes?.some((a) => a.name === 'theme'))
  .map((el) => el.tagName!);

/**
 * The snippet to paste for a story: the script tag, the brand's tokens when the brand theme is on, the story's
 * elements with the toolbar's light or dark theme (unless they set their own), inside an element carrying the
 * page's language when that is not English. Storybook may hand an already finished snippet back: it is kept.
 */
export function pasteSnippet(code: string, { theme, lang }: FrameGlobals = {}): string {
  if (code.startsWith(SCRIPT_TAG)) return code;
  let body = code.replace(/^\s*\n/gm, '').replace(/\s+$/, '');
  const lines = body.split('\n');
  const common = Math.min(...lines.filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length));
  body = lines.map((l) => l.slice(Number.isFinite(common) ? common : 0)).join('\n');
  if ((theme === 'light' || theme === 'dark') && THEMED.length) {
    const tag = new RegExp(`<(${THEMED.join('|')})(?=[\\s>])(?![^>]*\\stheme=)`, 'g');
    body = body.replace(tag, `<$1 theme="${theme}"`);
  }
  if (lang && lang !== 'en') body = `<div lang="${lang}">\n${indent(body)}\n</div>`;
  const brand =
    theme === 'brand'
      ? `<style>\n  :root {\n${Object.entries(BRAND_TOKENS)
          .map(([name, value]) => `    ${name}: ${value};`)
          .join('\n')}\n  }\n</style>\n`
      : '';
  return `${SCRIPT_TAG}\n${brand}\n${body}\n`;
}
