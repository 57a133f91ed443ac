/**
 * A module fetched the first time a page needs it (the script-tag bundle keeps each in its own file beside it):
 * `module()` is it once here, and `ready()` is the promise of its arrival, or undefined once it has arrived or
 * could not be fetched. An element's update waits for `ready()` (see `waitsFor` in `base.ts`), so it renders once,
 * with the module; without it the widget shows what it can.
 */
export interface OnDemand<M> {
  module(): M | undefined;
  ready(): Promise<void> | undefined;
}

export function onDemand<M>(what: string, load: () => Promise<M>): OnDemand<M> {
  let loaded: M | undefined;
  let loading: Promise<void> | undefined;
  let settled = false;
  return {
    module: () => loaded,
    ready: () =>
      settled
        ? undefined
        : (loading ??= load().then(
            (m) => {
              loaded = m;
              settled = true;
            },
            (e: unknown) => {
              settled = true;
              console.warn(`strike-widgets: ${what} could not be loaded.`, e);
            },
          )),
  };
}
