import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Dataset } from '../../data/model.js';
import { eventById } from '../../data/query.js';
import { phraseCard } from '../../format/card.js';
import type { CardScope, CardVariant, CardView } from '../../format/card.js';
import type { Locale } from '../../format/phrase.js';
import { isNotShown } from '../../format/view.js';
import type { PhrasedClaim } from '../../format/who.js';
import { baseStyles } from '../../styles/tokens.js';
import { VARIANTS, oneOf } from '../attributes.js';
import { StrikeWidgetElement, failure, headingLevelConverter } from '../base.js';
import type { Failure } from '../base.js';
import { figureTemplate, heading, inLang, leadTemplate, sourcesTemplate } from '../templates.js';
import { jsonLdModule } from '../structured-data.js';
import { templateStyles } from '../templates.styles.js';
import { styles } from './strike-card.styles.js';

export type { CardVariant as StrikeCardVariant } from '../../format/card.js';

/** A claimed subject and, after a dash, who claims or denies it. */
const claimItem = (loc: Locale, { subject, who }: PhrasedClaim) =>
  who
    ? html`<li>${inLang(loc, subject)} <span class="who muted">— ${who}</span></li>`
    : html`<li>${inLang(loc, subject)}</li>`;

/** A list of figures, each read as it stands (not with its place: the scope's lead names it). */
const figureList = (figures: CardScope['each']) =>
  html`<ul class="stack">${figures.map((f) => html`<li>${figureTemplate(f, { scoped: false })}</li>`)}</ul>`;

/**
 * A summary of one strike: what happened, where and when, who is said to have done it and to whom, the figures as
 * claimed (disagreements shown, earlier figures kept), the events it is said to answer or to have provoked, and
 * the sources.
 *
 * @tagname strike-card
 * @summary An attributed, accessible summary of one strike from the dataset.
 *
 * @slot - No-JavaScript fallback: what the publisher writes inside the element shows until it upgrades (and
 * while a remote dataset loads); crawlers and RSS readers see it. Hidden once the card renders.
 *
 * @csspart base - The card's box.
 * @csspart header - The kind, headline and date.
 * @csspart kind - The kind of event ("Missile strike"); full variant only.
 * @csspart heading - The headline (a real `<h1>`–`<h6>`, see `heading-level`).
 * @csspart date - The date of the event.
 * @csspart summary - The one-paragraph summary.
 * @csspart facts - The list of places, attackers, struck parties, targets and weapons.
 * @csspart figures - The figures: the grid of metrics (full) or the casualty line (compact).
 * @csspart figure - One metric's figures, a cell of the grid (full), or the casualty line (compact).
 * @csspart badge - "Claims agree" or "Claims disagree": whether the claims of several claimants can all be true.
 * @csspart related - The events this one is said to answer or to have provoked.
 * @csspart more - The disclosure ("More about this event") holding the facts and linked events: closed on a card
 * narrower than 520px, always open (its summary hidden) on a wider one.
 * @csspart sources - The sources the card was written from.
 * @csspart source-link - A link to a source (only for http(s) URLs).
 * @csspart error - The message shown instead of the card when its input is wrong.
 * @csspart loading - Shown while a remote dataset loads.
 *
 * @cssprop --strike-card-accent - Colour of the kind label and the figure cells' edge (default: `--sw-color-accent`).
 * @cssprop --strike-card-max-width - Largest width of the card (default: none, it fills its container).
 * @cssprop --strike-card-gap - Space between the card's regions (default: 1em).
 *
 * @event strike-widgets-error - Bad input: `event` missing or unknown, an invalid `variant`, `heading-level` or
 * `theme`, or a dataset that is missing, failed to load or is invalid. `detail` is `{code, message, problems?}`.
 */
export class StrikeCard extends StrikeWidgetElement {
  static override properties = {
    event: {},
    variant: { reflect: true, converter: oneOf(VARIANTS, 'full') },
    headingLevel: { attribute: 'heading-level', type: Number, converter: headingLevelConverter },
    structuredData: { attribute: 'structured-data', type: Boolean },
  };

  static override styles = [baseStyles, templateStyles, styles];

  /** The id of the event to show (`2022-10-10-missile-strikes`). Required. */
  declare event: string | undefined;
  /**
   * `full` (default): everything the dataset says about the event. `compact`: the headline, the date, one
   * casualty line (killed, else injured) and the sources.
   */
  declare variant: CardVariant;
  /** The level of the headline's heading element, 1–6 (default 3), to fit the page's outline. */
  declare headingLevel: number;
  /**
   * Adds schema.org JSON-LD for what the card shows to the page's `<head>`: an `Event` with its places, sources and
   * figures as `Claim`s, in the card's language. Removed with the element or the attribute; none in an error state.
   */
  declare structuredData: boolean;

  constructor() {
    super();
    this.variant = 'full';
    this.headingLevel = 3;
    this.structuredData = false;
  }

