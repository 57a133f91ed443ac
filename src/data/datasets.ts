/**
 * Where elements find data: the embedded dataset, datasets a page registers by name, inline JSON the page carries,
 * and remote files. DOM-free (the element finds an inline script and hands its text here), so it runs in Node.
 *
 * The registry lives on `globalThis` under a versioned symbol, so two copies of the bundle on one page share it.
 *
 * Every dataset but the embedded one is checked by the validator (`check.ts`), which this module does not import:
 * `registry.ts` (the package's modules) adds it at once, and the script-tag bundle fetches it the first time a page
 * has data of its own, so a page that shows only the embedded dataset never loads it.
 */
import type { Outcome } from './fetch.js';
import type { Dataset, ValidationProblem } from './model.js';
import { plainRecords } from './plain.js';
import { seedDataset } from './seed/index.js';

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

export interface LoadOptions {
  /** Largest response accepted, in bytes. */
  maxBytes?: number;
  /** Give up after this many milliseconds. */
  timeoutMs?: number;
}

/** A remote dataset: its request, its size once loaded, and when to try again after a failure that may pass. */
interface RemoteEntry {
  pending: Promise<DatasetResult>;
  /** Whether `pending` has settled. */
  settled?: boolean;
  bytes: number;
  failures: number;
  retryAt?: number;
}

interface Shared {
  registered: Map<string, DatasetResult>;
  /** Kept for bundle copies of 0.1.0, which share this object; this copy uses `cache`. */
  remote: Map<string, Promise<DatasetResult>>;
  cache?: Map<string, RemoteEntry>;
  /** How many elements use each remote dataset (by URL) or inline one (by its script element). */
  uses?: Map<string | object, number>;
  listeners: Set<() => void>;
  loadOptions?: Required<LoadOptions>;
}

const SHARED_KEY = Symbol.for('strike-widgets.registry.v1');
const shared: Shared =
  ((globalThis as Record<symbol, unknown>)[SHARED_KEY] as Shared | undefined) ??
  ((globalThis as Record<symbol, unknown>)[SHARED_KEY] = {
    registered: new Map(),
    remote: new Map(),
    listeners: new Set(),
  } satisfies Shared);

/**
 * The dataset that ships inside the bundle; what elements read when no other is named. Read into null-prototype
 * records like every other dataset, so a property another script adds to `Object.prototype` is never read as data.
 */
export const embeddedDataset: Dataset = plainRecords(seedDataset);

export const DEFAULT_LOAD_OPTIONS: Required<LoadOptions> = { maxBytes: 5_000_000, timeoutMs: 15_000 };

/** Sets the size and time limits for every `dataset-src` the page loads from now on (every bundle copy). */
export function setLoadOptions(options: LoadOptions): void {
  shared.loadOptions = { ...DEFAULT_LOAD_OPTIONS, ...shared.loadOptions, ...options };
}

type Check = typeof import('./check.js');
let check: Check | undefined;
let checkLoading: Promise<Check> | undefined;

/** Gives the registry its validator now (`registry.ts` does), rather than when a page first needs it. */
export function useCheck(module: Check): void {
  check = module;
}

/**
 * The validator: here, or the promise of its arrival (the first call starts the request). Registered, inline and
 * remote datasets wait for it; elements that use only the embedded dataset never ask.
 */
export function checker(): Check | Promise<Check> {
  return check ?? (checkLoading ??= import('./check.js').then((m) => (check = m)));
}

const inlineCache = new WeakMap<object, { text: string; result: DatasetResult }>();

/**
 * A parsed and checked inline dataset, remembered per owner (the script element) until its text changes; undefined
 * while the validator is on its way (elements waiting for it render again when it arrives).
 */
export function parseInlineDataset(owner: object, text: string): DatasetResult | undefined {
  const cached = inlineCache.get(owner);
  if (cached?.text === text) return cached.result;
  const found = checker();
  if (found instanceof Promise) {
    // A validator that cannot be fetched leaves the element loading, with the publisher's fallback in view.
    void found.then(notify, () => {});
    return undefined;
  }
  const result = found.parseDataset(text);
  inlineCache.set(owner, { text, result });
  return result;
}

/** Whether `parseInlineDataset` can answer now: the validator is here. */
export const canParseNow = (): boolean => check !== undefined;

/**
 * Registers a checked dataset (see `checkDataset`) under a name for `dataset-id="name"`. A registered name wins
 * over an inline script with the same id. Returns the validation problems (empty when the data is valid); invalid
 * data is still registered, so elements that name it show what is wrong.
 */
export function registerChecked(name: string, result: DatasetResult): ValidationProblem[] {
  shared.registered.set(name, result);
  notify();
  return 'error' in result ? (result.error.problems ?? []) : [];
}

const registering = new Map<string, Promise<ValidationProblem[]>>();

/**
 * Registers a dataset whose check is still to finish (the script-tag bundle's `registerDataset`, while the validator
 * arrives): elements that name it wait for it (see `registrationPending`) rather than render a loading state first.
 */
export function registerLater(name: string, result: Promise<DatasetResult>): Promise<ValidationProblem[]> {
  const done: Promise<ValidationProblem[]> = result.then((checked) => {
    if (registering.get(name) === done) registering.delete(name);
    return registerChecked(name, checked);
  });
  registering.set(name, done);
  return done;
}

/** The registration of `name` still being checked, if there is one. */
export const registrationPending = (name: string): Promise<unknown> | undefined => registering.get(name);

/** Removes a registered dataset. */
export function unregisterDataset(name: string): void {
  if (shared.registered.delete(name)) notify();
}

export function registeredDataset(name: string): DatasetResult | undefined {
  return shared.registered.get(name);
}

/** Calls `listener` whenever the registered datasets change; returns the function that stops it. */
export function onDatasetsChanged(listener: () => void): () => void {
  shared.listeners.add(listener);
  return () => shared.listeners.delete(listener);
}

function notify() {
  for (const listener of [...shared.listeners]) listener();
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
    // The request is made by the validator's module, which checks what arrives: a page never fetches either before
    // it has a remote dataset. A validator that cannot be fetched is a network failure, tried again like one.
    created.pending = Promise.resolve(checker())
      .then(
        (check) => check.fetchDataset(url, limits),
        (): Outcome => ({
          result: {
            error: {
              code: 'dataset-load-failed',
              message: `The validator could not be fetched (${url})`,
              detail: 'network',
            },
          },
          bytes: 0,
          transient: true,
        }),
      )
      .then(({ result, bytes, transient }) => {
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

/** Forgets remote datasets, so the next `loadDataset` fetches again (for pages that update a file in place). */
export function clearLoadedDatasets(): void {
  shared.remote.clear();
  cache().clear();
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
