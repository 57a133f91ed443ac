import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Dataset, Metric } from '../../data/model.js';
import { phraseComparison } from '../../format/compare.js';
import type { ComparedGroup } from '../../format/compare.js';
import type { Locale, PhrasedFigure } from '../../format/phrase.js';
import { isNotShown } from '../../format/view.js';
import { baseStyles } from '../../styles/tokens.js';
import { METRICS, oneOf } from '../attributes.js';
import { StrikeWidgetElement, failure, headingLevelConverter } from '../base.js';
import type { Failure } from '../base.js';
import { badgeTemplate, heading, inLang, sourcesTemplate } from '../templates.js';
import { templateStyles } from '../templates.styles.js';
import { styles } from './claim-compare.styles.js';

/**
 * Every claim for one event and metric side by side: who claims it (with their role), the number with its
 * qualifier, the report's own words, the as-of date and the outlets, grouped by the place a figure is scoped to;
 * the range the claims span, a one-line summary, and figures since revised. Without `metric`, every metric whose
 * claims disagree.
 *
 * @tagname claim-compare
 * @summary Disagreeing claims side by side: `<claim-compare event="2023-12-30-belgorod-attack" metric="killed">`.
 *
 * @slot - No-JavaScript fallback: what the publisher writes inside the element shows until it upgrades (and while
 * a remote dataset loads); crawlers and RSS readers see it. Hidden once the comparison renders.
 *
 * @csspart base - The widget's box.
 * @csspart header - The label, the event's headline and its date.
 * @csspart heading - The event's headline (a real `<h1>`–`<h6>`, see `heading-level`).
 * @csspart date - The event's date.
 * @csspart note - "Reports do not disagree", or "No figure reported" for an event without figures.
 * @csspart metric - The claims for one metric.
 * @csspart metric-heading - A metric's name, a heading one level below the headline.
 * @csspart group - The claims for the whole event or for one of its places.
 * @csspart place - The place a group's figures are scoped to, a heading two levels below the headline.
 * @csspart badge - "Claims agree" or "Claims disagree": whether the claims of several claimants can all be true.
 * @csspart summary - One line naming every claim of a group.
 * @csspart range - What the claims come to: the tightest bound they agree on, or the span they disagree over, with who states it.
 * @csspart claims - The list of claims.
 * @csspart claim - One claim.
 * @csspart claimant - Who states the number, with their role.
 * @csspart value - The number with its qualifier and what it counts.
 * @csspart verbatim - The report's own words.
 * @csspart as-of - The date the figure was given as of.
 * @csspart history - Figures a claimant has since revised.
 * @csspart sources - The outlets that carried a claim.
 * @csspart source-link - A link to a source (only for http(s) URLs).
 * @csspart error - The message shown instead of the comparison when its input is wrong.
 * @csspart loading - Shown while a remote dataset loads.
 *
 * @cssprop --claim-compare-accent - Colour of the numbers and of each claim's edge (default: `--sw-color-accent`).
 * @cssprop --claim-compare-gap - Space between claims and groups (default: 0.75em).
 * @cssprop --claim-compare-claim-width - Smallest width of a claim before the claims stack (default: 14em).
 *
 * @event strike-widgets-error - Bad input: `missing-attribute` (no `event`), `unknown-event`, `invalid-attribute`
 * (`metric`, `heading-level`, `theme`), or a dataset problem. `detail` is `{code, message, problems?}`.
 */
export class ClaimCompare extends StrikeWidgetElement {
  static override properties = {
    event: {},
    metric: { reflect: true, converter: oneOf(METRICS) },
    headingLevel: { attribute: 'heading-level', type: Number, converter: headingLevelConverter },
  };

  static override styles = [baseStyles, templateStyles, styles];

  /** The id of the event whose claims to compare (`2023-12-30-belgorod-attack`). Required. */
  declare event: string | undefined;
  /**
   * The metric to compare: `killed`, `injured`, `children-killed`, `children-injured`, `launched`, `intercepted`,
   * `attacks` or `buildings-damaged`. Without it, every metric whose claims disagree (else every metric with figures).
   */
  declare metric: Metric | undefined;
  /** The level of the headline's heading element, 1–6 (default 3); metrics and places take the next levels. */
  declare headingLevel: number;

  constructor() {
    super();
    this.headingLevel = 3;
  }

  protected override checkAttributes(): Failure | undefined {
    const invalid = super.checkAttributes();
    if (invalid) return invalid;
    return this.event?.trim() ? undefined : failure('missing-attribute', { name: 'event' });
  }

  protected override renderWidget(ds: Dataset, loc: Locale): TemplateResult | Failure {
    const c = phraseComparison(loc, ds, this.event!.trim(), this.metric ?? undefined);
    if (isNotShown(c)) return failure(c.notShown, c.vars);
    const level = this.headingLevel ?? 3;
    return html`<div class="header" part="header">
        <p class="label">${loc.strings.compareLabel}</p>
        ${heading(level, inLang(loc, c.headline), { part: 'heading' })}
        <p class="muted" part="date"><time datetime=${c.date.datetime}>${c.date.text}</time></p>
      </div>
      ${c.note ? html`<p class="note" part="note">${c.note}</p>` : nothing}
      ${c.metrics.map(
        (m) => html`<section class="metric" part="metric" data-metric=${m.metric}>
          ${heading(level + 1, m.name, { part: 'metric-heading' })}
          ${m.noFigure ? html`<p class="muted">${m.noFigure}</p>` : m.groups.map((g) => this.group(loc, g, level + 2))}
        </section>`,
      )}`;
  }

  private group(loc: Locale, g: ComparedGroup, level: number): TemplateResult {
    const claims = (list: PhrasedFigure[]) =>
      html`<ul class="claims" part="claims" role="list">${list.map((f) => this.claim(loc, f))}</ul>`;
    return html`<div class="group" part="group">
      ${g.heading ? heading(level, inLang(loc, g.heading), { part: 'place' }) : nothing}
      ${g.lead.note ? html`<p>${badgeTemplate(g.lead)}</p>` : nothing}
      ${
        g.summary.length
          ? html`<p class="summary" part="summary">${g.summary.map(
              (s, i) => html`${i ? '; ' : ''}<span class="figure" data-figure=${s.id}>${s.text}</span>`,
            )}</p>`
          : nothing
      }
      ${
        g.range
          ? html`<p class="range figure" part="range" data-figures=${g.range.figures.join(' ')}>${g.range.text}</p>`
          : nothing
      }
      ${claims(g.figures)}
      ${
        g.history.length
          ? html`<div class="history" part="history"><p class="history-label">${loc.strings.earlierFigures}</p>${claims(g.history)}</div>`
          : nothing
      }
    </div>`;
  }

  /** One claim: the whole of it is a `.figure`, holding the number with its qualifier and its claimant. */
  private claim(loc: Locale, f: PhrasedFigure): TemplateResult {
    return html`<li class="claim figure" part="claim" data-figure=${f.figure.id}>
      <p class="claimant" part="claimant">${f.claimantLine}</p>
      <p class="value" part="value">${f.text}</p>
      <p class="small" part="verbatim">${loc.strings.verbatim}: <q lang=${f.verbatim.lang}>${f.verbatim.text}</q></p>
      <p class="small muted" part="as-of"><time datetime=${f.asOf!.iso}>${f.asOf!.text}</time></p>
      ${sourcesTemplate(loc, f.sources)}
    </li>`;
  }
}
