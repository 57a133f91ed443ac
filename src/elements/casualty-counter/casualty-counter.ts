import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import type { Dataset, Metric } from '../../data/model.js';
import { counterPending, phraseCounter } from '../../format/counter.js';
import type { BigNumber, CounterClaims, CounterEvent } from '../../format/counter.js';
import { formatNumber } from '../../format/phrase.js';
import type { Locale, PhrasedFigure } from '../../format/phrase.js';
import { isNotShown } from '../../format/view.js';
import { METRICS, idList, idsOf, oneOf } from '../attributes.js';
import { StrikeWidgetElement, failure } from '../base.js';
import type { Failure } from '../base.js';
import { badgeTemplate, figureTemplate, inLang, sourcesTemplate } from '../templates.js';
import { baseStyles } from '../../styles/tokens.js';
import { keep } from '../templates-flat.js';
import { templateStyles } from '../templates.styles.js';
import { ShowMoreController, inRuns, showMoreStyles, whilePreparing } from '../long-lists.js';
import type { CountUpController } from './count-up.js';
import { onDemand } from '../on-demand.js';
import { styles } from './casualty-counter.styles.js';

const figureItems = (figures: readonly PhrasedFigure[]) => figures.map((f) => html`<li>${figureTemplate(f)}</li>`);

/** Every claimant's figure behind a lead that more than one claimant stands behind. */
const others = (loc: Locale, each: readonly PhrasedFigure[]) =>
  each.length
    ? html`<div class="others small" part="other-reports">
        <span class="others-label">${loc.strings.eachClaim}:</span>
        <ul>
          ${figureItems(each)}
        </ul>
      </div>`
    : nothing;

const eventLine = (loc: Locale, { headline, date }: CounterEvent) =>
  html`<span class="headline">${inLang(loc, headline)}</span>, <time datetime=${date.datetime}>${date.text}</time>`;

