import { css } from 'lit';

export const styles = css`
  .sources-widget {
    display: grid;
    gap: var(--strike-sources-gap, 0.5em);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: 1.05em;
  }
  .list {
    display: grid;
    gap: 0.25em;
  }
  @container (min-width: 36rem) {
    .list {
      grid-template-columns: 1fr 1fr;
    }
  }
`;
