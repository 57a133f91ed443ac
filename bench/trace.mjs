// Where a page's main-thread time goes, from a Chromium trace (the DevTools timeline's events): script, including
// the microtasks Lit renders in (Chromium's ScriptDuration counter leaves those out), garbage collection, style,
// layout, paint and HTML parsing. Each event's self time (its duration less its children's) goes to its category,
// so a garbage collection inside a script call counts as GC, not as script, and nothing is counted twice.

export const TRACE_CATEGORIES = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'toplevel',
];

/** The category of a trace event by its name; undefined for containers and events of no category of their own. */
function categoryOf(name) {
  if (/^(V8\.GC|MinorGC|MajorGC|BlinkGC|V8\.GCScavenger|V8\.GCIncremental|V8\.GCFinalize|CppGC)/.test(name))
    return 'gc';
  if (
    /^(v8\.|V8\.|FunctionCall|EvaluateScript|RunMicrotasks|TimerFire|EventDispatch|FireAnimationFrame|CompileScript|CompileCode|CompileModule|CacheScript|Hydrate|GCEvent)/.test(
      name,
    )
  )
    return 'script';
  if (
    /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|InvalidateLayout|ScheduleStyleRecalculation)/.test(name)
  )
    return 'style';
  if (/^(Layout|UpdateLayout)$/.test(name)) return 'layout';
  if (
    /^(PrePaint|Paint|PaintSetup|Layerize|UpdateLayer|UpdateLayerTree|Commit|CompositeLayers|RasterTask|Decode)/.test(
      name,
    )
  )
    return 'paint';
  if (/^ParseHTML/.test(name)) return 'parse';
  return undefined;
}

/**
 * Self time per category (ms) on the page's main thread (the renderer thread that parsed HTML), from the trace's
 * complete events. Time in events of no category (the task loop, IPC) is `other`.
 */
export function timeByCategory(trace) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const parsers = events.filter((e) => e.name === 'ParseHTML');
  if (!parsers.length) throw new Error('the trace has no ParseHTML event: is it a page load?');
  const { pid, tid } = parsers[0];
  const own = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur > 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const totals = { script: 0, gc: 0, style: 0, layout: 0, paint: 0, parse: 0, other: 0 };
  // A stack of open events: [end, category, children's time].
  const stack = [];
  const close = (until) => {
    while (stack.length && stack.at(-1).end <= until) {
      const done = stack.pop();
      totals[done.category] += Math.max(0, done.dur - done.children) / 1000;
    }
  };
  for (const e of own) {
    close(e.ts);
    const parent = stack.at(-1);
    if (parent) parent.children += e.dur;
    // Tasks and the task loop are containers: their self time is the scheduler's (other).
    const category = categoryOf(e.name) ?? parent?.category ?? 'other';
    stack.push({ end: e.ts + e.dur, dur: e.dur, children: 0, category });
  }
  close(Infinity);
  return totals;
}
