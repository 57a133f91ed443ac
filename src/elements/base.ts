/**
 * The shared element base: what every widget does around its own layout. Each widget declares its properties (with
 * their attribute rules, see `attributes.ts`), checks what one attribute cannot say alone in `checkAttributes()`, and
 * lays out in `renderWidget()` what `format/` phrases. The base adds dataset resolution (`DatasetController`),
 * language, the loading and error states, structured data, and styles that survive a move between documents.
 */
import { LitElement, adoptStyles, html } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { Dataset } from '../data/model.js';
import { localeFor } from '../format/phrase.js';
import type { Locale } from '../format/phrase.js';
import { langOf, languageReady } from '../format/strings.js';
import { THEMES, brokenRule, headingLevel, oneOf, setAsideUnusable } from './attributes.js';
import { DatasetController } from './dataset-controller.js';
import type { DataState } from './dataset-controller.js';
import { failure, failureTemplate, isFailure, reportFailure, withSuggestion } from './failure.js';
import type { Failure } from './failure.js';
import { languageOf } from './language.js';
import { applyStringBlocks } from './string-blocks.js';
import { syncJsonLd } from './structured-data.js';
import { candidateIds } from './hints.js';
import { flatten } from './templates-flat.js';
import { warnOnce } from './warn.js';
import { VERSION } from '../version.js';

export { defineElement } from './define-element.js';
export { failure, isFailure } from './failure.js';
export type { Failure, StrikeWidgetsErrorDetail } from './failure.js';
export { warnOnce };

/** `heading-level` as every element with a heading reads it (default 3); see `headingLevel` in `attributes.ts`. */
export const headingLevelConverter = headingLevel(3);

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
 * @event {CustomEvent} strike-widgets-error - Bad input: an unknown id, a missing or invalid attribute, a dataset that is missing,
 * failed to load or is invalid. `detail` is `{code, message, problems?}`; bubbles and crosses shadow roots.
 */
export abstract class StrikeWidgetElement extends LitElement {
  /** The version of strike-widgets that defined this element. */
  static readonly version = VERSION;
  /** How long after the page's load event a `dataset-id` may name a dataset not registered yet (ms). */
  static datasetGraceMs = 3000;

