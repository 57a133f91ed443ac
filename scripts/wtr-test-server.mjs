// Test-only endpoints for the browser tests: remote datasets that fail in every way a real server can, and a
// command that records how many reliability cases ran (the README's "Reliability" section is checked against it).
import { readFileSync } from 'node:fs';

const hits = new Map();
/** Responses of /__test/stall whose connection the browser still holds open, by key. */
const open = new Map();
const decode = (b) => Buffer.from(b ?? '', 'base64url').toString('utf8');
/** Bodies PUT to /__test/store, by key: files too large for a URL, built by the test itself. */
const stored = new Map();

/** Koa middleware serving /__test/*. */
export async function testEndpoints(ctx, next) {
  if (!ctx.path.startsWith('/__test/')) return next();
  const q = ctx.query;
  const key = String(q.key ?? ctx.path);
  if (ctx.path !== '/__test/hits') hits.set(key, (hits.get(key) ?? 0) + 1);
  ctx.set('Cache-Control', 'no-store');
  switch (ctx.path) {
    case '/__test/echo': // the JSON given in ?b= (base64url)
      ctx.type = 'application/json';
      ctx.body = decode(q.b);
      return;
    case '/__test/slow': // the same, after ?ms=
      await new Promise((r) => setTimeout(r, Number(q.ms ?? 500)));
      ctx.type = 'application/json';
      ctx.body = decode(q.b);
      return;
    case '/__test/status': // an error status
      ctx.status = Number(q.code ?? 500);
      ctx.body = 'error';
      return;
    case '/__test/hang': // never answers (until the client gives up)
      await new Promise((r) => ctx.req.on('close', r));
      ctx.status = 204;
      return;
    case '/__test/big': {
      // ?bytes= of valid JSON; ?declared=1 sends Content-Length, else the body streams without it
      const bytes = Number(q.bytes ?? 1e6);
      const body = `{"padding":"${'x'.repeat(Math.max(0, bytes - 14))}"}`;
      ctx.type = 'application/json';
      if (q.declared) ctx.body = body;
      else {
        const { Readable } = await import('node:stream');
        ctx.body = Readable.from(
          (function* chunks() {
            for (let i = 0; i < body.length; i += 65536) yield body.slice(i, i + 65536);
          })(),
        );
      }
      return;
    }
    case '/__test/stall': {
      // ?status=, ?declared= (Content-Length) and ?first= bytes sent at once; the rest never comes. The response
      // stays open until the browser lets go of it (counted in /__test/open), or for 30 s at most.
      const { PassThrough } = await import('node:stream');
      const body = new PassThrough();
      ctx.status = Number(q.status ?? 200);
      ctx.type = 'application/json';
      ctx.length = Number(q.declared ?? 1_000_000);
      ctx.body = body;
      body.write(' '.repeat(Number(q.first ?? 16)));
      open.set(key, (open.get(key) ?? 0) + 1);
      const limit = setTimeout(() => body.destroy(), 30_000);
      ctx.res.once('close', () => {
        clearTimeout(limit);
        open.set(key, open.get(key) - 1);
      });
      return;
    }
    case '/__test/open':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({
        count: [...open].filter(([k]) => k.startsWith(String(q.prefix ?? ''))).reduce((n, [, c]) => n + c, 0),
      });
      return;
    case '/__test/flaky': // ?status= for the first ?fail= requests of this key, then the JSON in ?b=
      if (hits.get(key) <= Number(q.fail ?? 1)) {
        ctx.status = Number(q.status ?? 503);
        ctx.body = 'unavailable';
      } else {
        ctx.type = 'application/json';
        ctx.body = decode(q.b);
      }
      return;
    case '/__test/padded': {
      // the fixture dataset, valid, with a summary of ?kb= kilobytes
      const data = JSON.parse(readFileSync('test/fixtures/mini-dataset.json', 'utf8'));
      data.events[0].summary = 'x'.repeat(Number(q.kb ?? 1) * 1024);
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(data);
      return;
    }
    case '/__test/store': // PUT keeps the body under ?key=; GET answers with it as JSON
      if (ctx.method === 'PUT') {
        const chunks = [];
        for await (const chunk of ctx.req) chunks.push(chunk);
        stored.set(key, Buffer.concat(chunks));
        ctx.status = 204;
      } else if (stored.has(key)) {
        ctx.type = 'application/json';
        ctx.body = stored.get(key);
      } else ctx.status = 404;
      return;
    case '/__test/hits':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ count: hits.get(key) ?? 0 });
      return;
    default:
      ctx.status = 404;
  }
}
