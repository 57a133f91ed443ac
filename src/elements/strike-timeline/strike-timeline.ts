import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import type { Dataset } from '../../data/model.js';
import type { Locale } from '../../format/phrase.js';
import { phraseTimeline, timelinePending } from '../../format/timeline.js';
import type { PhrasedStep } from '../../format/timeline.js';
import { FIRST_SHOWN, isNotShown } from '../../format/view.js';
import { baseStyles } from '../../styles/tokens.js';
import { VARIANTS, idList, idsOf, oneOf } from '../attributes.js';
import { StrikeWidgetElement, failure, headingLevelConverter } from '../base.js';
import type { Failure } from '../base.js';
import { ShowMoreController, inRuns, showMoreStyles, whilePreparing } from '../long-lists.js';
import { keep } from '../templates-flat.js';
import { heading, inLang, leadTemplate, sourcesTemplate } from '../templates.js';
import { templateStyles } from '../templates.styles.js';
import { styles } from './strike-timeline.styles.js';

/**
 * A chain of linked events in date order: what each event was, its headline casualty figure with who claims it,
 * and how it is said to be linked to the others ("Retaliation for …"), with who asserts and who denies each link.
 *
 * @tagname strike-timeline
 * @summary Linked strikes and statements in date order: `<strike-timeline from="2022-10-10-missile-strikes">`.
 *
 * @slot - No-JavaScript fallback: what the publisher writes inside the element shows until it upgrades (and while
 * a remote dataset loads); crawlers and RSS readers see it. Hidden once the timeline renders.
 *
 * @csspart base - The widget's box.
 * @csspart list - The ordered list of steps: vertical in narrow containers, horizontal from 720px.
 * @csspart step - One step (an event).
 * @csspart heading - A step's heading (a real `<h1>`–`<h6>`, see `heading-level`): its date and headline.
 * @csspart date - A step's date.
 * @csspart figure - A step's headline casualty figure with its claimant, or "No figure reported".
 * @csspart badge - "Claims agree", "Claims disagree" and "Link denied" marks.
 * @csspart links - A step's links to other steps (full variant).
 * @csspart link - One link: its kind, the step it points at, who asserts and who denies it.
 * @csspart more-events - Below a long timeline, "and 9,950 more events" with the button that shows them: a timeline shows
 * its first 50 steps, and the rest when asked.
 * @csspart show-all - The button that shows every step (added a few dozen at a time, so the page stays responsive).
 * @csspart sources - The sources of the events shown.
 * @csspart source-link - A link to a source (only for http(s) URLs).
 * @csspart error - The message shown instead of the timeline when its input is wrong.
 * @csspart loading - Shown while a remote dataset loads.
 *
 * @cssprop --strike-timeline-line-color - Colour of the line joining the steps (default: `--sw-color-border`).
 * @cssprop --strike-timeline-marker-color - Colour of each step's marker (default: `--sw-color-accent`).
 * @cssprop --strike-timeline-gap - Space between steps (default: 1em).
 * @cssprop --strike-timeline-step-width - Smallest width of a step in the horizontal layout (default: 10em); steps
 * that do not fit wrap onto another row.
 *
 * @event strike-widgets-error - Bad input: `missing-attribute` (neither `from` nor `events`), `unknown-event`,
 * `invalid-attribute` (`variant`, `heading-level`, `theme`), or a dataset problem. `detail` is
 * `{code, message, problems?}`.
 */
export class StrikeTimeline extends StrikeWidgetElement {
  static override properties = {
    from: {},
    events: { converter: idList() },
    variant: { reflect: true, converter: oneOf(VARIANTS, 'full') },
    headingLevel: { attribute: 'heading-level', type: Number, converter: headingLevelConverter },
  };

  static override styles = [baseStyles, templateStyles, showMoreStyles, styles];

  /** How many steps are added to the page at a time once the reader asks for all of them. */
  static stepsPerTask = FIRST_SHOWN;

