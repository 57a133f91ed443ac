/**
 * The shared element base: dataset lookup (embedded, registered, inline, remote), language, error state and
 * version-safe registration. Each widget implements `renderWidget()` and lays out what `format/` phrases.
 */
import { LitElement, adoptStyles, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import type { Dataset, ValidationProblem } from '../data/model.js';
import {
  embeddedDataset,
  loadDataset,
  onDatasetsChanged,
  parseInlineDataset,
  registeredDataset,
  retryDue,
} from '../data/registry.js';
import type { DatasetResult } from '../data/registry.js';
import { errorMessage, localeFor } from '../format/phrase.js';
import type { Locale } from '../format/phrase.js';
import { onStringsChanged, stringsFor, fill } from '../format/strings.js';
import type { ErrorCode } from '../format/strings.js';
import { applyStringBlocks } from './string-blocks.js';
import { syncJsonLd } from './structured-data.js';
import { missingFeatures } from './support.js';
import { warnOnce } from './warn.js';
import { VALID_VALUES, candidateIds, nearestId } from './hints.js';
import { VERSION } from '../version.js';

/** The `detail` of a `strike-widgets-error` event. */
export interface StrikeWidgetsErrorDetail {
  code: ErrorCode;
  /** One English sentence, for developers and logs. */
  message: string;
  /** Validation problems with JSON Pointer paths, for `invalid-dataset`. */
  problems?: ValidationProblem[];
}

/** Why a widget cannot render: shown in the element, dispatched as an event, warned once in the console. */
export interface Failure {
  readonly failed: true;
  code: ErrorCode;
  /** Values for the message's placeholders: {name}, {value}, {id}, {detail}. */
  vars: Record<string, string>;
  problems?: ValidationProblem[];
  /** Added when shown: the nearest existing id for a typo, or the values that would be valid. */
  hint?: { suggest?: string; valid?: readonly string[] };
}

export { warnOnce };

export const isFailure = (value: unknown): value is Failure =>
  typeof value === 'object' && value !== null && (value as Failure).failed === true;

/**
 * `heading-level` from its attribute: exactly one digit 1–6. Lit's Number conversion would also take "2.0", " 2",
 * "0x2" or "2e0"; anything but the digit becomes NaN, which the element reports as an invalid attribute.
 */
export const headingLevelConverter = {
  fromAttribute: (value: string | null): number | null => (value === null ? null : /^[1-6]$/.test(value) ? Number(value) : NaN),
  toAttribute: (value: number | null | undefined): string | null => (value == null ? null : String(value)),
};

export const failure = (code: ErrorCode, vars: Record<string, string> = {}, problems?: ValidationProblem[]): Failure =>
  problems ? { failed: true, code, vars, problems } : { failed: true, code, vars };

/** Widgets on the page, so one observer and one subscription serve them all; none are left when none remain. */
const live = new Set<StrikeWidgetElement>();
let stopWatching: (() => void) | undefined;
let observer: MutationObserver | undefined;
/** Shadow roots the observer watches besides the document: those the widgets sit in. */
let watchedRoots = new WeakSet<Node>();

const isJsonScript = (node: Node | null): boolean =>
  node instanceof HTMLScriptElement && node.type.split(';')[0]!.trim().toLowerCase() === 'application/json';

/** A change a widget reads: `lang` or `dataset-id` anywhere above it, or an inline data script added, replaced or edited. */
function matters(m: MutationRecord): boolean {
  if (m.type === 'attributes') return true;
  if (m.type === 'characterData') return isJsonScript(m.target.parentNode);
  return isJsonScript(m.target) || [...m.addedNodes, ...m.removedNodes].some(isJsonScript);
}

function watch() {
  const refresh = () => live.forEach((el) => el.requestUpdate());
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
  observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['lang', 'dataset-id'], childList: true, characterData: true });
}

/**
 * The value of an attribute on the element or its nearest ancestor that has it, across shadow boundaries. (While
 * prerendering an element stands alone: the prerenderer gives it the attributes it would inherit.) With
 * `emptyAnswers`, an empty value is an answer too (`dataset-id=""`: the embedded dataset, whatever is above).
 */
