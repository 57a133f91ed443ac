/**
 * The registry as the package's modules use it (`strike-widgets/data`, the prerenderer): `datasets.ts` with the
 * validator added at once, so that `registerDataset` answers with its problems in the same call and inline data is
 * read on the first render. The script-tag bundle uses `datasets.ts` alone and fetches the validator when needed.
 */
import * as check from './check.js';
import { registerChecked, useCheck } from './datasets.js';
import type { ValidationProblem } from './model.js';

useCheck(check);

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