  /** Each element's own properties add to these: Lit's subclasses inherit their base's. */
  static override properties: PropertyDeclarations = {
    datasetId: { attribute: 'dataset-id' },
    datasetSrc: { attribute: 'dataset-src' },
    theme: { reflect: true, converter: oneOf(THEMES) },
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

  /**
   * Whether the first render empties the shadow root: of its prerendered nodes (with no hydration support on the
   * page), or of the slot that shows the element's own content while that render waits.
   */
  private emptiedAtFirstRender = false;

  /** The reader's language for this update. */
  protected locale: Locale = localeFor('en');
  /** Where the element's data comes from, and whether it is there yet. */
  private readonly data = new DatasetController(this, () => StrikeWidgetElement.datasetGraceMs);
  /** What the next render shows: the loading state, the widget's flattened layout with its root, or a failure. Built in `willUpdate`. */
  private view: { loading: true } | { content: TemplateResult } | { failure: Failure } = { loading: true };
  /** schema.org JSON-LD for what this update shows; none in an error state. */
  private jsonLd?: object;
  /** The last failure reported, so one that stays is not reported on every update. */
  private reported?: string;
  /** Properties set to a symbol or an object, which no attribute can hold: each shown as an invalid attribute. */
  private readonly unusable = new Map<PropertyKey, Failure>();

  override connectedCallback(): void {
    super.connectedCallback();
    applyStringBlocks(document);
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
    syncJsonLd(this, undefined);
  }

  /**
   * A shadow root already there was prerendered (declarative shadow DOM): it gets the styles (a strict CSP may have
   * blocked its inline ones), and unless Lit's hydration support (`strike-widgets/hydrate.js`, loaded before the
   * bundle) takes its nodes over, it is emptied just before the first render, which would otherwise add a second copy
   * (Lit renders beside what it did not render itself); until then it shows what was prerendered.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const prerendered = this.shadowRoot;
    const ctor = this.constructor as typeof LitElement;
    // Lit's hydration support, when it patched LitElement, adds this attribute to every element's observed ones.
    // Emptied at the first render, not now: that render may wait for the reader's language.
    this.emptiedAtFirstRender = !!prerendered && !ctor.observedAttributes.includes('defer-hydration');
    const root = super.createRenderRoot();
    // Lit would render before the prerendered nodes; they go at the first render, so it renders into the empty root.
    if (this.emptiedAtFirstRender) this.renderOptions.renderBefore = null;
    if (prerendered) adoptStyles(prerendered, ctor.elementStyles);
    return root;
  }

  /** The element's language: its own `lang`, else the nearest ancestor's, else the document's. */
  protected resolveLang(): string | undefined {
    return languageOf(this);
  }

  /**
   * Problems with the element's attributes. The base checks every property's rule (declared with the property, see
   * `attributes.ts`); subclasses add what one attribute cannot say alone (a required one, two that exclude each
   * other) and call super first.
   */
  protected checkAttributes(): Failure | undefined {
    const [unusable] = this.unusable.values();
    return unusable ?? brokenRule(this);
  }

  /**
   * Lays out the widget from a valid dataset, or says why it cannot. Called once per update, after every
   * `willUpdate` (a subclass sets the state it reads before calling `super.willUpdate`); it assigns no state.
   */
  protected abstract renderWidget(ds: Dataset, locale: Locale): TemplateResult | Failure;

  /** schema.org JSON-LD for what the widget shows, for elements with `structured-data`; none by default. */
  protected structuredDataFor(_ds: Dataset, _locale: Locale): object | undefined {
    return undefined;
  }

  /**
   * A module this element needs for its next update and that is on its way (see `on-demand.ts`): the JSON-LD
   * phrasing for `structured-data`, the count-up for `count-up`. None by default.
   */
  protected waitsFor(): Promise<unknown> | undefined {
    return undefined;
  }

  /**
   * An update waits for what it needs that is not here yet: the reader's language (the script-tag bundle fetches
   * uk or ru on first use), a module the element asks for (`waitsFor`), and for inline data the
   * validator. Until then the element
   * keeps what it shows (a prerendered widget stays as it is, and hydrates in its language; a new one shows the
   * content written inside it); `updateComplete` resolves after the update that follows.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    let wait: Promise<unknown> | false | undefined;
    try {
      const ready = languageReady(langOf(this.resolveLang()));
      wait = ready === true ? this.waitsFor() || this.data.pending() : ready;
    } catch {
      // A property no attribute can hold (a symbol, an object): the update reports it; nothing to wait for.
      wait = undefined;
    }
    if (wait && !this.hasUpdated) this.showOwnContent();
    // What could not be fetched is not waited for again: the update shows what it can (English, or the loading state).
    return wait
      ? wait.then(
          () => this.scheduleUpdate(),
          () => super.scheduleUpdate(),
        )
      : super.scheduleUpdate();
  }

  /**
   * A new shadow root hides the element's own content (the publisher's fallback): while the first render waits, a
   * slot shows it, rather than a box of 0 px that moves the page more when the widget comes. Only then, since a slot
   * added and removed costs every widget's first render (1,000 widgets took about a tenth longer with one each).
   */
  private showOwnContent(): void {
    const root = this.renderRoot as ShadowRoot;
    if (this.emptiedAtFirstRender || root.hasChildNodes()) return;
    root.append(this.ownerDocument.createElement('slot'));
    this.emptiedAtFirstRender = true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    setAsideUnusable(this, changed, this.unusable);
    this.locale = localeFor(this.resolveLang());
    this.jsonLd = undefined;
    try {
      const invalid = this.checkAttributes();
      const state: DataState = invalid ? { failure: invalid } : this.data.resolve();
      if (!('dataset' in state)) {
        this.view = state;
        return;
      }
      const content = this.renderWidget(state.dataset, this.locale);
      if (isFailure(content)) {
        this.view = { failure: withSuggestion(content, candidateIds(content.code, state.dataset)) };
        return;
      }
      // The layout, with the root around it, becomes one template (see templates-flat.ts), and only that is kept:
      // the tree of small templates it was written as would stay in memory with every widget until its next update.
      this.view = {
        content: flatten(html`<div class="root" part="base" lang=${this.locale.tag}>
          ${content}
        </div>`),
      };
      this.jsonLd = this.structuredDataFor(state.dataset, this.locale);
    } catch (e) {
      console.error(e);
      this.view = { failure: failure('render-failed') };
    }
  }

  protected override update(changed: PropertyValues): void {
    if (this.emptiedAtFirstRender) {
      this.emptiedAtFirstRender = false;
      (this.renderRoot as ShadowRoot).replaceChildren();
    }
    super.update(changed);
  }

  protected override render(): TemplateResult {
    const { view, locale } = this;
    if ('loading' in view) {
      return html`<div class="root" part="base" lang=${locale.tag} aria-busy="true">
        <div part="loading" role="status"><slot>${locale.strings.loading}</slot></div>
      </div>`;
    }
    if ('failure' in view)
      return html`<div class="root" part="base" lang=${locale.tag}>
        ${failureTemplate(locale, view.failure)}
      </div>`;
    return view.content;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    syncJsonLd(this, this.jsonLd);
    this.reported = reportFailure(this, 'failure' in this.view ? this.view.failure : undefined, this.reported);
  }
}