function inherited(from: Element, name: string, emptyAnswers = false): string | undefined {
  for (let node: Element | null = from; node; ) {
    const value = node.getAttribute(name);
    if (value || (emptyAnswers && value !== null)) return value;
    node = node.parentElement ?? ((node.getRootNode?.() as ShadowRoot | undefined)?.host || null);
  }
  return undefined;
}

/** Ids of the page's inline JSON datasets, for suggesting the one a mistyped `dataset-id` meant. */
const inlineDatasetIds = () =>
  globalThis.document ? [...document.querySelectorAll('script[type="application/json"][id]')].map((s) => s.id) : [];

function addHint(f: Failure, ds: Dataset | undefined): void {
  if (f.code === 'invalid-attribute') {
    const valid = VALID_VALUES[f.vars.name ?? ''];
    if (valid) f.hint = { valid };
    return;
  }
  const typed = f.vars.id;
  if (!typed) return;
  const candidates = candidateIds(f.code, ds, inlineDatasetIds);
  const suggest = nearestId(typed, candidates);
  // Ids are suggested, not listed: a dataset has too many for a message.
  if (suggest) f.hint = { suggest };
}

function hintText(loc: Locale, f: Failure): string {
  const { suggest, valid } = f.hint ?? {};
  if (suggest) return fill(loc.strings.errorSuggest, { id: suggest });
  return valid ? fill(loc.strings.errorValid, { values: valid.join(', ') }) : '';
}

/**
 * Whether a `dataset-id` that names nothing yet may still be registered: until the page's load event plus
 * `StrikeWidgetElement.datasetGraceMs` (a page often fetches its data, then registers it), the widget shows its
 * loading state and the publisher's fallback instead of an error. When the wait ends every widget looks again.
 */
let graceTimer: ReturnType<typeof setTimeout> | undefined;
let waitingForLoad = false;
let graceDue = 0;
function endOfGrace() {
  graceTimer = undefined;
  live.forEach((el) => el.requestUpdate());
}
function withinGrace(): boolean {
  // While prerendering there is no page to wait for.
  if (!globalThis.document) return false;
  const grace = StrikeWidgetElement.datasetGraceMs;
  if (document.readyState !== 'complete') {
    if (!waitingForLoad) {
      waitingForLoad = true;
      addEventListener('load', () => ((waitingForLoad = false), (graceTimer ??= setTimeout(endOfGrace, grace))), { once: true });
    }
    return true;
  }
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const left = (navigation?.loadEventEnd || performance.now()) + grace - performance.now();
  if (left <= 0) return false;
  // One timer serves every widget; a shorter grace (set since) brings it forward.
  const due = performance.now() + left;
  if (!graceTimer || due < graceDue) {
    clearTimeout(graceTimer);
    graceDue = due;
    graceTimer = setTimeout(endOfGrace, left + 1);
  }
  return true;
}

type DataState = { dataset: Dataset } | { failure: Failure } | { loading: true };

