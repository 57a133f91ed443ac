// The measurement point every bench page shares: `load` has fired, and one frame has passed after the work.

/** Resolves once the page's `load` event has fired. */
export const loaded = new Promise((resolve) => {
  if (document.readyState === 'complete') resolve();
  else addEventListener('load', () => resolve(), { once: true });
});

/** A requestAnimationFrame callback, then a task: the frame it belongs to has been produced. */
export const frame = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );
