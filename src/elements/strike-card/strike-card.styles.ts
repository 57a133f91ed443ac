import { css } from 'lit';

/**
 * `<strike-card>` layout. The card follows its own width (the host is an inline-size container): one column on a
 * phone with the facts and linked events behind a disclosure, the facts shown in columns from 520px, the figures in
 * a grid from 760px.
 */
export const styles = css`
  .root {
    --_card-accent: var(--strike-card-accent, var(--_accent));
    --_gap: var(--strike-card-gap, 1em);
    max-width: var(--strike-card-max-width, none);
  }
  .card,
  header,
  .facts,
  .figures {
    display: grid;
    gap: var(--_gap);
  }
  header {
    gap: 0.2em;
  }
  .kind {
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_card-accent);
  }
  [part~='heading'] {
    font-size: clamp(1em, 0.6em + 3.2cqi, 1.6em);
    line-height: 1.25;
    text-wrap: balance;
  }
  .compact [part~='heading'] {
    font-size: 1.1em;
  }
  .figures-section > :first-child,
  .related > :first-child {
    font-size: 1em;
    margin-block-end: 0.5em;
  }
  .facts {
    gap: 0.75em 1.5em;
  }
  .figures {
    align-items: start;
  }
  dt {
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.03em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
  }
  .chips li {
    padding: 0 0.45em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.3em;
  }
  .stack li + li {
    margin-block-start: 0.25em;
  }
  /* A figure's box sets its text a little smaller in a narrow card, so that a long noun still fits its line. */
  .metric {
    font-size: clamp(0.875em, 0.35em + 4.7cqi, 1em);
    padding: 0.6em 0.75em;
    background: var(--_surface);
    border: 1px solid transparent;
    border-inline-start: 0.25em solid var(--_card-accent);
    border-radius: 0.3em;
  }
  .metric dd + dd {
    margin-block-start: 0.5em;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_border);
  }
  .amount {
    font-weight: 700;
    hyphens: manual;
  }
  .badge {
    margin-inline-end: 0.25em;
  }
  .lead > .badge {
    display: block;
    width: fit-content;
    margin-block-end: 0.3em;
  }
  .others,
  .history {
    margin-block-start: 0.35em;
  }
  .others li,
  .history li {
    margin-block-start: 0.25em;
  }
  .relation {
    font-weight: 600;
  }
  @container (max-width: 360px) {
    .metric {
      padding-inline: 0.6em;
    }
  }
  .more > summary {
    font-weight: 600;
    color: var(--_link);
  }
  .more[open] > summary {
    margin-block-end: var(--_gap);
  }
  .more > .related {
    margin-block-start: var(--_gap);
  }
  /*
   * A narrow card (a phone, a sidebar) keeps places, who did what and linked events behind "More about this event";
   * from 520px the disclosure is always open and its summary hidden (browsers without ::details-content show it closed).
   */
  @container (min-width: 520px) {
    .facts,
    .figures {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .more > summary {
      display: none;
    }
    .more::details-content {
      content-visibility: visible;
      display: contents;
    }
  }
  @container (min-width: 760px) {
    .facts {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .figures {
      grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
    }
  }
  @media (forced-colors: active) {
    .metric {
      border-color: CanvasText;
    }
    .kind {
      color: CanvasText;
    }
  }
  @media print {
    .metric {
      break-inside: avoid;
      background: none;
      border-color: #000;
    }
    summary {
      font-weight: 600;
    }
  }
`;