/**
 * The base of every strike widget.
 *
 * @csspart base - The widget's box.
 * @csspart error - The message shown instead of the widget when its input is wrong.
 * @csspart fallback - Beside the error message: the element's own content (the publisher's fallback), kept for readers.
 * @csspart loading - Shown while a remote dataset loads (the element's own content, if any, shows inside it).
 *
 * @cssprop --sw-font-family - Font of the widget.
 * @cssprop --sw-font-size - Base font size (default: the reader's default size).
 * @cssprop --sw-line-height - Line height.
 * @cssprop --sw-color-text - Text colour.
 * @cssprop --sw-color-muted - Secondary text colour (attributions, dates).
 * @cssprop --sw-color-background - Background of the widget.
 * @cssprop --sw-color-surface - Background of inset areas.
 * @cssprop --sw-color-border - Border colour.
 * @cssprop --sw-color-accent - Colour of headline numbers.
 * @cssprop --sw-color-link - Link colour.
 * @cssprop --sw-color-warning-text - Text of "claims disagree" marks.
 * @cssprop --sw-color-warning-background - Background of "claims disagree" marks.
 * @cssprop --sw-color-error-text - Text of error messages.
 * @cssprop --sw-color-error-background - Background of error messages.
 * @cssprop --sw-radius - Corner radius.
 * @cssprop --sw-border-width - Border width (0 for none).
 * @cssprop --sw-padding - Inner padding of the box.
 * @cssprop --sw-margin-block - Space above and below the element.
 * @cssprop --sw-min-width - Width the widget asks for where its container sizes to its content (a flex row, a float,
 * inline-block, a table cell, a grid `auto` column); default 18rem. It fills wider columns.
 *
 * @event strike-widgets-error - Bad input: an unknown id, a missing or invalid attribute, a dataset that is missing,
 * failed to load or is invalid. `detail` is `{code, message, problems?}`; bubbles and crosses shadow roots.
 */
export abstract class StrikeWidgetElement extends LitElement {
  /** The version of strike-widgets that defined this element. */
  static readonly version = VERSION;
  /** How long after the page's load event a `dataset-id` may name a dataset not registered yet (ms). */
  static datasetGraceMs = 3000;

  static override properties = {
    datasetId: { attribute: 'dataset-id' },
    datasetSrc: { attribute: 'dataset-src' },
    theme: { reflect: true },
  };

  /**
   * The id of a publisher's dataset: a name given to `registerDataset()` or the id of a
   * `<script type="application/json">` on the page (a registered name wins). Set it on any ancestor to serve a
   * whole page. Without it the embedded dataset is used.
   */
  declare datasetId: string | undefined;
  /** The URL of a publisher's dataset file (JSON), fetched once however many elements use it. */
  declare datasetSrc: string | undefined;
  /**
   * `light` or `dark`. Without it the widget follows the page's `color-scheme` (CSS or meta tag), and the reader's
   * `prefers-color-scheme` only where the page supports both; a page that declares none gets light widgets.
   */
  declare theme: 'light' | 'dark' | undefined;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /** The reader's language for this render. */
  protected locale: Locale = localeFor('en');
  /** schema.org JSON-LD for what this render shows (set by `renderWidget` when asked for); none in an error state. */
  protected jsonLd?: object;
  private remote?: { url: string; result?: DatasetResult };
  private current?: Failure;
  private reported?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    applyStringBlocks(document);
    live.add(this);
    if (!stopWatching) watch();
    // lang, dataset-id and inline data inside the shadow roots around the element are not seen from the document.
    for (let root = this.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observe(root);
    // Adopting an element into another document drops its constructed stylesheets; moved back, it needs them again.
    const root = this.renderRoot as ShadowRoot | undefined;
    const styles = (this.constructor as typeof LitElement).elementStyles;
    if (root?.adoptedStyleSheets?.length === 0 && styles.length) {
      try {
        adoptStyles(root, styles);
      } catch {
        // Sheets built in another document cannot be adopted here; the element still renders, unstyled.
      }
    }
    // What the element reads (lang, dataset-id, inline data) depends on where it now sits.
    this.requestUpdate();
  }

  /** A detached element neither renders nor reports: its surroundings (lang, inline data) are not the page's. */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return this.isConnected && super.shouldUpdate(changed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
    if (!live.size) stopWatching?.();
    syncJsonLd(this, undefined);
  }

  /**
   * A shadow root already there was prerendered (declarative shadow DOM): it gets the styles (a strict CSP may have
   * blocked its inline ones), and unless Lit's hydration support (`strike-widgets/hydrate.js`, loaded before the
   * bundle) takes its nodes over, it is emptied before the first render, which would otherwise add a second copy
   * (Lit renders beside what it did not render itself).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const prerendered = this.shadowRoot;
    const ctor = this.constructor as typeof LitElement;
    // Lit's hydration support, when it patched LitElement, adds this attribute to every element's observed ones.
    if (prerendered && !ctor.observedAttributes.includes('defer-hydration')) prerendered.replaceChildren();
    const root = super.createRenderRoot();
    if (prerendered) adoptStyles(prerendered, ctor.elementStyles);
    return root;
  }

  /** The element's language: its own `lang`, else the nearest ancestor's, else the document's. */
  protected resolveLang(): string | undefined {
    return inherited(this, 'lang') ?? (globalThis.document?.documentElement.lang || undefined);
  }

