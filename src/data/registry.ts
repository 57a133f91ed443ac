/**
 * The registry as a page's script uses it (`strike-widgets/data`, the prerenderer, and the script-tag bundle once it
 * has fetched it): `datasets.ts` with `registerDataset`, which checks the data and answers with its problems in the
 * same call.
 */
import * as check from './check.js';
import { registerChecked } from './datasets.js';
import type { ValidationProblem } from './model.js';

export * from './datasets.js';
export { checkDataset, parseDataset } from './check.js';

/**
 * Registers a dataset under a name for `dataset-id="name"`. A registered name wins over an inline script with
 * the same id. Returns the validation problems (empty when the data is valid); invalid data is still registered,
 * so elements that name it show what is wrong.
 */
export function registerDataset(name: string, data: unknown): ValidationProblem[] {
  return registerChecked(name, check.checkDataset(data));
}
