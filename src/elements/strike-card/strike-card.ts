import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Dataset, Metric, StrikeEvent } from '../../data/model.js';
import { eventById, isStrike, relatedEvents, scopesInOrder, summaryMetrics } from '../../data/query.js';
import type { Claims } from '../../data/query.js';
import { phraseAttacker, phraseShown, phraseTarget, phraseWeapon, placeText, actorText, joinWho } from '../../format/card.js';
import type { PhrasedClaim } from '../../format/card.js';
import { phraseLead } from '../../format/lead.js';
import { formatEdtf, localized, phraseFigure, phraseRelation, phraseSource } from '../../format/phrase.js';
import type { Locale, PhrasedSource } from '../../format/phrase.js';
import { eventJsonLd } from '../../format/structured-data.js';
import { baseStyles } from '../../styles/tokens.js';
import { VARIANTS, oneOf } from '../attributes.js';
import { StrikeWidgetElement, failure, headingLevelConverter } from '../base.js';
import type { Failure } from '../base.js';
import { figureTemplate, heading, inLang, leadTemplate, sourcesTemplate } from '../templates.js';
import { templateStyles } from '../templates.styles.js';
import { styles } from './strike-card.styles.js';

export type StrikeCardVariant = 'full' | 'compact';

type Content = TemplateResult | string | typeof nothing | (TemplateResult | string)[];

/** After a dash, who claims or denies something. */
const whoTemplate = (who: string | undefined) => (who ? html` <span class="who muted">— ${who}</span>` : nothing);

/** A claimed subject and who claims or denies it. */
const claimItem = (loc: Locale, { subject, who }: PhrasedClaim) => html`${inLang(loc, subject)}${whoTemplate(who)}`;