  /** Problems with this element's own attributes; subclasses add theirs and call super. */
  protected checkAttributes(): Failure | undefined {
    const [unusable] = this.unusable.values();
    if (unusable) return unusable;
    if (this.theme !== undefined && this.theme !== null && !['light', 'dark'].includes(this.theme)) {
      return failure('invalid-attribute', { name: 'theme', value: String(this.theme) });
    }
    return undefined;
  }

  private resolveData(): DataState {
    const src = this.datasetSrc?.trim();
    if (src) {
      let url: URL;
      try {
        url = new URL(src, document.baseURI);
      } catch {
        return { failure: failure('invalid-attribute', { name: 'dataset-src', value: src }) };
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        return { failure: failure('invalid-attribute', { name: 'dataset-src', value: src }) };
      }
      const failed = this.remote?.result && 'error' in this.remote.result;
      if (this.remote?.url !== url.href || (failed && retryDue(url.href))) {
        const remote: { url: string; result?: DatasetResult } = { url: url.href };
        this.remote = remote;
        void loadDataset(url.href).then((result) => {
          remote.result = result;
          if (this.remote === remote) this.requestUpdate();
        });
      }
      return this.remote.result ? this.fromResult(this.remote.result, src) : { loading: true };
    }
    this.remote = undefined;
    // The element's own dataset-id wins, even empty ("" opts back into the embedded dataset).
    const id = (this.datasetId ?? inherited(this, 'dataset-id', true))?.trim();
    if (!id) return { dataset: embeddedDataset };
    const registered = registeredDataset(id);
    if (registered) return this.fromResult(registered, id);
    // While prerendering there is no document: the prerenderer registers the page's inline datasets instead.
    const root = globalThis.document && (this.getRootNode() as Document | ShadowRoot);
    const script = root && (root.getElementById?.(id) ?? document.getElementById(id));
    if (script && isJsonScript(script)) {
      return this.fromResult(parseInlineDataset(script, script.textContent ?? ''), id);
    }
    if (withinGrace()) return { loading: true };
    return { failure: failure('dataset-not-found', { id }) };
  }

  private fromResult(result: DatasetResult, id: string): DataState {
    if ('dataset' in result) return { dataset: result.dataset };
    const { code, detail, problems } = result.error;
    return { failure: failure(code, { id, detail: detail ?? '' }, problems) };
  }

  /** Renders the widget from a valid dataset, or says why it cannot. */
  protected abstract renderWidget(ds: Dataset, locale: Locale): TemplateResult | Failure;