  /** The id of one event: shows every event linked to it, directly or through others, both ways. */
  declare from: string | undefined;
  /** Whitespace-separated event ids: shows these events, and the links among them. Wins over `from`. */
  declare events: string | undefined;
  /**
   * `full` (default): each step with its date, headline, casualty figure and links. `compact`: date, headline and
   * figure only.
   */
  declare variant: 'full' | 'compact';
  /** The level of each step's heading element, 1–6 (default 3), to fit the page's outline. */
  declare headingLevel: number;
  /** The first steps, then the rest once the reader asks for them. */
  private readonly more = new ShowMoreController(
    this,
    () => StrikeTimeline.stepsPerTask,
    (index) => this.renderRoot.querySelectorAll<HTMLElement>('[part~=step] [part~=heading]')[index],
  );

  constructor() {
    super();
    this.variant = 'full';
    this.headingLevel = 3;
  }

  private get ids(): string[] {
    return idsOf(this.events);
  }

  protected override checkAttributes(): Failure | undefined {
    const invalid = super.checkAttributes();
    if (invalid) return invalid;
    return this.ids.length || this.from?.trim() ? undefined : failure('missing-attribute', { name: 'from' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Before the base builds the view, which reads it.
    if (changed.has('from') || changed.has('events')) this.more.reset();
    super.willUpdate(changed);
  }

  protected override renderWidget(ds: Dataset, loc: Locale): TemplateResult | Failure {
    const ids = this.ids;
    const ref = ids.length ? { events: ids } : { from: this.from?.trim() ?? '' };
    const pending = timelinePending(ds, ref);
    if (pending) return whilePreparing(loc, pending, this);
    const view = phraseTimeline(loc, ds, ref, this.more.shown);
    if (isNotShown(view)) return failure(view.notShown, view.vars);
    const compact = this.variant === 'compact';
    const level = this.headingLevel ?? 3;
    // A step already on the page is not laid out again when more are added below it.
    return html`<ol class="steps" part="list" role="list" aria-label=${loc.strings.timelineLabel}>
        ${inRuns(view.steps, StrikeTimeline.stepsPerTask, [compact, level], (step) => this.step(loc, step, compact, level))}
      </ol>
      ${keep(this.more.line(view.more))}
      ${sourcesTemplate(loc, view.sources)}`;
  }

  private step(loc: Locale, step: PhrasedStep, compact: boolean, level: number): TemplateResult {
    const { strings } = loc;
    return html`<li class="step" part="step">
      ${heading(
        level,
        html`<time class="date" part="date" datetime=${step.date.datetime}>${step.date.text}</time>
          <span class="headline">${inLang(loc, step.headline)}</span>`,
        { id: `step-${step.id}`, part: 'heading', focusable: true },
      )}
      ${
        step.figure || step.noFigure
          ? html`<p class="casualty" part="figure">
            ${
              step.lead
                ? leadTemplate(step.lead, step.otherParts, !compact)
                : html`<span class="muted">${step.noFigure}</span>`
            }
          </p>`
          : nothing
      }
      ${
        step.links.length && !compact
          ? html`<ul class="links" part="links">
            ${step.links.map(
              (link) => html`<li class="link" part="link">
                ${link.denied ? html`<span class="badge" part="badge">${strings.timelineDenied}</span> ` : nothing}<span class="relation">${link.label}:</span>
                <a href="#step-${link.target}" @click=${this.go}>${inLang(loc, link.headline)}</a>${
                  link.who ? html` <span class="who muted">— ${link.who}</span>` : nothing
                }
              </li>`,
            )}
          </ul>`
          : nothing
      }
    </li>`;
  }

  /**
   * Follows a link to another step inside the shadow root, where the page's own fragment navigation cannot reach; a
   * step past those shown (a long timeline shows 50 at first) is shown, with the rest, and focused once it is there.
   */
  private go = (e: Event): void => {
    e.preventDefault();
    const id = (e.currentTarget as HTMLAnchorElement).hash.slice(1);
    const step = () => (this.renderRoot as ShadowRoot).getElementById(id);
    const target = step();
    if (target) target.focus();
    else this.more.showUntil(step);
  };
}
