/**
 * An element's side of a publisher's data: a remote file (`dataset-src`), a registered dataset or an inline JSON
 * script (`dataset-id`), with the registry and the validator they need. The script-tag bundle keeps this module in
 * its own file, fetched the first time a page has data of its own (see `dataset-controller.ts`); it also answers
 * the bundle's `registerDataset` and `validate`.
 */
import { holdDataset, loadDataset, parseInlineDataset, registeredDataset, retryDue } from '../data/datasets.js';
import type { DatasetResult } from '../data/datasets.js';
import { isJsonScript, refresh } from './dataset-controller.js';
import type { DataState, DatasetHost } from './dataset-controller.js';
import { failure, withSuggestion } from './failure.js';

export { registerDataset } from '../data/registry.js';
export { validate } from '../data/check.js';

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

/** The publisher's dataset one element shows, and the remote file or inline script it holds while it shows it. */
export class PublisherData {
  private remote?: { url: string; result?: DatasetResult };
  /** The remote URL or inline script this element uses, and the function that lets it go. */
  private held?: { key: string | object; release: () => void };

  constructor(private readonly host: DatasetHost) {}

  /** Back in the page (moved, or re-added): it uses what it showed again. */
  connected(): void {
    if (this.held) this.held.release = holdDataset(this.held.key);
  }

  disconnected(): void {
    this.held?.release();
  }

  /** Uses `key` from now on, letting go of what it used before. */
  private hold(key: string | object | undefined): void {
    if (this.held?.key === key) return;
    this.held?.release();
    this.held = key === undefined ? undefined : { key, release: holdDataset(key) };
  }

  /** Lets go of what it used: the element shows the embedded dataset now. */
  letGo(): void {
    this.remote = undefined;
    this.hold(undefined);
  }

  /** The dataset at `src` (`dataset-src`), or that it is loading, or why there is none. */
  remoteData(src: string): DataState {
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
        if (this.remote === remote) this.host.requestUpdate();
      });
    }
    return this.remote.result ? fromResult(this.remote.result, src) : { loading: true };
  }

  /**
   * The dataset named `id` (`dataset-id`): registered, else an inline script; else, within `graceMs` of the page's
   * load, loading; else why there is none.
   */
  namedData(id: string, graceMs: number): DataState {
    this.remote = undefined;
    // The page's registered datasets are the page's to release; only inline ones are held.
    const registered = registeredDataset(id);
    const script = registered ? undefined : this.inlineScript(id);
    this.hold(script);
    if (registered) return fromResult(registered, id);
    if (script) return fromResult(parseInlineDataset(script, script.textContent ?? ''), id);
    if (withinGrace(graceMs)) return { loading: true };
    // A mistyped id: the page's inline datasets hold the one it meant, if any (registered names are not suggested).
    const inline = globalThis.document ? document.querySelectorAll('script[type="application/json"][id]') : [];
    return {
      failure: withSuggestion(
        failure('dataset-not-found', { id }),
        [...inline].map((s) => s.id),
      ),
    };
  }

  /** The inline `<script type="application/json">` with this id, in the element's tree or the document. */
  private inlineScript(id: string): HTMLScriptElement | undefined {
    // While prerendering there is no document: the prerenderer registers the page's inline datasets instead.
    const root = globalThis.document && (this.host.getRootNode() as Document | ShadowRoot);
    const script = root && (root.getElementById?.(id) ?? document.getElementById(id));
    return isJsonScript(script) ? script : undefined;
  }
}
