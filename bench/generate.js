// A large, valid dataset built from a small one, for `npm run bench`: the seed's events, figures and quotes, then
// copies of them under new ids (`<id>-g<k>`, round k) until there are `events` events. A copy points only at
// copies of the same round (relations, quotes, superseded figures, parts), so every copy of an event renders
// exactly what the original renders: only the dataset around it grows. Parties, persons, places and sources are
// shared. Plain JavaScript with no imports: it runs in the page (bench/large.js) and in Node (the quick test).

/** Copies of `seed` up to `events` events; `rounds` is the number of complete rounds (0 is the seed itself). */
export function generateDataset(seed, events = 10_000) {
  const per = seed.events.length;
  const out = {
    ...seed,
    id: `${seed.id}-generated`,
    title: `${seed.title} (generated: ${events} events)`,
    events: [],
    figures: [],
    quotes: [],
  };
  const suffix = (k) => (k === 0 ? '' : `-g${k}`);
  for (let k = 0; out.events.length < events; k++) {
    const take = seed.events.slice(0, Math.min(per, events - out.events.length));
    const here = new Set(take.map((e) => e.id));
    const id = (x) => x + suffix(k);
    for (const e of take) {
      out.events.push(
        k === 0
          ? e
          : {
              ...e,
              id: id(e.id),
              relations: e.relations?.filter((r) => here.has(r.event)).map((r) => ({ ...r, event: id(r.event) })),
            },
      );
    }
    const figures = seed.figures.filter((f) => here.has(f.event));
    const figureIds = new Set(figures.map((f) => f.id));
    for (const f of figures) {
      if (k === 0) {
        out.figures.push(f);
        continue;
      }
      const copy = { ...f, id: id(f.id), event: id(f.event) };
      if (f.supersedes) figureIds.has(f.supersedes) ? (copy.supersedes = id(f.supersedes)) : delete copy.supersedes;
      if (f.partOf) figureIds.has(f.partOf) ? (copy.partOf = id(f.partOf)) : delete copy.partOf;
      out.figures.push(copy);
    }
    for (const q of seed.quotes) {
      const about = q.events.filter((e) => here.has(e));
      if (!about.length) continue;
      out.quotes.push(k === 0 && about.length === q.events.length ? q : { ...q, id: id(q.id), events: about.map(id) });
    }
  }
  const rounds = Math.floor(events / per);
  return { dataset: out, rounds, suffix };
}
