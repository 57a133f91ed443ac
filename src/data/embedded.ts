import type { Dataset } from './model.js';
import { plainRecords } from './plain.js';
import { seedDataset } from './seed/index.js';

/**
 * The dataset that ships inside the bundle; what elements read when no other is named. Read into null-prototype
 * records like every other dataset, so a property another script adds to `Object.prototype` is never read as data.
 */
export const embeddedDataset: Dataset = plainRecords(seedDataset);
