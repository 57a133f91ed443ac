/**
 * The data layer on its own (`strike-widgets/data`): the contract's types, `validate`, the queries and the
 * embedded dataset. No DOM: it runs in Node for prerendering, exports and checking a publisher's file.
 */
export * from './model.js';
export type { StrikeEvent as Event } from './model.js';
export { validate, isDataset } from './validate.js';
export * from './query.js';
export { seedDataset } from './seed/index.js';
export {
  embeddedDataset,
  registerDataset,
  unregisterDataset,
  registeredDataset,
  parseDataset,
  checkDataset,
  loadDataset,
  clearLoadedDatasets,
  setLoadOptions,
  onDatasetsChanged,
} from './registry.js';
export type { DatasetError, DatasetErrorCode, DatasetResult, LoadOptions } from './registry.js';
export { toJsonSchema } from './json-schema.js';
