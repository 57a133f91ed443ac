/**
 * Which dataset an element shows, and when it must look again. The element asks `resolve()` for the current state
 * (loading, a dataset, or why there is none); the controller watches what the answer depends on (`lang` and
 * `dataset-id` on every ancestor, inside shadow roots too; inline data scripts; registered datasets; string
 * overrides). The embedded dataset is here; a publisher's data (`dataset-src`, `dataset-id`) is read by
 * `publisher-data.ts`, which the script-tag bundle fetches the first time an element names such data: the element's
 * update waits for it (`pending()`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { embeddedDataset } from '../data/embedded.js';
import type { Dataset } from '../data/model.js';
import { onDatasetsChanged } from '../data/shared.js';
import { onStringsChanged } from '../format/strings.js';
import { failure } from './failure.js';
import type { Failure } from './failure.js';
import { inheritedAttribute } from './language.js';
import { onDemand } from './on-demand.js';
import type { PublisherData } from './publisher-data.js';

export type DataState = { dataset: Dataset } | { failure: Failure } | { loading: true };

/** What the controller reads from its element. */
export interface DatasetHost extends ReactiveControllerHost, HTMLElement {
  datasetId: string | undefined;
  datasetSrc: string | undefined;
}

/** The publisher's data module: the registry, the validator and an element's side of them. */
export const publisherDataModule = onDemand('the publisher data module', () => import('./publisher-data.js'));

/**
 * Registrations on their way (the script-tag bundle's `registerDataset`, while the module that checks and registers
 * the data arrives), by name: an element that names one waits for it rather than showing that nothing has that name.
 */
const registering = new Map<string, Promise<unknown>>();

/** Marks `name` as being registered until `registration` settles; returns what it resolves with. */
export function registerWhenReady<T>(name: string, registration: Promise<T>): Promise<T> {
  const done = registration.finally(() => {
    if (registering.get(name) === done) registering.delete(name);
  });
  registering.set(name, done);
  return done;
}

/** Elements on the page, so one observer and one subscription serve them all; none are left when none remain. */
const live = new Set<ReactiveControllerHost>();
/** Makes every element on the page look again. */
export const refresh = (): void => live.forEach((host) => host.requestUpdate());
let stopWatching: (() => void) | undefined;
let observer: MutationObserver | undefined;
/** Shadow roots the observer watches besides the document: those the elements sit in. */
let watchedRoots = new WeakSet<Node>();

export const isJsonScript = (node: Node | null): node is HTMLScriptElement =>
  node instanceof HTMLScriptElement && node.type.split(';')[0]!.trim().toLowerCase() === 'application/json';

/** A change an element reads: `lang` or `dataset-id` anywhere above it, or an inline data script added, replaced or edited. */
function matters(m: MutationRecord): boolean {
  if (m.type === 'attributes') return true;
  if (m.type === 'characterData') return isJsonScript(m.target.parentNode);
  return isJsonScript(m.target) || [...m.addedNodes, ...m.removedNodes].some(isJsonScript);
}

function watch() {
  observer = new MutationObserver((records) => records.some(matters) && refresh());
  observe(document);
  const offDatasets = onDatasetsChanged(refresh);
  const offStrings = onStringsChanged(refresh);
  stopWatching = () => {
    observer?.disconnect();
    observer = undefined;
    watchedRoots = new WeakSet();
    offDatasets();
    offStrings();
    stopWatching = undefined;
  };
}

function observe(root: Node) {
  if (!observer || watchedRoots.has(root)) return;
  watchedRoots.add(root);
  observer.observe(root, {
    subtree: true,
    attributes: true,
    attributeFilter: ['lang', 'dataset-id'],
    childList: true,
    characterData: true,
  });
}

export class DatasetController implements ReactiveController {
  /** What reads this element's publisher data, once an element has named some and the module is here. */
  private publisher?: PublisherData;

  /** `graceMs`: how long after the page's load event a `dataset-id` may name a dataset not registered yet. */
  constructor(
    private readonly host: DatasetHost,
    private readonly graceMs: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    live.add(this.host);
    if (!stopWatching) watch();
    // lang, dataset-id and inline data inside the shadow roots around the element are not seen from the document.
    for (let root = this.host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observe(root);
    this.publisher?.connected();
  }

  hostDisconnected(): void {
    live.delete(this.host);
    if (!live.size) stopWatching?.();
    this.publisher?.disconnected();
  }

  /** The publisher's data this element names (`dataset-src`, else `dataset-id`, its own or inherited), if any. */
  private named(): { src: string } | { id: string } | undefined {
    const host = this.host;
    const src = host.datasetSrc?.trim();
    if (src) return { src };
    // The element's own dataset-id wins, even empty ("" opts back into the embedded dataset).
    const id = (host.datasetId ?? inheritedAttribute(host, 'dataset-id', true))?.trim();
    return id ? { id } : undefined;
  }

  /** The dataset the element shows now, or that it is loading, or why there is none. */
  resolve(): DataState {
    const named = this.named();
    if (!named) {
      this.publisher?.letGo();
      return { dataset: embeddedDataset };
    }
    const module = publisherDataModule.module();
    if (!module) {
      // Not fetched yet (the update waits for it, see `pending`), or it could not be: the data cannot be read.
      return publisherDataModule.ready()
        ? { loading: true }
        : { failure: failure('dataset-load-failed', { detail: 'network' }) };
    }
    this.publisher ??= new module.PublisherData(this.host);
    return 'src' in named ? this.publisher.remoteData(named.src) : this.publisher.namedData(named.id, this.graceMs());
  }

  /** What `resolve()` needs and is on its way: the publisher data module, then a registration of the name. */
  pending(): Promise<unknown> | undefined {
    const named = this.named();
    if (!named) return undefined;
    return publisherDataModule.ready() ?? ('id' in named ? registering.get(named.id) : undefined);
  }
}
