/**
 * The validator's side of the registry: a publisher's dataset (registered, inline or remote) parsed and checked
 * into the plain copy elements read, or the error that says why not. DOM-free.
 */
import type { DatasetResult } from './datasets.js';
import { parseJsonSteps } from './json-steps.js';
import { indexSteps } from './query.js';
import { runInSlices } from './slices.js';
import { runToEnd } from './steps.js';
import type { Steps } from './steps.js';
import { readDataset, readDatasetSteps } from './validate.js';
import type { DatasetReading } from './validate.js';

export { validate } from './validate.js';

/** How many problems an error carries: enough to fix the first ones, never the whole list of a broken file. */
const MAX_PROBLEMS = 10;

/**
 * Validates a parsed value and wraps it as a dataset or an `invalid-dataset` error. The dataset is a copy (see
 * `readDataset`): changing `value` afterwards changes nothing until it is checked again.
 */
export function checkDataset(value: unknown): DatasetResult {
  return toResult(readDataset(value));
}

function toResult({ problems, dataset }: DatasetReading): DatasetResult {
  if (dataset) return { dataset };
  return {
    error: {
      code: 'invalid-dataset',
      message: `The dataset breaks the contract in ${problems.length} place${problems.length === 1 ? '' : 's'}; first: ${problems[0]!.path || '/'} ${problems[0]!.message}`,
      problems: problems.slice(0, MAX_PROBLEMS),
    },
  };
}

/** Parses JSON text (an inline `<script type="application/json">` or a response body) into a checked dataset. */
export function parseDataset(text: string): DatasetResult {
  return runToEnd(parseDatasetSteps(text));
}

/** `parseDataset` in steps (see steps.ts), so that a file of megabytes can be read between other tasks. */
function* parseDatasetSteps(text: string): Steps<DatasetResult> {
  let value: unknown;
  try {
    value = yield* parseJsonSteps(text);
  } catch (e) {
    return {
      error: {
        code: 'invalid-dataset',
        message: `The dataset is not valid JSON: ${(e as Error).message}`,
        detail: 'json',
      },
    };
  }
  const result = toResult(yield* readDatasetSteps(value));
  // Indexed here, a slice at a time, so that the first lookup finds the index made.
  if ('dataset' in result) yield* indexSteps(result.dataset);
  return result;
}

/** `parseDataset` a slice at a time between other tasks: for remote files, which may be megabytes. */
export const parseInSlices = (text: string): Promise<DatasetResult> => runInSlices(parseDatasetSteps(text));
