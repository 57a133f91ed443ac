/**
 * What a widget over a long run of events (a timeline, a total's breakdown) shares: a status while the run is
 * found in later tasks, and "and N more events" with the button that shows them, as a Lit reactive controller. At first the host shows `shown` items; once the reader asks
 * for all, more are added a chunk per task (so no task blocks the page), for as long as the host's last render
 * still has a `[part~=more-events]` line.
 */
import { css, html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { TemplateResult } from 'lit';
import type { Locale } from '../format/phrase.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FIRST_SHOWN } from '../format/view.js';
import type { MoreLine } from '../format/view.js';

export interface ShowMoreHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class ShowMoreController implements ReactiveController {
  /** How many items the host shows. */
  shown = FIRST_SHOWN;
  /** The reader asked for every item. */
  showingAll = false;
  private next?: ReturnType<typeof setTimeout>;
  /** Finds the item a reader asked for before it was shown (a link to it): focused once it is on the page. */
  private seeking?: () => HTMLElement | null | undefined;

  /** `firstAdded` finds what to focus once the first chunk is on the page: the first item added. */
  constructor(
    private readonly host: ShowMoreHost,
    private readonly chunk: () => number,
    private readonly firstAdded: (index: number) => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  /** "and N more events" with the button that shows them; the button goes once the reader has asked. */
  line(more: MoreLine | undefined, { small = false } = {}): TemplateResult | typeof nothing {
    if (!more) return nothing;
    const button = this.showingAll
      ? nothing
      : html`<button class="button show-all" part="show-all" type="button" @click=${this.showAll}>${more.button}</button>`;
    return html`<p class=${small ? 'more small' : 'more'} part="more-events" aria-live="polite">
      <span>${more.text}</span> ${button}
    </p>`;
  }

  /** Back to the first items (the host shows another list). */
  reset(): void {
    this.shown = FIRST_SHOWN;
    this.showingAll = false;
    this.seeking = undefined;
    clearTimeout(this.next);
    this.next = undefined;
  }

  /** The button's click: shows the next chunk now and the rest after it, a task at a time. */
  showAll = (): void => {
    this.showingAll = true;
    this.add();
  };

  /** Shows the rest, as the button does, and focuses the item `find` finds once it is added (not the first added). */
  showUntil(find: () => HTMLElement | null | undefined): void {
    this.seeking = find;
    if (!this.showingAll) this.showAll();
  }

  private add(): void {
    this.next = undefined;
    this.shown += this.chunk();
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const seeking = this.seeking;
    const found = seeking?.();
    if (found) {
      this.seeking = undefined;
      found.focus();
    }
    if (!this.showingAll || this.next) return;
    if (!seeking && this.shown === FIRST_SHOWN + this.chunk()) this.firstAdded(FIRST_SHOWN)?.focus();
    if (this.host.renderRoot.querySelector('[part~=more-events]')) this.next = setTimeout(() => this.add());
    else this.seeking = undefined;
  }

  hostDisconnected(): void {
    clearTimeout(this.next);
    this.next = undefined;
  }
}

/** The "and N more events" line and its button, for the styles of a host. */
export const showMoreStyles = css`
  .more {
    margin-block-start: var(--_gap, 1em);
    font-size: 0.875em;
  }
  .show-all {
    margin-inline-start: 0.5em;
  }
`;

/**
 * Shown while a view model's long work runs in later tasks (see `doneLater`); `done` brings the host back. The
 * publisher's fallback content shows meanwhile, as while a remote dataset loads.
 */
export function whilePreparing(loc: Locale, done: Promise<void>, host: ReactiveControllerHost): TemplateResult {
  void done.then(() => host.requestUpdate());
  return html`<div part="loading" role="status"><slot>${loc.strings.loading}</slot></div>`;
}

/**
 * A long list cut into runs of `size` items, each laid out by `item` once: a run already on the page is skipped
 * when more are added after it (its first item and its length are the same, and items are built once), so adding
 * a chunk costs the chunk, not the whole list.
 */
export function inRuns<T extends object>(
  items: readonly T[],
  size: number,
  deps: readonly unknown[],
  item: (t: T) => unknown,
): unknown[] {
  const runs: unknown[] = [];
  for (let i = 0; i < items.length; i += size) {
    const run = items.slice(i, i + size);
    runs.push(guard([run[0], run.length, ...deps], () => run.map(item)));
  }
  return runs;
}