const countUpModule = onDemand('count-up', () => import('./count-up.js'));

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
 * @csspart more-events - In a total's breakdown of more than 50 events: "and 9,950 more events" with the button that
 * shows them.
 * @csspart show-all - The button that shows every event of the breakdown (added a few dozen at a time).
 *
 * @cssprop --casualty-counter-number-size - Size of the large number (default: scales with the element's width).
 * @cssprop --casualty-counter-number-color - Colour of the large number (default: `--sw-color-accent`).
 * @cssprop --casualty-counter-number-weight - Font weight of the large number (default: 700).
 *
 * @event strike-widgets-error - Bad input: `missing-attribute` (no `event`), `invalid-attribute` (`metric`,
 * `place`, `theme`), `unknown-event`, or a dataset problem. `detail` is `{code, message, problems?}`.
 */
export class CasualtyCounter extends StrikeWidgetElement {
  static override styles = [baseStyles, templateStyles, showMoreStyles, styles];

  static override properties = {
    event: {},
    events: { converter: idList() },
    metric: { reflect: true, converter: oneOf(METRICS, 'killed') },
    place: {},
    countUp: { type: Boolean, reflect: true, attribute: 'count-up' },
  };

  /** How long the count-up lasts, in milliseconds. */
  static countUpMs = 1200;
  /** How many events of a total's breakdown are added at a time once the reader asks for all of them. */
  static eventsPerTask = 50;

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

  /** The count-up, once its module is here: fetched the first time a counter has `count-up` (most pages never ask). */
  private counting?: CountUpController;
  /** A total's breakdown: the first events, then the rest once the reader asks for them. */
  private readonly more = new ShowMoreController(
    this,
    () => CasualtyCounter.eventsPerTask,
    (index) => this.renderRoot.querySelectorAll<HTMLElement>('.breakdown > ul > li')[index],
  );

  constructor() {
    super();
    this.metric = 'killed';
    this.countUp = false;
  }

  private get ids(): string[] {
    return idsOf(this.events);
  }

  protected override checkAttributes(): Failure | undefined {
    const invalid = super.checkAttributes();
    if (invalid) return invalid;
    const place = this.place?.trim();
    if (this.ids.length) return place ? failure('invalid-attribute', { name: 'place', value: place }) : undefined;
    return this.event?.trim() ? undefined : failure('missing-attribute', { name: 'event' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Before the base builds the view, which reads it.
    if (changed.has('events') || changed.has('metric')) this.more.reset();
    const countUp = this.countUp ? countUpModule.module() : undefined;
    this.counting ??=
      countUp &&
      new countUp.CountUpController(
        this,
        (n) => formatNumber(this.locale, n),
        () => CasualtyCounter.countUpMs,
      );
    super.willUpdate(changed);
  }

  protected override waitsFor(): Promise<unknown> | undefined {
    // A count-up that cannot be fetched leaves the final number, which the counter shows anyway.
    return this.countUp ? countUpModule.ready() : undefined;
  }

  protected override renderWidget(ds: Dataset, loc: Locale): TemplateResult | Failure {
    // A metric set to null or undefined counts the default, as removing the attribute does.
    const metric = this.metric ?? 'killed';
    const ids = this.ids;
    const ref = ids.length
      ? { events: ids, metric }
      : { event: this.event!.trim(), metric, place: this.place?.trim() || undefined };
    const pending = counterPending(ds, ref);
    if (pending) return whilePreparing(loc, pending, this);
    const view = phraseCounter(loc, ds, ref, this.more.shown);
    if (isNotShown(view)) return failure(view.notShown, view.vars);
    const { strings } = loc;
    switch (view.kind) {
      case 'claims':
        return view.list
          ? html`${view.note ? html`<p class="scope-note muted small">${view.note}</p>` : nothing}
              <ul class="scopes">
                ${view.scopes.map((c) => html`<li>${this.renderClaims(loc, c)}</li>`)}
              </ul>`
          : this.renderClaims(loc, view.scopes[0]!);
      case 'none':
        return html`<div class="none">
          <p class="metric-name muted small">${view.metricName}</p>
          <p class="none-text" part="label">${view.text}</p>
          <p class="muted small">${eventLine(loc, view)}</p>
        </div>`;
      case 'total': {
        const badge = view.disagree ? html`<span class="badge" part="badge">${view.disagree}</span>` : nothing;
        const { total } = view;
        return html`${view.disagree ? html`<p>${badge}</p>` : nothing}
          ${
            total
              ? html`<div class="figure main total" part="figure">
                ${keep(this.renderNumber({ text: total.number, countTo: total.countTo }))}
                <div class="text">
                  <span class="label" part="label">${total.text}</span><span class="sr-only">, </span>
                  <span class="attribution" part="attribution">${total.events}</span>
                  <p class="note small" part="total-adds">${total.adds}</p>
                  ${total.uncounted ? html`<p class="note small" part="total-uncounted">${total.uncounted}</p>` : nothing}
                </div>
              </div>`
              : html`<div class="none"><p class="none-text" part="label">${view.noFigure}</p></div>`
          }
          <details class="breakdown" part="breakdown">
            <summary>${strings.breakdown}</summary>
            <ul>
              ${inRuns(
                view.parts,
                CasualtyCounter.eventsPerTask,
                [],
                (part) =>
                  html`<li>
                  <p>${eventLine(loc, part)}:</p>
                  ${
                    part.byPlace
                      ? html`<span class="muted">${part.byPlace.note}</span>${
                          part.byPlace.figures.length
                            ? html`<ul>
                              ${figureItems(part.byPlace.figures)}
                            </ul>`
                            : nothing
                        }`
                      : html`${part.added.map((f) => figureTemplate(f))}${part.disagree ? html` ${badge}` : nothing}
                        ${others(loc, part.each)}`
                  }
                </li>`,
              )}
            </ul>
            ${keep(this.more.line(view.more, { small: true }))}
          </details>`;
      }
    }
  }

  /** The large number: aria-hidden, because the label beside it says the same with its qualifier. */
  private renderNumber({ text, countTo }: BigNumber): TemplateResult {
    // While counting, the digits are written by the count-up: the template leaves the span empty for them.
    return countTo !== undefined && this.counting?.counting
      ? html`<span class="number counting" part="number" aria-hidden="true" data-count-to=${countTo}></span>`
      : html`<span class="number" part="number" aria-hidden="true" data-count-to=${countTo ?? nothing}>${text}</span>`;
  }

  private renderClaims(loc: Locale, { lead, number, each, history }: CounterClaims): TemplateResult {
    return html`<div class="claims">
      ${lead.note ? html`<p>${badgeTemplate(lead)}</p>` : nothing}
      <div class="figure main" part="figure" data-figure=${lead.figures.join(' ')}>
        ${keep(this.renderNumber(number))}
        <div class="text">
          <span class="label" part="label">${lead.scopedText}</span><span class="sr-only">, </span>
          <span class="attribution" part="attribution"
            >${lead.attribution}${
              lead.asOf
                ? html` <span class="as-of">(<time datetime=${lead.asOf.iso}>${lead.asOf.text}</time>)</span>`
                : nothing
            }</span
          >
          ${sourcesTemplate(loc, lead.sources)}
        </div>
      </div>
      ${others(loc, each)}
      ${
        history.length
          ? html`<details class="history small" part="history">
            <summary>${loc.strings.earlierFigures}</summary>
            <ul>
              ${figureItems(history)}
            </ul>
          </details>`
          : nothing
      }
    </div>`;
  }
}
