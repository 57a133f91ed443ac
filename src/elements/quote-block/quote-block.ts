import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import type { Dataset } from '../../data/model.js';
import type { Locale } from '../../format/phrase.js';
import { phraseQuoteBlock } from '../../format/quote.js';
import type { CaptionSlot } from '../../format/quote.js';
import { isNotShown } from '../../format/view.js';
import { baseStyles } from '../../styles/tokens.js';
import { positiveInteger } from '../attributes.js';
import { StrikeWidgetElement, failure } from '../base.js';
import type { Failure } from '../base.js';
import { inLang, sourceTemplate } from '../templates.js';
import { jsonLdModule } from '../structured-data.js';
import { keep } from '../templates-flat.js';
import { templateStyles } from '../templates.styles.js';
import { styles } from './quote-block.styles.js';

/**
 * A quotation exactly as stored, with who said it, their role at the time, the outlet that carried it and the date.
 *
 * @tagname quote-block
 * @summary An attributed quote from the dataset: `<quote-block quote="putin-intensify-the-strikes">`.
 *
 * @slot - The no-JavaScript fallback, shown until the element upgrades (and while a remote dataset loads); crawlers
 * and feed readers see it. Write the quote itself, e.g. `<blockquote>…</blockquote>` with its attribution.
 *
 * @csspart base - The widget's box.
 * @csspart error - The message shown instead of the quote when an attribute or the dataset is wrong.
 * @csspart loading - Shown while a remote dataset loads.
 * @csspart figure - The `<figure>` holding the quote and its caption.
 * @csspart quote - The `<blockquote>`.
 * @csspart text - The quoted paragraphs (the box clamped by `max-lines`).
 * @csspart toggle - The "Show the whole quote" / "Show less" button (only with `max-lines`, when the text overflows).
 * @csspart caption - The `<figcaption>`: speaker, role and source.
 * @csspart speaker - The speaker's name.
 * @csspart role - The speaker's role at the time.
 * @csspart source - The outlet and its date.
 * @csspart source-link - The outlet's link, when its URL is known.
 *
 * @cssprop --quote-block-font-size - Size of the quoted text (default 1.125em, 1.375em in containers 36rem and wider).
 * @cssprop --quote-block-mark-color - Colour of the quotation marks and a fragment's ellipses (default: the accent).
 * @cssprop --quote-block-rule-color - Colour of the rule beside the quote (default: the accent).
 *
 * @event strike-widgets-error - Bad input: `missing-attribute`, `invalid-attribute`, `unknown-quote`, `unknown-event`,
 * `unknown-speaker`, or a dataset problem. `detail` is `{code, message, problems?}`.
 */
export class QuoteBlock extends StrikeWidgetElement {
  static override properties = {
    quote: {},
    event: {},
    speaker: {},
    maxLines: { attribute: 'max-lines', converter: positiveInteger() },
    structuredData: { attribute: 'structured-data', type: Boolean },
    // `attribute: false` is Lit's default for state; said again so the manifest analyzer lists no such attribute.
    expanded: { state: true, attribute: false },
    overflows: { state: true, attribute: false },
  };

  static override styles = [baseStyles, templateStyles, styles];

  /** The id of the quote to show. Wins over `event` and `speaker` when both are given. */
  declare quote: string | undefined;
  /** With `speaker`, instead of `quote`: the id of an event; shows the speaker's first quote about it. */
  declare event: string | undefined;
  /** With `event`, instead of `quote`: the id of the person (or body) who said it. */
  declare speaker: string | undefined;
  /**
   * A positive integer: show at most this many lines, with a button that shows the whole quote. Without it the
   * quote is never shortened. Clamping is visual only: screen readers and print get the whole text.
   */
  declare maxLines: number | string | undefined;
  /**
   * Adds schema.org JSON-LD for the quote to the page's `<head>`: a `Quotation` with its verbatim text, who said it
   * (and their role then) and the report it is from. Removed with the element or the attribute; none in an error state.
   */
  declare structuredData: boolean;
  /** Whether a clamped quote is shown whole. */
  declare protected expanded: boolean;
  /** Whether the clamped text is longer than `max-lines`. */
  declare protected overflows: boolean;

  private resizeObserver?: ResizeObserver;
  private observed: HTMLElement | null = null;

  constructor() {
    super();
    this.expanded = false;
    this.overflows = false;
    this.structuredData = false;
  }