const list = (items: readonly Content[], cls = 'stack') =>
  html`<ul class=${cls}>${items.map((item) => html`<li>${item}</li>`)}</ul>`;

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
    ...StrikeWidgetElement.properties,
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
  declare variant: StrikeCardVariant;
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
    const event = this.structuredData ? eventById(ds, this.event!.trim()) : undefined;
    return event && eventJsonLd(loc, ds, event, this.variant === 'compact');
  }

  protected override renderWidget(ds: Dataset, loc: Locale): TemplateResult | Failure {
    const id = this.event!.trim();
    const event = eventById(ds, id);
    if (!event) return failure('unknown-event', { id });
    const sources = event.sources.map((s) => phraseSource(loc, ds, s)).filter((s): s is PhrasedSource => !!s);
    const compact = this.variant === 'compact';
    const date = formatEdtf(loc, event.date);
    return html`<article class="card ${compact ? 'compact' : 'full'}" aria-labelledby="heading">
      <header part="header">
        ${compact ? nothing : html`<p class="kind" part="kind">${loc.strings.eventKind[event.kind]}</p>`}
        ${heading(this.headingLevel ?? 3, inLang(loc, localized(loc, event, 'headline', ds.language)), { id: 'heading', part: 'heading' })}
        <p class="date muted" part="date"><time datetime=${date.datetime}>${date.text}</time></p>
      </header>
      ${compact ? this.casualtyLine(ds, loc, event) : this.details(ds, loc, event)}
      ${sourcesTemplate(loc, sources)}
    </article>`;
  }

  /** Compact: the first killed figure, else the first injured one, else "no figure reported" for a strike. */
  private casualtyLine(ds: Dataset, loc: Locale, event: StrikeEvent): TemplateResult | typeof nothing {
    const claims = scopesInOrder(ds, event.id, 'killed')[0] ?? scopesInOrder(ds, event.id, 'injured')[0];
    if (!claims && !isStrike(event)) return nothing;
    return html`<p class="casualty" part="figures figure">
      ${claims ? this.lead(ds, loc, claims, false) : html`<span class="muted">${loc.strings.noFigure}</span>`}
    </p>`;
  }

  /**
   * Full: summary and figures (with who claims them), then places, who is said to have done what, and linked
   * events in a disclosure, which a wide card shows open (see the styles) and a narrow one keeps closed.
   */
  private details(ds: Dataset, loc: Locale, event: StrikeEvent): TemplateResult {
    const s = loc.strings;
    const sub = Math.min((this.headingLevel ?? 3) + 1, 6);
    const factRows: [string, Content[], string?][] = [
      [s.places, event.places.map((p) => inLang(loc, placeText(loc, ds, p))), 'chips'],
      [s.attributedTo, event.attackers.map((a) => claimItem(loc, phraseAttacker(loc, ds, a)))],
      [s.struck, event.struck.map((p) => inLang(loc, actorText(loc, ds, p))), 'chips'],
      [s.targets, (event.targets ?? []).map((t) => claimItem(loc, phraseTarget(loc, ds, t)))],
      [s.weapons, (event.weapons ?? []).map((w) => claimItem(loc, phraseWeapon(loc, ds, w)))],
    ];
    const shownFacts = factRows.filter(([, items]) => items.length);
    const metrics = summaryMetrics(ds, event)
      .map((m): [Metric, Claims[]] => [m, scopesInOrder(ds, event.id, m)])
      .filter(([m, scopes]) => scopes.length || m === 'killed' || m === 'injured');
    const related = relatedEvents(ds, event.id).map((r) => phraseRelation(loc, ds, r));
    const facts = shownFacts.length
      ? html`<dl class="facts" part="facts">
          ${shownFacts.map(([label, items, cls]) => html`<div class="fact"><dt>${label}</dt><dd>${list(items, cls)}</dd></div>`)}
        </dl>`
      : nothing;
    return html`<p class="summary" part="summary">${inLang(loc, localized(loc, event, 'summary', ds.language))}</p>
      ${metrics.length
        ? html`<section class="figures-section" part="figures" aria-labelledby="figures-heading heading">
            ${heading(sub, s.figures, { id: 'figures-heading' })}
            <dl class="figures">
              ${metrics.map(
                ([metric, scopes]) => html`<div class="metric" part="figure" data-metric=${metric}>
                  <dt>${s.metricName[metric]}</dt>
                  ${scopes.length
                    ? scopes.map((c) => html`<dd>${this.claims(ds, loc, c)}</dd>`)
                    : html`<dd class="no-figure muted">${s.noFigure}</dd>`}
                </div>`,
              )}
            </dl>
          </section>`
        : nothing}
      ${shownFacts.length || related.length
        ? html`<details class="more" part="more">
            <summary>${s.moreAboutEvent}</summary>
            ${facts}${this.related(loc, sub, related)}
          </details>`
        : nothing}`;
  }

  /** The events this one is said to answer or to have provoked, and who says so. */
  private related(loc: Locale, sub: number, related: ReturnType<typeof phraseRelation>[]): TemplateResult | typeof nothing {
    const s = loc.strings;
    return related.length
      ? html`<section class="related" part="related" aria-labelledby="related-heading heading">
            ${heading(sub, s.related, { id: 'related-heading' })}
            ${list(
              related.map(
                (r) => html`<span class="relation">${r.label}:</span> ${inLang(loc, r.headline)},
                  <time datetime=${r.date.datetime}>${r.date.text}</time>${whoTemplate(joinWho(r.claimedBy, r.deniedBy))}`,
              ),
            )}
          </section>`
      : nothing;
  }

  /** What the claims come to (the bound they agree on, or the span they disagree over); parts from other claimants follow. */
  private lead(ds: Dataset, loc: Locale, claims: Claims, sources = true): TemplateResult {
    const { otherParts } = phraseShown(loc, ds, claims);
    return html`${leadTemplate(phraseLead(loc, ds, claims), { sources })}${otherParts.map(
      (f) => html` ${figureTemplate(f, { sources })}`,
    )}`;
  }

  /** One scope's claims: the figure shown first, the other claimants' figures and the earlier figures. */
  private claims(ds: Dataset, loc: Locale, claims: Claims): TemplateResult {
    const s = loc.strings;
    const figures = (list: Claims['others']) => list.map((f) => figureTemplate(phraseFigure(loc, ds, f), { scoped: false }));
    return html`<p class="lead">${this.lead(ds, loc, claims)}</p>
      ${claims.others.length
        ? html`<div class="others small"><p>${s.eachClaim}:</p>${list(figures([claims.shown, ...claims.others]))}</div>`
        : nothing}
      ${claims.history.length
        ? html`<details class="history small"><summary>${s.earlierFigures}</summary>${list(figures(claims.history))}</details>`
        : nothing}`;
  }
}
