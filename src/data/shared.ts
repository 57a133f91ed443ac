/**
 * The registry's state, on `globalThis` under a versioned symbol so that two copies of the bundle on one page share
 * it, and what the script-tag bundle does with it before (or without) loading the rest of the registry
 * (`datasets.ts`, fetched with the validator the first time a page has data of its own): its limits for remote
 * files, removing a registered dataset, forgetting loaded ones, and telling elements that the datasets changed.
 */
import type { DatasetResult } from './datasets.js';

export interface LoadOptions {
  /** Largest response accepted, in bytes. */
  maxBytes?: number;
  /** Give up after this many milliseconds. */
  timeoutMs?: number;
}

/** A remote dataset: its request, its size once loaded, and when to try again after a failure that may pass. */
export interface RemoteEntry {
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
export const shared: Shared =
  ((globalThis as Record<symbol, unknown>)[SHARED_KEY] as Shared | undefined) ??
  ((globalThis as Record<symbol, unknown>)[SHARED_KEY] = {
    registered: new Map(),
    remote: new Map(),
    listeners: new Set(),
  } satisfies Shared);

export const DEFAULT_LOAD_OPTIONS: Required<LoadOptions> = { maxBytes: 5_000_000, timeoutMs: 15_000 };

/** Sets the size and time limits for every `dataset-src` the page loads from now on (every bundle copy). */
export function setLoadOptions(options: LoadOptions): void {
  shared.loadOptions = { ...DEFAULT_LOAD_OPTIONS, ...shared.loadOptions, ...options };
}

/** Removes a registered dataset. */
export function unregisterDataset(name: string): void {
  if (shared.registered.delete(name)) notifyDatasetsChanged();
}

/** Forgets remote datasets, so the next `loadDataset` fetches again (for pages that update a file in place). */
export function clearLoadedDatasets(): void {
  shared.remote.clear();
  shared.cache?.clear();
}

/** Calls `listener` whenever the registered datasets change; returns the function that stops it. */
export function onDatasetsChanged(listener: () => void): () => void {
  shared.listeners.add(listener);
  return () => shared.listeners.delete(listener);
}

export function notifyDatasetsChanged(): void {
  for (const listener of [...shared.listeners]) listener();
}
