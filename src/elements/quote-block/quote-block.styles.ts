import { css } from 'lit';

/**
 * Quotation marks follow the reader's language (set on .root), not the quote's (the blockquote carries the quote's
 * lang). Marks and a fragment's ellipses are drawn by CSS, never part of the stored text; their alt text '' keeps
 * them silent. Clamping (`.clamped`) is visual only: screen readers and print get the whole text.
 */
export const styles = css`
  blockquote {
    --_open: '“';
    --_close: '”';
    border-inline-start: 0.25em solid var(--quote-block-rule-color, var(--_accent));
    padding-inline-start: 0.875em;
  }
  .root:is(:lang(uk), :lang(ru)) blockquote {
    --_open: '«';
    --_close: '»';
  }
  .text {
    font-size: var(--quote-block-font-size, clamp(1em, 0.75em + 2cqi, 1.125em));
    line-height: 1.45;
    hyphens: manual;
  }
  p + p {
    margin-block-start: 0.75em;
  }
  p:first-child::before {
    content: var(--_open) / '';
  }
  p:last-child::after {
    content: var(--_close) / '';
  }
  .partial p:first-child::before {
    content: var(--_open) '… ' / '';
  }
  .partial p:last-child::after {
    content: ' …' var(--_close) / '';
  }
  p::before,
  p::after {
    color: var(--quote-block-mark-color, var(--_accent));
    font-weight: 700;
  }
  .clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines);
    line-clamp: var(--_lines);
    overflow: hidden;
  }
  .toggle {
    font-size: 0.875em;
    margin-block-start: 0.5em;
  }
  figcaption {
    margin-block-start: 0.75em;
  }
  [part='speaker'] {
    color: var(--_text);
    font-weight: 600;
  }
  @container (min-width: 576px) {
    blockquote {
      border-inline-start-width: 0.375em;
      padding-inline-start: 1.25em;
    }
    .text {
      font-size: var(--quote-block-font-size, 1.375em);
    }
  }
  @media (forced-colors: active) {
    blockquote {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    .clamped {
      display: block;
      overflow: visible;
    }
    blockquote,
    p::before,
    p::after {
      border-color: #000;
      color: #000;
    }
  }
`;
