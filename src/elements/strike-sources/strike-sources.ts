import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Dataset } from '../../data/model.js';
import { phraseSources } from '../../format/sources.js';
import type { Locale } from '../../format/phrase.js';
import { isNotShown } from '../../format/view.js';
import { baseStyles } from '../../styles/tokens.js';
import { headingLevel } from '../attributes.js';
import { StrikeWidgetElement, failure } from '../base.js';
import type { Failure } from '../base.js';
import { heading, inLang, sourceTemplate } from '../templates.js';
import { flatten } from '../templates-flat.js';
import { templateStyles } from '../templates.styles.js';
import { styles } from './strike-sources.styles.js';

/**
 * The reports an event was carried in: each outlet (linked where its address is known) with its date.
 *
 * @tagname strike-sources
 * @summary Who reported an event, for a footnote under an article: `<strike-sources event="2023-12-30-belgorod-attack">`.
 * @slot - No-JavaScript fallback: what the publisher writes inside the element shows until it upgrades.
 * @csspart heading - The event's headline (a real `<h1>`–`<h6>`, see `heading-level`).
 * @csspart date - When the event happened.
 * @csspart sources - The list of sources.
 * @csspart source-link - A source's outlet, linked to the report where its address is known.
 * @cssprop --strike-sources-gap - Space between the headline and the list (default: 0.5em).
 * @event strike-widgets-error - Bad input: `missing-attribute` (no `event`), `unknown-event`, `invalid-attribute`.
 */
export class StrikeSources extends StrikeWidgetElement {
  static override properties = {
    ...StrikeWidgetElement.properties,
    event: {},
    headingLevel: { attribute: 'heading-level', type: Number, converter: headingLevel(3) },
  };
  static override styles = [baseStyles, templateStyles, styles];

  /** The id of the event whose sources to list. Required. */
  declare event: string | undefined;
  /** The level of the headline's heading element, 1–6 (default 3). */
  declare headingLevel: number;

  protected override checkAttributes(): Failure | undefined {
    return (
      super.checkAttributes() ?? (this.event?.trim() ? undefined : failure('missing-attribute', { name: 'event' }))
    );
  }

  protected override renderWidget(ds: Dataset, loc: Locale): TemplateResult | Failure {
    const view = phraseSources(loc, ds, this.event?.trim() ?? '');
    if (isNotShown(view)) return failure(view.notShown, view.vars);
    return flatten(html`<div class="sources-widget">
      ${heading(this.headingLevel, inLang(loc, view.headline), { part: 'heading' })}
      <p class="muted small" part="date"><time datetime=${view.date.datetime}>${view.date.text}</time></p>
      <ul class="list" part="sources" aria-label=${view.label}>
        ${view.sources.map((s) => html`<li>${sourceTemplate(s)}</li>`)}
      </ul>
    </div>`);
  }
}
