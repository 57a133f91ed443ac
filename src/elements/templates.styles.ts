import { css } from 'lit';

/** CSS of the shared templates (`templates.ts`), for every widget that lays them out. */
export const templateStyles = css`
  /* "Sources: Sky News, 10 Oct 2022; WION, 30 Dec 2023" reads as one line of text. */
  .source-list,
  .source-list li {
    display: inline;
  }
  .source-list li + li::before {
    content: '; ';
  }
`;
