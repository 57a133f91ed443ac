import { css } from 'lit';

/**
 * `<claim-compare>` layout: claims side by side while each has room (`--claim-compare-claim-width`), stacked in
 * narrow containers; groups and metrics one under another.
 */
export const styles = css`
  .root {
    --_compare-accent: var(--claim-compare-accent, var(--_accent));
    --_gap: var(--claim-compare-gap, 0.75em);
  }
  .header {
    margin-block-end: var(--_gap);
  }
  .label {
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_compare-accent);
  }
  /* Display sizes come down with the widget's width, so that a long word still fits its line. */
  [part~='heading'] {
    font-size: clamp(1em, 0.6em + 3cqi, 1.2em);
    line-height: 1.25;
    text-wrap: balance;
  }
  [part~='metric-heading'],
  [part~='place'] {
    font-size: 1em;
    margin-block-end: 0.35em;
  }
  [part~='place'] {
    font-weight: 600;
    color: var(--_muted);
  }
  .note {
    font-weight: 600;
  }
  .metric,
  .group + .group,
  .history {
    margin-block-start: var(--_gap);
  }
  .group > * + * {
    margin-block-start: 0.4em;
  }
  .claims {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--claim-compare-claim-width, 14em)), 1fr));
  }
  .claim {
    padding: 0.6em clamp(0.5em, 4cqi - 0.25em, 0.75em);
    background: var(--_surface);
    border: 1px solid transparent;
    border-inline-start: 0.25em solid var(--_compare-accent);
    border-radius: 0.3em;
  }
  .claim > * + * {
    margin-block-start: 0.2em;
  }
  .claimant,
  .history-label {
    font-weight: 600;
  }
  .value {
    font-size: clamp(0.85em, 0.4em + 4.4cqi, 1.25em);
    hyphens: manual;
    font-weight: 700;
    line-height: 1.2;
    color: var(--_compare-accent);
  }
  .history .claim {
    border-inline-start-color: var(--_border);
  }
  .history .value {
    color: inherit;
  }
  @media (forced-colors: active) {
    .claim {
      border-color: CanvasText;
    }
  }
  @media print {
    .claim {
      break-inside: avoid;
      background: none;
      border-color: #000;
    }
  }
`;
