/** The embedded dataset's translations into this language, where they sit in it (see `translationsOf`). */
import { seedDataset } from './index.js';
import { translationsOf } from './readers.js';

export const translations: unknown = translationsOf(seedDataset, 'ru');
