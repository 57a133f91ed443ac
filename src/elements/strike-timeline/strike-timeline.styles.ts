import { css } from 'lit';

/**
 * `<strike-timeline>` layout. The timeline follows its own width (the host is an inline-size container, thresholds
 * in px so a page's root font size never moves them): a vertical line of steps, horizontal from 720px, where steps
 * that do not fit wrap onto another row in reading order.
 */
export const styles = css`
  .root {
    --_line: var(--strike-timeline-line-color, var(--_border));
    --_marker: var(--strike-timeline-marker-color, var(--_accent));
    --_gap: var(--strike-timeline-gap, 1em);
  }
  .steps {
    display: flex;
    flex-direction: column;
  }
  .step {
    position: relative;
    min-width: 0;
    padding: 0 0 var(--_gap) 1.25em;
    border-inline-start: 2px solid var(--_line);
  }
  .step:last-child {
    border-inline-start-color: transparent;
    padding-block-end: 0;
  }
  .step::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-0.4em - 1px);
    top: 0.3em;
    border: 0.4em solid var(--_marker);
    border-radius: 50%;
  }
  [part~='heading'] {
    font-size: clamp(1em, 0.6em + 3cqi, 1.05em);
    line-height: 1.3;
  }
  .date {
    display: block;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
  }
  .casualty,
  .links {
    margin-block-start: 0.35em;
  }
  .amount,
  .relation {
    font-weight: 600;
  }
  .links li + li {
    margin-block-start: 0.25em;
  }
  .links,
  .sources {
    font-size: 0.875em;
  }
  .sources {
    margin-block-start: var(--_gap);
  }
  @container (min-width: 720px) {
    .steps {
      flex-flow: row wrap;
      row-gap: var(--_gap);
    }
    .step,
    .step:last-child {
      flex: 1 1 var(--strike-timeline-step-width, 10em);
      padding: 1.1em var(--_gap) 0 0;
      border-inline-start: 0;
      border-block-start: 2px solid var(--_line);
    }
    .step::before {
      inset-inline-start: 0;
      top: calc(-0.4em - 1px);
    }
  }
  @media (forced-colors: active) {
    .step::before {
      border-color: CanvasText;
    }
  }
  @media print {
    .step {
      break-inside: avoid;
    }
  }
`;