  protected override checkAttributes(): Failure | undefined {
    const base = super.checkAttributes();
    if (base) return base;
    return this.event?.trim() ? undefined : failure('missing-attribute', { name: 'event' });
  }

  protected override structuredDataFor(ds: Dataset, loc: Locale): object | undefined {
    const ld = this.structuredData ? jsonLdModule.module() : undefined;
    const event = ld && eventById(ds, this.event!.trim());
    return event && ld.eventJsonLd(loc, ds, event, this.variant === 'compact');
  }

  protected override waitsFor(): Promise<unknown> | undefined {
    return this.structuredData ? jsonLdModule.ready() : undefined;
  }

  protected override renderWidget(ds: Dataset, loc: Locale): TemplateResult | Failure {
    const compact = this.variant === 'compact';
    const card = phraseCard(loc, ds, this.event!.trim(), compact ? 'compact' : 'full');
    if (isNotShown(card)) return failure(card.notShown, card.vars);
    return html`<article class="card ${card.variant}" aria-labelledby="heading">
      <header part="header">
        ${compact ? nothing : html`<p class="kind" part="kind">${card.kind}</p>`}
        ${heading(this.headingLevel ?? 3, inLang(loc, card.headline), { id: 'heading', part: 'heading' })}
        <p class="date muted" part="date"><time datetime=${card.date.datetime}>${card.date.text}</time></p>
      </header>
      ${compact ? this.casualtyLine(card) : this.details(loc, card)}
      ${sourcesTemplate(loc, card.sources)}
    </article>`;
  }

  /** Compact: the first killed figure, else the first injured one, else "no figure reported" for a strike. */
  private casualtyLine({ casualty }: CardView): TemplateResult | typeof nothing {
    if (!casualty) return nothing;
    return html`<p class="casualty" part="figures figure">
      ${'noFigure' in casualty ? html`<span class="muted">${casualty.noFigure}</span>` : leadTemplate(casualty.lead, casualty.otherParts, false)}
    </p>`;
  }

  /**
   * Full: summary and figures (with who claims them), then places, who is said to have done what, and linked
   * events in a disclosure, which a wide card shows open (see the styles) and a narrow one keeps closed.
   */
  private details(loc: Locale, card: CardView): TemplateResult {
    const s = loc.strings;
    const sub = Math.min((this.headingLevel ?? 3) + 1, 6);
    return html`<p class="summary" part="summary">${card.summary ? inLang(loc, card.summary) : nothing}</p>
      ${
        card.metrics.length
          ? html`<section class="figures-section" part="figures" aria-labelledby="figures-heading heading">
            ${heading(sub, s.figures, { id: 'figures-heading' })}
            <dl class="figures">
              ${card.metrics.map(
                (m) => html`<div class="metric" part="figure" data-metric=${m.metric}>
                  <dt>${m.name}</dt>
                  ${m.noFigure ? html`<dd class="no-figure muted">${m.noFigure}</dd>` : m.scopes.map((c) => this.scope(s, c))}
                </div>`,
              )}
            </dl>
          </section>`
          : nothing
      }
      ${
        card.facts.length || card.related.length
          ? html`<details class="more" part="more">
            <summary>${s.moreAboutEvent}</summary>
            ${
              card.facts.length
                ? html`<dl class="facts" part="facts">
                  ${card.facts.map(
                    (f) =>
                      html`<div class="fact"><dt>${f.label}</dt><dd><ul class=${f.chips ? 'chips' : 'stack'}>${f.items.map((item) => claimItem(loc, item))}</ul></dd></div>`,
                  )}
                </dl>`
                : nothing
            }${this.related(loc, sub, card)}
          </details>`
          : nothing
      }`;
  }

  /** The events this one is said to answer or to have provoked, and who says so. */
  private related(loc: Locale, sub: number, { related }: CardView): TemplateResult | typeof nothing {
    return related.length
      ? html`<section class="related" part="related" aria-labelledby="related-heading heading">
            ${heading(sub, loc.strings.related, { id: 'related-heading' })}
            <ul class="stack">${related.map(
              (r) => html`<li><span class="relation">${r.label}:</span> ${inLang(loc, r.headline)},
                  <time datetime=${r.date.datetime}>${r.date.text}</time>${r.who ? html` <span class="who muted">— ${r.who}</span>` : nothing}</li>`,
            )}</ul>
          </section>`
      : nothing;
  }

  /** One scope's claims: what they come to, every claimant's figure, and the earlier figures. */
  private scope(s: Locale['strings'], c: CardScope): TemplateResult {
    return html`<dd>
      <p class="lead">${leadTemplate(c.lead, c.otherParts, true)}</p>
      ${c.each.length ? html`<div class="others small"><p>${s.eachClaim}:</p>${figureList(c.each)}</div>` : nothing}
      ${
        c.history.length
          ? html`<details class="history small"><summary>${s.earlierFigures}</summary>${figureList(c.history)}</details>`
          : nothing
      }
    </dd>`;
  }
}
