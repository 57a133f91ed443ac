/** Running steps (see steps.ts) a slice at a time, giving the main thread back between slices. No DOM. */
import type { Steps } from './steps.js';

/** How long one slice may run, in milliseconds: well under the 50 ms that makes a task long. */
export const SLICE_MS = 2;

/** Lets the browser handle input, rendering and other tasks before going on. */
export function yieldToMain(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // A message is not clamped to 4 ms the way nested timers are.
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(undefined);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `steps` to its end in slices of about `sliceMs`, yielding to the main thread between them. */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  for (;;) {
    const until = performance.now() + sliceMs;
    do {
      const step = steps.next();
      if (step.done) return step.value;
    } while (performance.now() < until);
    await yieldToMain();
  }
}
