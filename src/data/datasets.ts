/**
 * Where elements find a publisher's data: datasets a page registers by name, inline JSON the page carries, and
 * remote files, each checked by the validator (`check.ts`). DOM-free (the element finds an inline script and hands
 * its text here), so it runs in Node. The state lives in `shared.ts`, shared by every copy of the bundle on a page;
 * the script-tag bundle fetches this module, with the validator, the first time a page has data of its own.
 */
import { parseDataset, parseInSlices } from './check.js';
import { fetchAndParse } from './fetch.js';
import type { Dataset, ValidationProblem } from './model.js';
import { DEFAULT_LOAD_OPTIONS, notifyDatasetsChanged, shared } from './shared.js';
import type { LoadOptions, RemoteEntry } from './shared.js';

export { embeddedDataset } from './embedded.js';
export {
  DEFAULT_LOAD_OPTIONS,
  clearLoadedDatasets,
  onDatasetsChanged,
  setLoadOptions,
  unregisterDataset,
} from './shared.js';
export type { LoadOptions } from './shared.js';

export type DatasetErrorCode = 'dataset-not-found' | 'dataset-load-failed' | 'invalid-dataset';

export interface DatasetError {
  code: DatasetErrorCode;
  /** One English sentence for developers; elements show their own translated message. */
  message: string;
  /** The first few validation problems, for `invalid-dataset`. */
  problems?: ValidationProblem[];
  /** Extra facts for the translated message (HTTP status, size limit). */
  detail?: string;
}

export type DatasetResult = { dataset: Dataset } | { error: DatasetError };

const inlineCache = new WeakMap<object, { text: string; result: DatasetResult }>();

/** A parsed and checked inline dataset, remembered per owner (the script element) until its text changes. */
export function parseInlineDataset(owner: object, text: string): DatasetResult {
  const cached = inlineCache.get(owner);
  if (cached?.text === text) return cached.result;
  const result = parseDataset(text);
  inlineCache.set(owner, { text, result });
  return result;
}

/**
 * Registers a checked dataset (see `checkDataset`) under a name for `dataset-id="name"`. A registered name wins
 * over an inline script with the same id. Returns the validation problems (empty when the data is valid); invalid
 * data is still registered, so elements that name it show what is wrong.
 */
export function registerChecked(name: string, result: DatasetResult): ValidationProblem[] {
  shared.registered.set(name, result);
  notifyDatasetsChanged();
  return 'error' in result ? (result.error.problems ?? []) : [];
}

export function registeredDataset(name: string): DatasetResult | undefined {
  return shared.registered.get(name);
}

/** Loaded datasets kept for elements still to come, by the size of their files: twice the default size cap. */
export const MAX_CACHED_BYTES = 2 * DEFAULT_LOAD_OPTIONS.maxBytes;
/** The first wait before a transient failure is tried again; it doubles with each failure, up to a minute. */
export const FIRST_RETRY_MS = 1000;

const cache = () => (shared.cache ??= new Map<string, RemoteEntry>());

/** Drops the least recently used datasets until the cache fits its byte limit (elements keep what they show). */
function evict(keep: string) {
  const entries = cache();
  let total = [...entries.values()].reduce((n, e) => n + e.bytes, 0);
  for (const [url, entry] of entries) {
    if (total <= MAX_CACHED_BYTES) break;
    if (url === keep) continue;
    entries.delete(url);
    total -= entry.bytes;
  }
}

/** Whether an element showing a failure for `url` should ask again: the failure may pass and its wait is over. */
export function retryDue(url: string): boolean {
  const entry = cache().get(url);
  return !entry || (entry.retryAt !== undefined && Date.now() >= entry.retryAt);
}

/**
 * Fetches, parses and validates a remote dataset, once per absolute URL however many elements ask for it.
 * Never rejects: failures come back as `{error}`. A failure that may pass (network, 5xx, timeout) is asked again
 * when an element next needs the dataset after a wait that doubles each time; a 4xx or invalid data stays.
 */
export function loadDataset(url: string, options: LoadOptions = {}): Promise<DatasetResult> {
  const entries = cache();
  let entry = entries.get(url);
  if (entry && retryDue(url)) entry = undefined;
  if (!entry) {
    const failures = entries.get(url)?.failures ?? 0;
    const created: RemoteEntry = {
      bytes: 0,
      failures,
      pending: Promise.resolve({ error: { code: 'dataset-load-failed', message: '' } }),
    };
    const limits = { ...DEFAULT_LOAD_OPTIONS, ...shared.loadOptions, ...options };
    created.pending = fetchAndParse(url, limits, parseInSlices).then(({ result, bytes, transient }) => {
      if (transient) {
        created.failures = failures + 1;
        created.retryAt = Date.now() + Math.min(60_000, FIRST_RETRY_MS * 2 ** failures);
      }
      created.bytes = bytes;
      created.settled = true;
      if (entries.get(url) === created) evict(url);
      return result;
    });
    entry = created;
  }
  // Most recently used last.
  entries.delete(url);
  entries.set(url, entry);
  return entry.pending;
}

/** How many bytes of loaded dataset files the cache holds now. */
export function cachedBytes(): number {
  return [...cache().values()].reduce((n, e) => n + e.bytes, 0);
}

/** How long a dataset no element uses is kept: an element moved in the page finds it again without a request. */
export const RELEASE_DELAY_MS = 1000;

const uses = () => (shared.uses ??= new Map());

/**
 * Marks a dataset in use by one element: a remote one by its absolute URL, an inline one by its script element.
 * Returns the function that lets it go (once). When nothing uses a dataset for `RELEASE_DELAY_MS`, it is dropped:
 * a loaded or loading remote file leaves the cache (the next element to ask fetches it again), a parsed inline
 * script is parsed again when next needed. A failure stays, so a failing server is not asked again before its wait.
 */
export function holdDataset(key: string | object): () => void {
  const counts = uses();
  counts.set(key, (counts.get(key) ?? 0) + 1);
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    const left = (counts.get(key) ?? 1) - 1;
    if (left > 0) {
      counts.set(key, left);
      return;
    }
    counts.delete(key);
    // Held again meanwhile (an element moved in the page): kept.
    setTimeout(() => counts.has(key) || dropDataset(key), RELEASE_DELAY_MS);
  };
}

function dropDataset(key: string | object): void {
  if (typeof key !== 'string') {
    inlineCache.delete(key);
    return;
  }
  const entry = cache().get(key);
  if (entry && (entry.bytes > 0 || !entry.settled)) cache().delete(key);
}

/** Whether the registry keeps a dataset: a remote one by URL (loaded, loading or failed), an inline one by its script. */
export const keepsDataset = (key: string | object): boolean =>
  typeof key === 'string' ? cache().has(key) : inlineCache.has(key);
