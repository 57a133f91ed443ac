/**
 * A module fetched the first time a page needs it (the script-tag bundle keeps each in its own file beside it):
 * `module()` is it once here, and `ready()` is the promise of its arrival, or undefined once it has arrived or
 * could not be fetched. An element's update waits for `ready()` (see `waitsFor` in `base.ts`), so it renders once,
 * with the module; without it the widget shows what it can.
 */
export interface OnDemand<M> {
  module(): M | undefined;
  ready(): Promise<void> | undefined;
  /** The module, fetched if need be; rejects when it cannot be. */
  load(): Promise<M>;
  /** Gives the module now (the prerenderer, which renders in one go, has it already). */
  use(module: M): void;
}

export function onDemand<M>(what: string, fetchModule: () => Promise<M>): OnDemand<M> {
  let loaded: M | undefined;
  let loading: Promise<void> | undefined;
  let settled = false;
  const ready = () =>
    settled
      ? undefined
      : (loading ??= fetchModule().then(
          (m) => {
            loaded = m;
            settled = true;
          },
          (e: unknown) => {
            settled = true;
            console.warn(`strike-widgets: ${what} could not be loaded.`, e);
          },
        ));
  return {
    module: () => loaded,
    ready,
    load: async () => {
      await ready();
      if (!loaded) throw new Error(`strike-widgets: ${what} could not be loaded.`);
      return loaded;
    },
    use: (module) => {
      loaded = module;
      settled = true;
    },
  };
}
