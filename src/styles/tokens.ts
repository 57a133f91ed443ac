import { css } from 'lit';

/**
 * Shared tokens and the common CSS of every widget.
 *
 * Publishers theme with `--sw-*` custom properties (they cross the shadow boundary); everything else is sealed:
 * `.root` resets every inherited property (`all: initial`), so a page's `* { color: red !important }` or
 * `html { font-size: 30px }` reaches the host box but never the widget's text.
 *
 * Colours use `light-dark()` and follow the page's own `color-scheme` (CSS on any ancestor, or the
 * `<meta name="color-scheme">` tag): a light-only or undeclared page gets light widgets, a dark-only page dark ones,
 * and only a page that supports both follows the reader's `prefers-color-scheme`. `theme="light|dark"` wins over
 * all of it. Every pair is at least WCAG AA (4.5:1) in both schemes.
 *
 * A publisher who sets `--sw-color-background` alone keeps readable text: the text, muted, accent and link colours
 * they did not set become black or white, whichever contrasts more with that background (chosen by its luminance,
 * the 0.179 crossover where both give at least 4.58:1), and inset surfaces and borders derive from it.
 */
export const baseStyles = css`
  /*
   * The host is an inline-size container, so its content cannot size it: in a shrink-to-fit container (a flex row,
   * a float, inline-block, a table cell, a grid auto column) it would be 0 px wide. It asks for 18rem instead, grows
   * to fill a flex row (siblings share it equally) and may shrink there rather than push the page sideways.
   */
  :host {
    display: block;
    container-type: inline-size;
    contain-intrinsic-inline-size: var(--sw-min-width, 18rem);
    flex: 1 1 auto;
    min-inline-size: 0;
    margin-block: var(--sw-margin-block, 1em);
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    all: initial;
    display: block;
    box-sizing: border-box;
    color-scheme: inherit;
    /*
     * Set only when the publisher gives a background (otherwise invalid, so each token below falls back to its
     * palette): the readable ink on it, and the opposite, for surfaces that must stay on the far side of the ink.
     */
    --_ink: color(from var(--sw-color-background) xyz-d65 calc(0.9505 * clamp(0, (0.1791 - y) * 100000, 1))
      clamp(0, (0.1791 - y) * 100000, 1) calc(1.089 * clamp(0, (0.1791 - y) * 100000, 1)) / 1);
    --_paper: color(from var(--sw-color-background) xyz-d65 calc(0.9505 * clamp(0, (y - 0.1791) * 100000, 1))
      clamp(0, (y - 0.1791) * 100000, 1) calc(1.089 * clamp(0, (y - 0.1791) * 100000, 1)) / 1);
    --_derived-surface: color-mix(in srgb, var(--sw-color-background) 88%, var(--_paper));
    --_derived-border: color-mix(in srgb, var(--sw-color-background) 55%, var(--_ink));
    --_text: var(--sw-color-text, var(--_ink, light-dark(#1b1b1f, #ececf1)));
    --_muted: var(--sw-color-muted, var(--_ink, light-dark(#4d5159, #b0b4bd)));
    --_background: var(--sw-color-background, light-dark(#ffffff, #17181b));
    --_surface: var(--sw-color-surface, var(--_derived-surface, light-dark(#f4f5f7, #222429)));
    --_border: var(--sw-color-border, var(--_derived-border, light-dark(#c9ccd2, #464a52)));
    --_accent: var(--sw-color-accent, var(--_ink, light-dark(#a4161a, #ff9a94)));
    --_link: var(--sw-color-link, var(--_ink, light-dark(#0b57d0, #8ab4f8)));
    --_warning-text: var(--sw-color-warning-text, light-dark(#6b3a00, #ffd08a));
    --_warning-background: var(--sw-color-warning-background, light-dark(#fff1d6, #33270f));
    --_error-text: var(--sw-color-error-text, light-dark(#8c1d18, #ffb4ab));
    --_error-background: var(--sw-color-error-background, light-dark(#fdecea, #3b1512));
    font-family: var(--sw-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    font-size: var(--sw-font-size, medium);
    line-height: var(--sw-line-height, 1.5);
    color: var(--_text);
    background: var(--_background);
    border: var(--sw-border-width, 1px) solid var(--_border);
    border-radius: var(--sw-radius, 0.5em);
    padding: var(--sw-padding, 1em);
    overflow-wrap: anywhere;
    font-variant-numeric: tabular-nums;
  }
  /*
   * In a narrow widget (two side by side on a phone) a long Ukrainian or Russian word fills a line: a smaller padding
   * leaves it room, and the browser hyphenates in the widget's language where it can rather than cut it anywhere;
   * only long words, so that short labels and dates stay whole.
   */
  @container (max-width: 360px) {
    .root {
      padding: var(--sw-padding, 0.75em);
      hyphens: auto;
      hyphenate-limit-chars: 12 5 5;
    }
  }
  /* Headlines and figures are never hyphenated: their sizes come down with the widget's width instead. */
  [part~='heading'] {
    hyphens: manual;
  }
  :host([theme='light']) .root {
    color-scheme: light;
  }
  :host([theme='dark']) .root {
    color-scheme: dark;
  }
  /* Every element of the shadow tree is inside .root. */
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  /* No element keeps the browser's margins (headings, paragraphs, lists, figures, quotes). */
  * {
    margin: 0;
  }
  ul, ol {
    padding: 0;
    list-style: none;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 2px solid var(--_link);
    outline-offset: 2px;
  }
  .muted {
    color: var(--_muted);
  }
  .small {
    font-size: 0.875em;
  }
  .badge {
    display: inline-block;
    padding: 0 0.4em;
    border-radius: 0.3em;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_warning-text);
    background: var(--_warning-background);
    border: 1px solid transparent;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .error {
    color: var(--_error-text);
    background: var(--_error-background);
    border-radius: 0.3em;
    padding: 0.5em 0.75em;
  }
  .error code {
    font-size: 0.85em;
  }
  summary {
    cursor: pointer;
  }
  /* The widgets' buttons ("show the whole quote", "show all"): quiet, outlined, a 24 px target, not printed. */
  .button {
    font: inherit;
    min-block-size: 24px;
    padding: 0.125em 0.625em;
    color: var(--_link);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: 0.3em;
    cursor: pointer;
  }
  @media (prefers-reduced-motion: reduce) {
    .root *,
    .root *::before,
    .root *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .root {
      border-color: CanvasText;
    }
    .badge,
    .error {
      border: 1px solid CanvasText;
    }
    .button {
      color: ButtonText;
      border-color: ButtonText;
    }
  }
  @media print {
    .root {
      color: #000 !important;
      background: #fff !important;
      border-color: #000 !important;
      --_muted: #333;
      --_accent: #000;
      --_link: #000;
      --_warning-text: #000;
      --_warning-background: #fff;
      break-inside: avoid;
    }
    .button {
      display: none;
    }
    /* Every disclosure prints open. */
    details::details-content {
      content-visibility: visible;
    }
    a[href]::after {
      content: ' <' attr(href) '>';
      font-size: 0.85em;
      word-break: break-all;
    }
  }
`;