  /** Properties set to a symbol or an object, which no attribute can hold: each shown as an invalid attribute. */
  private unusable = new Map<PropertyKey, Failure>();

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.locale = localeFor(this.resolveLang());
    const ctor = this.constructor as typeof LitElement;
    for (const key of changed.keys()) {
      const value: unknown = (this as unknown as Record<PropertyKey, unknown>)[key];
      const options = ctor.elementProperties.get(key);
      if (typeof value !== 'symbol' && (typeof value !== 'object' || value === null || options?.type === Object || options?.type === Array)) {
        this.unusable.delete(key);
        continue;
      }
      let shown: string;
      try {
        // Whatever was set, as the page's own code would see it in a message; may throw.
        // eslint-disable-next-line @typescript-eslint/no-base-to-string
        shown = String(value);
      } catch {
        shown = Object.prototype.toString.call(value);
      }
      const name = typeof options?.attribute === 'string' ? options.attribute : String(key).toLowerCase();
      this.unusable.set(key, failure('invalid-attribute', { name, value: shown }));
      // Reflecting or reading it would throw later, outside the render (an unhandled rejection): it is set aside.
      (this as unknown as Record<PropertyKey, unknown>)[key] = undefined;
    }
  }

  protected override render(): TemplateResult {
    let content: TemplateResult | Failure;
    this.jsonLd = undefined;
    try {
      const invalid = this.checkAttributes();
      const state: DataState = invalid ? { failure: invalid } : this.resolveData();
      if ('loading' in state) {
        this.current = undefined;
        return html`<div class="root" part="base" lang=${this.locale.tag} aria-busy="true">
          <div part="loading" role="status"><slot>${this.locale.strings.loading}</slot></div>
        </div>`;
      }
      content = 'failure' in state ? state.failure : this.renderWidget(state.dataset, this.locale);
      if (isFailure(content)) addHint(content, 'dataset' in state ? state.dataset : undefined);
    } catch (e) {
      console.error(e);
      content = failure('render-failed');
    }
    this.current = isFailure(content) ? content : undefined;
    if (this.current) this.jsonLd = undefined;
    return html`<div class="root" part="base" lang=${this.locale.tag}>
      ${isFailure(content) ? this.renderFailure(content) : content}
    </div>`;
  }

  /** The message for the page's editor, beside the publisher's fallback content (kept for readers). */
  private renderFailure(f: Failure): TemplateResult {
    const { strings } = this.locale;
    const hint = hintText(this.locale, f);
    return html`<div class="fallback" part="fallback"><slot></slot></div>
      <div class="error" part="error">
      <strong>${strings.errorTitle}</strong>
      <p>${errorMessage(this.locale, f.code, f.vars)}</p>
      ${hint ? html`<p class="hint">${hint}</p>` : nothing}
      ${f.problems?.length
        ? html`<details>
            <summary>${strings.errorDetails}</summary>
            <ul lang="en">
              ${f.problems.map((p) => html`<li><code>${p.path || '/'}</code> ${p.message}</li>`)}
            </ul>
          </details>`
        : nothing}
    </div>`;
  }

  /** The error in English, for the event and the console. */
  private describe(f: Failure): StrikeWidgetsErrorDetail {
    let message = fill(stringsFor('en').error[f.code], f.vars);
    const hint = hintText(localeFor('en'), f);
    if (hint) message += ` ${hint}`;
    if (f.problems?.[0]) message += ` First problem: ${f.problems[0].path || '/'} ${f.problems[0].message}`;
    return f.problems ? { code: f.code, message, problems: f.problems } : { code: f.code, message };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    syncJsonLd(this, this.jsonLd);
    if (!this.current) {
      this.reported = undefined;
      return;
    }
    const detail = this.describe(this.current);
    const key = `${detail.code}:${detail.message}`;
    if (key === this.reported) return;
    this.reported = key;
    warnOnce(`<${this.localName}> ${detail.message}`);
    this.dispatchEvent(new CustomEvent<StrikeWidgetsErrorDetail>('strike-widgets-error', { detail, bubbles: true, composed: true }));
  }
}

/**
 * Registers a custom element unless the tag is taken. Loading the bundle twice, or two versions on one page,
 * warns once and keeps the first definition; it never throws.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor & { version?: string }): boolean {
  const existing: (CustomElementConstructor & { version?: string }) | undefined = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) {
      const theirs = existing.version ? `strike-widgets ${existing.version}` : 'another script';
      warnOnce(`<${tag}> is already defined by ${theirs}; this copy (strike-widgets ${VERSION}) leaves it in place.`);
    }
    return false;
  }
  const missing = missingFeatures();
  if (missing.length) {
    warnOnce(`no element is registered: this browser lacks ${missing.join(', ')}; the content inside each element shows instead.`);
    return false;
  }
  try {
    customElements.define(tag, ctor);
    return true;
  } catch (e) {
    warnOnce(`<${tag}> could not be defined: ${(e as Error).message}`);
    return false;
  }
}
