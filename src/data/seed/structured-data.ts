/** The embedded dataset's fields that only structured data reads, where they sit in it (see `structuredDataOf`). */
import { seedDataset } from './index.js';
import { structuredDataOf } from './readers.js';

export const structuredData: unknown = structuredDataOf(seedDataset);
