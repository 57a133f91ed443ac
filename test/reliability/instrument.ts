/**
 * Counts what elements could leave behind: observers that observe and were never disconnected, listeners on
 * window and document, pending timers and animation frames. Imported before the elements, so it sees all of them.
 */
export const live = {
  observers: new Set<object>(),
  listeners: new Map<string, number>(),
  timers: new Set<number>(),
  frames: new Set<number>(),
};

for (const name of ['MutationObserver', 'IntersectionObserver', 'ResizeObserver'] as const) {
  const Original = window[name] as unknown as new (...args: unknown[]) => {
    observe(...a: unknown[]): void;
    disconnect(): void;
  };
  const Counted = class extends Original {
    override observe(...args: unknown[]) {
      live.observers.add(this);
      return super.observe(...args);
    }
    override disconnect() {
      live.observers.delete(this);
      return super.disconnect();
    }
  };
  Object.defineProperty(window, name, { value: Counted, configurable: true, writable: true });
}

const add = EventTarget.prototype.addEventListener;
const remove = EventTarget.prototype.removeEventListener;
const keyOf = (target: EventTarget, type: string) => `${target === window ? 'window' : 'document'}:${type}`;
EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
  if (this === window || this === document)
    live.listeners.set(keyOf(this, type), (live.listeners.get(keyOf(this, type)) ?? 0) + 1);
  return (add as (...a: unknown[]) => void).call(this, type, ...rest);
};
EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
  if (this === window || this === document)
    live.listeners.set(keyOf(this, type), (live.listeners.get(keyOf(this, type)) ?? 0) - 1);
  return (remove as (...a: unknown[]) => void).call(this, type, ...rest);
};

const setTimeoutOriginal = window.setTimeout;
const clearTimeoutOriginal = window.clearTimeout;
window.setTimeout = ((fn: () => void, ms?: number, ...args: unknown[]) => {
  const id: number = setTimeoutOriginal(() => {
    live.timers.delete(id);
    fn(...(args as []));
  }, ms);
  live.timers.add(id);
  return id;
}) as typeof setTimeout;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) live.timers.delete(id);
  clearTimeoutOriginal(id);
}) as typeof clearTimeout;

const rafOriginal = window.requestAnimationFrame.bind(window);
const cancelOriginal = window.cancelAnimationFrame.bind(window);
window.requestAnimationFrame = (fn) => {
  const id = rafOriginal((t) => {
    live.frames.delete(id);
    fn(t);
  });
  live.frames.add(id);
  return id;
};
window.cancelAnimationFrame = (id) => {
  live.frames.delete(id);
  cancelOriginal(id);
};

/** A comparable summary of what is alive now. */
export function snapshot() {
  const registry = (globalThis as Record<symbol, { listeners: Set<unknown> } | undefined>)[
    Symbol.for('strike-widgets.registry.v1')
  ];
  const strings = (globalThis as Record<symbol, { listeners: Set<unknown> } | undefined>)[
    Symbol.for('strike-widgets.strings.v1')
  ];
  return {
    observers: live.observers.size,
    listeners: Object.fromEntries([...live.listeners].filter(([, n]) => n !== 0)),
    timers: live.timers.size,
    frames: live.frames.size,
    datasetSubscribers: registry?.listeners.size ?? 0,
    stringSubscribers: strings?.listeners.size ?? 0,
  };
}
