/** The embedded dataset with one thing changed, for tests that need a revision, a link or a missing figure. */
import type { Dataset } from '../../src/data/model.js';
import { seedDataset } from '../../src/data/seed/index.js';
import { OCT10 } from './ids.js';

export const NATIONAL_POLICE_KILLED = '2022-10-10-killed-national-police';

/**
 * The seed with a revised toll (19 supersedes 14 for 10 Oct 2022), a known http(s) URL for Sky News, and the
 * 10 Oct 2022 event without its translations.
 */
export function revisedSeed(): Dataset {
  const data = structuredClone<Dataset>(seedDataset);
  const original = data.figures.find((f) => f.id === NATIONAL_POLICE_KILLED)!;
  data.figures.push({
    ...original,
    id: `${NATIONAL_POLICE_KILLED}-revised`,
    value: { n: 19 },
    verbatim: 'at least 19 people were killed',
    asOf: '2022-10-11',
    supersedes: original.id,
  });
  data.sources.find((s) => s.id === 'sky-news-2022-10-10')!.url = 'https://example.org/sky-news-2022-10-10';
  delete data.events.find((e) => e.id === OCT10)!.i18n;
  return data;
}

/** The seed without the National Police's killed figure for 10 Oct 2022: no one reported a killed figure. */
export function withoutKilledSeed(): Dataset {
  const data = structuredClone<Dataset>(seedDataset);
  data.figures = data.figures.filter((f) => f.id !== NATIONAL_POLICE_KILLED);
  return data;
}
