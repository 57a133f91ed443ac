import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import type { Dataset, FigureValue, Metric, StrikeEvent } from '../../data/model.js';
import { claimsByScope, claimsFor, eventById, refinedByPlace, scopesInOrder, total } from '../../data/query.js';
import type { Claims } from '../../data/query.js';
import { counterNumber, noFigureText, phraseTotal } from '../../format/counter.js';
import { phraseLead } from '../../format/lead.js';
import { formatEdtf, formatNumber, localized, phraseFigure } from '../../format/phrase.js';
import type { Locale } from '../../format/phrase.js';
import { METRICS, idList, idsOf, oneOf } from '../attributes.js';
import { StrikeWidgetElement, failure } from '../base.js';
import type { Failure } from '../base.js';
import { figureTemplate, inLang, sourcesTemplate } from '../templates.js';
import { baseStyles } from '../../styles/tokens.js';
import { templateStyles } from '../templates.styles.js';
import { styles } from './casualty-counter.styles.js';

/** Counters waiting to scroll into view, served by one observer that exists only while one is waiting. */
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;
function whenVisible(el: Element, start: () => void) {
  if (waiting.has(el)) return;
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const run = entry.isIntersecting ? waiting.get(entry.target) : undefined;
      if (run) {
        stopWatching(entry.target);
        run();
      }
    }
  });
  waiting.set(el, start);
  observer.observe(el);
}
function stopWatching(el: Element) {
  if (!waiting.delete(el)) return;
  observer?.unobserve(el);
  if (!waiting.size) {
    observer?.disconnect();
    observer = undefined;
  }
}
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * A casualty or munitions count for one event, or a total across events, with its qualifier, who claims it and
 * who carried it. Disagreeing claims are marked and listed; earlier, revised figures stay reachable.
 *
 * @tagname casualty-counter
 * @summary One attributed number, large: "at least 14 killed, according to Ukraine's National Police".
 *
 * @slot - The no-JavaScript fallback (e.g. `<p>At least 14 killed, according to Ukraine's National Police.</p>`):
 * shown before the element upgrades and while a remote dataset loads, hidden once the counter renders.
 *
 * @csspart number - The number shown large (a visual repetition: readers of assistive technology get the
 * sentence in `label`).
 * @csspart label - The qualified number and what it counts: "at least 14 killed".
 * @csspart figure - The number with its label, attribution and sources, as one unit.
 * @csspart attribution - Who claims the number ("according to …"), with its "as of" date while developing; for
 * a total, how many events it adds.
 * @csspart sources - The outlets that carried the figure, with their dates.
 * @csspart badge - "Claims agree" or "Claims disagree": whether the claims of several claimants can all be true.
 * @csspart other-reports - Every claimant's figure, when more than one claimant gave one.
 * @csspart total-adds - For a total: which claims it adds, each with its event and claimant.
 * @csspart total-uncounted - For a total: the events it could not count.
 * @csspart history - Earlier figures a claimant has since revised (a disclosure).
 * @csspart breakdown - For a total: the figures of each event (a disclosure).
 *
 * @cssprop --casualty-counter-number-size - Size of the large number (default: scales with the element's width).
 * @cssprop --casualty-counter-number-color - Colour of the large number (default: `--sw-color-accent`).
 * @cssprop --casualty-counter-number-weight - Font weight of the large number (default: 700).
 *
 * @event strike-widgets-error - Bad input: `missing-attribute` (no `event`), `invalid-attribute` (`metric`,
 * `place`, `theme`), `unknown-event`, or a dataset problem. `detail` is `{code, message, problems?}`.
 */
export class CasualtyCounter extends StrikeWidgetElement {
  static override styles = [baseStyles, templateStyles, styles];

  static override properties = {
    ...StrikeWidgetElement.properties,
    event: {},
    events: { converter: idList() },
    metric: { reflect: true, converter: oneOf(METRICS, 'killed') },
    place: {},
    countUp: { type: Boolean, reflect: true, attribute: 'count-up' },
  };

  /** How long the count-up lasts, in milliseconds. */
  static countUpMs = 1200;

  /** The id of the event to count (`2022-10-10-missile-strikes`). Ignored when `events` names any. */
  declare event: string | undefined;
  /**
   * Whitespace-separated event ids: shows their conservative total, "at least N" (the lowest number claimed for
   * each event, added), naming the claims it adds and the events it could not count, with a breakdown by event.
   * Wins over `event` when both are set.
   */
  declare events: string | undefined;
  /**
   * What to count: `killed` (the default), `injured`, `children-killed`, `children-injured`, `launched`,
   * `intercepted`, `attacks` or `buildings-damaged`.
   */
  declare metric: Metric;
  /** The id of one place of the event: shows the figures scoped to it. Not allowed with `events`. */
  declare place: string | undefined;
  /**
   * The `count-up` attribute: counts the large number up from 0 once, when the counter first scrolls into view;
   * only for a single number (not a range), never when the reader prefers reduced motion. Screen readers get the
   * final figure only. (Neither is called `animate`: frameworks that set properties, such as React 19, would
   * overwrite `Element.animate()`.)
   */
  declare countUp: boolean;

  /** Whether the last render showed a single number that can count up. */
  private countable = false;
  /** Counting up right now. */
  private counting = false;
  /** Counted up once already (or chose not to): never again. */
  private counted = false;
  private frame?: number;
  private startedAt = 0;

  constructor() {
    super();
    this.metric = 'killed';
    this.countUp = false;
  }

  private get ids(): string[] {
    return idsOf(this.events);
  }

  /** The metric to count: removing the attribute goes back to the default. */
  private get measure(): Metric {
    return this.metric ?? 'killed';
  }

  protected override checkAttributes(): Failure | undefined {
    const invalid = super.checkAttributes();
    if (invalid) return invalid;
    const place = this.place?.trim();
    if (this.ids.length) return place ? failure('invalid-attribute', { name: 'place', value: place }) : undefined;
    return this.event?.trim() ? undefined : failure('missing-attribute', { name: 'event' });
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Before the base builds the view, which sets it again.
    this.countable = false;
    super.willUpdate(changed);
  }

  protected override renderWidget(ds: Dataset, loc: Locale): TemplateResult | Failure {
    const metric = this.measure;
    if (this.ids.length) return this.renderTotal(ds, loc, metric);
    const id = this.event!.trim();
    const event = eventById(ds, id);
    if (!event) return failure('unknown-event', { id });
    const place = this.place?.trim() || undefined;
    if (place && !event.places.includes(place)) return failure('invalid-attribute', { name: 'place', value: place });
    if (!place && refinedByPlace(ds, id, metric)) {
      // The figures by place say more than the event-wide one: they lead, each with its scope.
      return html`<ul class="scopes">
        ${scopesInOrder(ds, id, metric).map((c) => html`<li>${this.renderClaims(ds, loc, c)}</li>`)}
      </ul>`;
    }
    const claims = claimsFor(ds, id, metric, place);
    if (claims) return this.renderClaims(ds, loc, claims);
    const scoped = place ? [] : claimsByScope(ds, id, metric);
    if (!scoped.length) return this.renderNone(ds, loc, event, place);
    return html`<p class="scope-note muted small">${loc.strings.counterByPlace}</p>
      <ul class="scopes">
        ${scoped.map((c) => html`<li>${this.renderClaims(ds, loc, c)}</li>`)}
      </ul>`;
  }

  /** The large number: aria-hidden, because the label beside it says the same with its qualifier. */
  private renderNumber(loc: Locale, value: FigureValue | string): TemplateResult {
    const single = typeof value !== 'string' && 'n' in value;
    if (single) this.countable = true;
    // While counting, the digits are written by `step()`: the template leaves the span empty for them.
    return single && this.counting
      ? html`<span class="number counting" part="number" aria-hidden="true" data-n=${value.n}></span>`
      : html`<span class="number" part="number" aria-hidden="true"
          >${typeof value === 'string' ? value : counterNumber(loc, value)}</span
        >`;
  }

  private renderClaims(ds: Dataset, loc: Locale, claims: Claims): TemplateResult {
    const { strings } = loc;
    const lead = phraseLead(loc, ds, claims);
    // One figure leads: its own number, which may count up; else the bound or the span, as phrased.
    const one = lead.figures.length === 1 ? claims.shown : undefined;
    return html`<div class="claims">
      ${lead.note ? html`<p><span class="badge ${lead.verdict}" part="badge">${lead.note}</span></p>` : nothing}
      <div class="figure main" part="figure" data-figure=${lead.figures.join(' ')}>
        ${this.renderNumber(loc, one ? one.value : lead.number)}
        <div class="text">
          <span class="label" part="label">${lead.scopedText}</span><span class="sr-only">, </span>
          <span class="attribution" part="attribution"
            >${lead.attribution}${lead.asOf
              ? html` <span class="as-of">(<time datetime=${lead.asOf.iso}>${lead.asOf.text}</time>)</span>`
              : nothing}</span
          >
          ${sourcesTemplate(loc, lead.sources)}
        </div>
      </div>
      ${this.renderOthers(ds, loc, claims)}
      ${claims.history.length
        ? html`<details class="history small" part="history">
            <summary>${strings.earlierFigures}</summary>
            <ul>
              ${claims.history.map((f) => html`<li>${figureTemplate(phraseFigure(loc, ds, f))}</li>`)}
            </ul>
          </details>`
        : nothing}
    </div>`;
  }

  /** Every claimant's figure behind a lead that more than one claimant stands behind. */
  private renderOthers(ds: Dataset, loc: Locale, claims: Claims): TemplateResult | typeof nothing {
    if (!claims.others.length) return nothing;
    return html`<div class="others small" part="other-reports">
      <span class="others-label">${loc.strings.eachClaim}:</span>
      <ul>
        ${[claims.shown, ...claims.others].map((f) => html`<li>${figureTemplate(phraseFigure(loc, ds, f))}</li>`)}
      </ul>
    </div>`;
  }

  private renderHeadline(ds: Dataset, loc: Locale, event: StrikeEvent): TemplateResult {
    const date = formatEdtf(loc, event.date);
    return html`<span class="headline">${inLang(loc, localized(loc, event, 'headline', ds.language))}</span>,
      <time datetime=${date.datetime}>${date.text}</time>`;
  }

  private renderNone(ds: Dataset, loc: Locale, event: StrikeEvent, place?: string): TemplateResult {
    return html`<div class="none">
      <p class="metric-name muted small">${loc.strings.metricName[this.measure]}</p>
      <p class="none-text" part="label">${noFigureText(loc, ds, place)}</p>
      <p class="muted small">${this.renderHeadline(ds, loc, event)}</p>
    </div>`;
  }

  private renderTotal(ds: Dataset, loc: Locale, metric: Metric): TemplateResult | Failure {
    const { strings } = loc;
    const sum = total(ds, this.ids, metric);
    if (sum.unknown.length) return failure('unknown-event', { id: sum.unknown[0]! });
    const phrased = phraseTotal(loc, ds, sum);
    const badge = html`<span class="badge" part="badge">${strings.disagree}</span>`;
    return html`${sum.parts.some((p) => p.claims?.disagree) ? html`<p>${badge}</p>` : nothing}
      ${phrased && sum.value
        ? html`<div class="figure main total" part="figure">
            ${this.renderNumber(loc, sum.value)}
            <div class="text">
              <span class="label" part="label">${phrased.text}</span><span class="sr-only">, </span>
              <span class="attribution" part="attribution">${phrased.events}</span>
              <p class="note small" part="total-adds">${phrased.adds}</p>
              ${phrased.uncounted ? html`<p class="note small" part="total-uncounted">${phrased.uncounted}</p>` : nothing}
            </div>
          </div>`
        : html`<div class="none"><p class="none-text" part="label">${strings.noFigure}</p></div>`}
      <details class="breakdown" part="breakdown">
        <summary>${strings.breakdown}</summary>
        <ul>
          ${sum.parts.map(
            ({ event, claims, added }) => html`<li>
              <p>${this.renderHeadline(ds, loc, event)}:</p>
              ${claims
                ? html`${added.map((a) => figureTemplate(phraseFigure(loc, ds, a.figure)))}${claims.disagree
                      ? html` ${badge}`
                      : nothing}
                    ${this.renderOthers(ds, loc, claims)}`
                : this.renderScopesOnly(ds, loc, event, metric)}
            </li>`,
          )}
        </ul>
      </details>`;
  }

  /** An event of a total without an event-wide figure: its figures by place (not added), or "no figure". */
  private renderScopesOnly(ds: Dataset, loc: Locale, event: StrikeEvent, metric: Metric): TemplateResult {
    const scoped = claimsByScope(ds, event.id, metric);
    if (!scoped.length) return html`<span class="muted">${loc.strings.noFigure}</span>`;
    return html`<span class="muted">${loc.strings.counterByPlace}</span>
      <ul>
        ${scoped.map((c) => html`<li>${figureTemplate(phraseFigure(loc, ds, c.shown))}</li>`)}
      </ul>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.counting) {
      if (!this.frame) this.step();
    } else if (this.countUp && this.countable && !this.counted && this.isConnected && !reducedMotion()) {
      whenVisible(this, () => this.start());
    } else {
      stopWatching(this);
    }
  }

  private start(): void {
    this.counted = true;
    if (!this.countUp || !this.isConnected || reducedMotion()) return;
    this.counting = true;
    this.startedAt = performance.now();
    this.requestUpdate();
  }

  /** One frame of the count-up: writes eased intermediate numbers into the aria-hidden digits. */
  private step = (): void => {
    this.frame = undefined;
    const progress = Math.min(1, (performance.now() - this.startedAt) / CasualtyCounter.countUpMs);
    const eased = 1 - (1 - progress) ** 3;
    for (const digits of this.renderRoot.querySelectorAll<HTMLElement>('[data-n]')) {
      digits.textContent = formatNumber(this.locale, Math.round(Number(digits.dataset.n) * eased));
    }
    if (progress < 1 && this.countUp) this.frame = requestAnimationFrame(this.step);
    else this.stop();
  };

  private stop(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    if (this.counting) {
      this.counting = false;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    stopWatching(this);
    this.stop();
  }
}