  /** The clamp: 0 for none (an invalid `max-lines` never renders the quote). */
  private lines(): number {
    return this.maxLines == null ? 0 : Number(String(this.maxLines).trim());
  }

  protected override checkAttributes(): Failure | undefined {
    const invalid = super.checkAttributes();
    if (invalid) return invalid;
    if (this.quote?.trim()) return undefined;
    const event = this.event?.trim();
    const speaker = this.speaker?.trim();
    if (event && speaker) return undefined;
    return failure('missing-attribute', { name: event ? 'speaker' : speaker ? 'event' : 'quote' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Before the base builds the view, which reads it.
    if (['quote', 'event', 'speaker', 'maxLines'].some((key) => changed.has(key as keyof QuoteBlock))) {
      this.expanded = false;
    }
    super.willUpdate(changed);
  }

  /** The quote named by `quote`, or the first by `speaker` about `event`, phrased (memoised by `format/`). */
  private phrase(ds: Dataset, loc: Locale) {
    const id = this.quote?.trim();
    return phraseQuoteBlock(loc, ds, id ? { quote: id } : { event: this.event!.trim(), speaker: this.speaker!.trim() });
  }

  protected override structuredDataFor(ds: Dataset, loc: Locale): object | undefined {
    const ld = this.structuredData ? jsonLdModule.module() : undefined;
    const q = ld && this.phrase(ds, loc);
    return q && !isNotShown(q) ? ld.quoteJsonLd(loc, ds, q.quote) : undefined;
  }

  protected override waitsFor(): Promise<unknown> | undefined {
    return this.structuredData ? jsonLdModule.ready() : undefined;
  }

  protected override renderWidget(ds: Dataset, loc: Locale): TemplateResult | Failure {
    const q = this.phrase(ds, loc);
    if (isNotShown(q)) return failure(q.notShown, q.vars);
    const { strings } = loc;
    const found = q.quote;
    const lines = this.lines();
    const slots: Record<CaptionSlot, unknown> = {
      name: html`<span part="speaker">${inLang(loc, q.name)}</span>`,
      role: q.role ? html`<span part="role">${inLang(loc, q.role)}</span>` : nothing,
      date: html`<time datetime=${q.date.datetime}>${q.date.text}</time>`,
      source: q.source ? html`<span part="source">${sourceTemplate(q.source)}</span>` : nothing,
    };
    return html`<figure part="figure">
      <blockquote part="quote" class=${found.partial ? 'partial' : nothing} lang=${found.language} cite=${q.source?.url ?? nothing}>
        ${found.partial ? html`<span class="sr-only" lang=${loc.tag}>${strings.fragment}</span>` : nothing}
        <div id="text" part="text" class=${lines && !this.expanded ? 'text clamped' : 'text'}>${q.paragraphs.map((p) => html`<p>${p}</p>`)}</div>
      </blockquote>
      ${keep(
        lines && this.overflows
          ? html`<button part="toggle" class="button toggle" type="button" aria-controls="text" aria-expanded=${this.expanded ? 'true' : 'false'}
            @click=${() => (this.expanded = !this.expanded)}>${this.expanded ? strings.showLess : strings.showMore}</button>`
          : nothing,
      )}
      <figcaption part="caption" class="small muted">${q.caption.map((piece) => (typeof piece === 'string' ? piece : slots[piece.slot]))}</figcaption>
    </figure>`;
  }

  /**
   * With `max-lines`: passes the clamp to CSS (through the CSSOM, which a strict Content-Security-Policy allows,
   * unlike a style attribute), then measures whether the text overflows: after each render, and whenever the text
   * box changes size (a narrower container wraps more lines).
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const lines = this.lines();
    const text = lines ? this.textBox() : null;
    text?.style.setProperty('--_lines', String(lines));
    if (text !== this.observed) {
      this.resizeObserver?.disconnect();
      if (text) (this.resizeObserver ??= new ResizeObserver(() => this.measure())).observe(text);
      this.observed = text;
    }
    // After this update (not inside it, which would schedule an update from an update).
    if (text) queueMicrotask(() => this.measure());
  }

  private textBox(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#text');
  }

  private measure(): void {
    const text = this.textBox();
    if (text && !this.expanded) this.overflows = text.scrollHeight > text.clientHeight + 1;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.observed = null;
  }
}
