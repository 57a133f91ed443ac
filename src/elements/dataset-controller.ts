/**
 * Which dataset an element shows, and when it must look again. The element asks `resolve()` for the current state
 * (loading, a dataset, or why there is none); the controller watches what the answer depends on (`lang` and
 * `dataset-id` on every ancestor, inside shadow roots too; inline data scripts; registered datasets; string
 * overrides), holds the remote or inline dataset it uses, and lets it go when the element leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/model.js';
import {
  canParseNow,
  checker,
  embeddedDataset,
  holdDataset,
  loadDataset,
  onDatasetsChanged,
  parseInlineDataset,
  registeredDataset,
  registrationPending,
  retryDue,
} from '../data/datasets.js';
import type { DatasetResult } from '../data/datasets.js';
import { onStringsChanged } from '../format/strings.js';
import { failure } from './failure.js';
import type { Failure } from './failure.js';
import { inheritedAttribute } from './language.js';

export type DataState = { dataset: Dataset } | { failure: Failure } | { loading: true };

/** What the controller reads from its element. */
export interface DatasetHost extends ReactiveControllerHost, HTMLElement {
  datasetId: string | undefined;
  datasetSrc: string | undefined;
}

/** Elements on the page, so one observer and one subscription serve them all; none are left when none remain. */
const live = new Set<ReactiveControllerHost>();
const refresh = () => live.forEach((host) => host.requestUpdate());
let stopWatching: (() => void) | undefined;
let observer: MutationObserver | undefined;
/** Shadow roots the observer watches besides the document: those the elements sit in. */
let watchedRoots = new WeakSet<Node>();

const isJsonScript = (node: Node | null): node is HTMLScriptElement =>
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

/**
 * Whether a `dataset-id` that names nothing yet may still be registered: until the page's load event plus the
 * grace period (a page often fetches its data, then registers it), the element shows its loading state and the
 * publisher's fallback instead of an error. When the wait ends every element looks again.
 */
let graceTimer: ReturnType<typeof setTimeout> | undefined;
let waitingForLoad = false;
let graceDue = 0;
function endOfGrace() {
  graceTimer = undefined;
  refresh();
}
function withinGrace(grace: number): boolean {
  // While prerendering there is no page to wait for.
  if (!globalThis.document) return false;
  if (document.readyState !== 'complete') {
    if (!waitingForLoad) {
      waitingForLoad = true;
      addEventListener('load', () => ((waitingForLoad = false), (graceTimer ??= setTimeout(endOfGrace, grace))), {
        once: true,
      });
    }
    return true;
  }
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const left = (navigation?.loadEventEnd || performance.now()) + grace - performance.now();
  if (left <= 0) return false;
  // One timer serves every element; a shorter grace (set since) brings it forward.
  const due = performance.now() + left;
  if (!graceTimer || due < graceDue) {
    clearTimeout(graceTimer);
    graceDue = due;
    graceTimer = setTimeout(endOfGrace, left + 1);
  }
  return true;
}

function fromResult(result: DatasetResult, id: string): DataState {
  if ('dataset' in result) return { dataset: result.dataset };
  const { code, detail, problems } = result.error;
  return { failure: failure(code, { id, detail: detail ?? '' }, problems) };
}

export class DatasetController implements ReactiveController {
  private remote?: { url: string; result?: DatasetResult };
  /** The remote URL or inline script this element uses, and the function that lets it go. */
  private held?: { key: string | object; release: () => void };

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
    // Back in the page (moved, or re-added): it uses what it showed again.
    if (this.held) this.held.release = holdDataset(this.held.key);
  }

  hostDisconnected(): void {
    live.delete(this.host);
    if (!live.size) stopWatching?.();
    this.held?.release();
  }

  /** Uses `key` from now on, letting go of what it used before. */
  private hold(key: string | object | undefined): void {
    if (this.held?.key === key) return;
    this.held?.release();
    this.held = key === undefined ? undefined : { key, release: holdDataset(key) };
  }

  /** The dataset the element shows now, or that it is loading, or why there is none. */
  resolve(): DataState {
    const host = this.host;
    const src = host.datasetSrc?.trim();
    if (src) {
      let url: URL | undefined;
      try {
        url = new URL(src, document.baseURI);
      } catch {
        // reported below
      }
      if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
        return { failure: failure('invalid-attribute', { name: 'dataset-src', value: src }) };
      }
      this.hold(url.href);
      const failed = this.remote?.result && 'error' in this.remote.result;
      if (this.remote?.url !== url.href || (failed && retryDue(url.href))) {
        const remote: { url: string; result?: DatasetResult } = { url: url.href };
        this.remote = remote;
        void loadDataset(url.href).then((result) => {
          remote.result = result;
          if (this.remote === remote) host.requestUpdate();
        });
      }
      return this.remote.result ? fromResult(this.remote.result, src) : { loading: true };
    }
    this.remote = undefined;
    // The element's own dataset-id wins, even empty ("" opts back into the embedded dataset).
    const id = (host.datasetId ?? inheritedAttribute(host, 'dataset-id', true))?.trim();
    // The page's registered datasets are the page's to release; only inline ones are held.
    const registered = id ? registeredDataset(id) : undefined;
    const script = id && !registered ? this.inlineScript(id) : undefined;
    this.hold(script);
    if (!id) return { dataset: embeddedDataset };
    if (registered) return fromResult(registered, id);
    if (script) {
      const parsed = parseInlineDataset(script, script.textContent ?? '');
      return parsed ? fromResult(parsed, id) : { loading: true };
    }
    return withinGrace(this.graceMs()) ? { loading: true } : { failure: failure('dataset-not-found', { id }) };
  }

  /**
   * What the next `resolve()` needs that is not here yet: a registration still being checked, or the validator for
   * an inline dataset while it is on its way. The element waits for it before updating, so a prerendered widget with inline data hydrates as it is.
   */
  pending(): Promise<unknown> | undefined {
    const host = this.host;
    if (host.datasetSrc?.trim()) return undefined;
    const id = (host.datasetId ?? inheritedAttribute(host, 'dataset-id', true))?.trim();
    if (!id) return undefined;
    const registering = registrationPending(id);
    if (registering) return registering;
    if (canParseNow() || registeredDataset(id) || !this.inlineScript(id)) return undefined;
    return checker() as Promise<unknown>;
  }

  /** The inline `<script type="application/json">` with this id, in the element's tree or the document. */
  private inlineScript(id: string): HTMLScriptElement | undefined {
    // While prerendering there is no document: the prerenderer registers the page's inline datasets instead.
    const root = globalThis.document && (this.host.getRootNode() as Document | ShadowRoot);
    const script = root && (root.getElementById?.(id) ?? document.getElementById(id));
    return isJsonScript(script) ? script : undefined;
  }
}
