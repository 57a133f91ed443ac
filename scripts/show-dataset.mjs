// Prints the embedded dataset as a reader would meet it: each event with its figures, qualified and attributed.
import { claimsByScope, metricsOf, actorById, seedDataset as ds } from '../dist/lib/data/index.js';

const qualifier = { exactly: '', 'at-least': 'at least ', 'more-than': 'more than ', about: 'about ', 'up-to': 'up to ' };
const value = (v) => ('n' in v ? String(v.n) : `${v.low}–${v.high}`);
const name = (id) => actorById(ds, id)?.name ?? id;

console.log(`${ds.title} — v${ds.version}, updated ${ds.updatedAt}\n`);
for (const event of [...ds.events].sort((a, b) => a.date.replace('..', '').localeCompare(b.date.replace('..', '')))) {
  console.log(`${event.date}  ${event.headline}`);
  for (const metric of metricsOf(ds, event.id)) {
    for (const claims of claimsByScope(ds, event.id, metric)) {
      for (const f of [claims.shown, ...claims.others]) {
        const where = claims.place ? ` in ${claims.place.name}` : '';
        console.log(`    ${qualifier[f.qualifier]}${value(f.value)} ${metric}${where}, according to ${name(f.claimant)}${claims.disagree ? '  [claims disagree]' : ''}`);
      }
    }
  }
}
