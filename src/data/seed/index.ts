import type { Dataset } from '../model.js';
import { SCHEMA_VERSION } from '../model.js';
import { parties, persons } from './actors.js';
import { places, sources } from './sources.js';
import * as october2022 from './2022-10-kerch-bridge.js';
import * as december2023 from './2023-12-belgorod.js';
import * as january2024 from './2024-01-kyiv-kharkiv.js';

const families = [october2022, december2023, january2024];

/**
 * The dataset that ships inside the bundle, written by hand from four news reports (Sky News, 10 Oct 2022;
 * WION, 30 Dec 2023; The Moscow Times, 1 Jan 2024; ABC News (Australia), 23 Jan 2024).
 */
export const seedDataset: Dataset = {
  schemaVersion: SCHEMA_VERSION,
  id: 'ukraine-strikes',
  title: 'Missile and drone strikes in the war in Ukraine, from four news reports (Oct 2022 – Jan 2024)',
  version: '1.0.0',
  updatedAt: '2026-11-23',
  language: 'en',
  license:
    'Quotes and figures belong to the outlets cited with them. Summaries, headlines and the structure of the data: MIT, with the code.',
  parties,
  persons,
  sources,
  places,
  events: families.flatMap((f) => f.events),
  figures: families.flatMap((f) => f.figures),
  quotes: families.flatMap((f) => f.quotes),
};
