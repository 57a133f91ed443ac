/**
 * The opt-in count-up of a counter's large number (editorial rule 7: never the default), as a Lit reactive
 * controller: the host's template marks a number that may count with `data-count-to` and leaves its digits to the
 * controller while `counting`; the controller starts once, when the host first scrolls into view.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Hosts waiting to scroll into view, served by one observer that exists only while one is waiting. */
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

export interface CountUpHost extends ReactiveControllerHost, HTMLElement {
  /** Whether the reader of the page asked for the count-up (the `count-up` attribute). */
  readonly countUp: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class CountUpController implements ReactiveController {
  /** Counting up right now: the host's template leaves the digits of `[data-count-to]` empty for `step()`. */
  counting = false;
  /** Counted up once already (or chose not to): never again. */
  private counted = false;
  private frame?: number;
  private startedAt = 0;

  /** `format` writes a number in the reader's language; `durationMs` is read when a count starts. */
  constructor(
    private readonly host: CountUpHost,
    private readonly format: (n: number) => string,
    private readonly durationMs: () => number,
  ) {
    host.addController(this);
  }

  /** The numbers that may count up in the host's last render. */
  private targets(): HTMLElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>('[data-count-to]')];
  }

  hostUpdated(): void {
    const host = this.host;
    if (this.counting) {
      if (!this.frame) this.step();
    } else if (host.countUp && !this.counted && host.isConnected && !reducedMotion() && this.targets().length) {
      whenVisible(host, () => this.start());
    } else {
      stopWatching(host);
    }
  }

  hostDisconnected(): void {
    stopWatching(this.host);
    this.stop();
  }

  private start(): void {
    this.counted = true;
    if (!this.host.countUp || !this.host.isConnected || reducedMotion()) return;
    this.counting = true;
    this.startedAt = performance.now();
    this.host.requestUpdate();
  }

  /** One frame of the count-up: writes eased intermediate numbers into the aria-hidden digits. */
  private step = (): void => {
    this.frame = undefined;
    const progress = Math.min(1, (performance.now() - this.startedAt) / this.durationMs());
    const eased = 1 - (1 - progress) ** 3;
    for (const digits of this.targets()) {
      digits.textContent = this.format(Math.round(Number(digits.dataset.countTo) * eased));
    }
    if (progress < 1 && this.host.countUp) this.frame = requestAnimationFrame(this.step);
    else this.stop();
  };

  private stop(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    if (this.counting) {
      this.counting = false;
      this.host.requestUpdate();
    }
  }
}
