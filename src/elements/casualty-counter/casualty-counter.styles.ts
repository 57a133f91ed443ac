import { css } from 'lit';

/** `<casualty-counter>`: stacked when narrow, the number beside its sentence when the element is wide. */
export const styles = css`
  .claims,
  .scopes,
  .none,
  .others ul,
  .breakdown ul {
    display: grid;
    gap: 0.35em;
  }
  .claims,
  .scopes {
    gap: 0.75em;
  }
  .main {
    display: grid;
    gap: 0.25em 1em;
    align-items: center;
  }
  .number {
    font-size: var(--casualty-counter-number-size, clamp(1.75em, 18cqi, 4.5em));
    font-weight: var(--casualty-counter-number-weight, 700);
    line-height: 1.05;
    color: var(--casualty-counter-number-color, var(--_accent));
  }
  .label,
  .none-text {
    font-size: clamp(1em, 0.6em + 3cqi, 1.125em);
    hyphens: manual;
    font-weight: 600;
  }
  .main .attribution,
  .as-of {
    color: var(--_muted);
  }
  .main .attribution,
  .note,
  .sources {
    display: block;
    margin-block-start: 0.25em;
  }
  .others,
  .history,
  .breakdown {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.5em;
  }
  .others-label,
  summary {
    font-weight: 600;
  }
  .breakdown > ul > li {
    padding: 0.5em;
    background: var(--_surface);
    border-radius: 0.3em;
  }
  .breakdown .others {
    margin-block-start: 0.35em;
  }
  details[open] > summary {
    margin-block-end: 0.35em;
  }
  @container (min-width: 420px) {
    .main {
      grid-template-columns: auto minmax(0, 1fr);
    }
  }
  @media (forced-colors: active) {
    .breakdown > ul > li {
      border: 1px solid CanvasText;
    }
  }
`;
