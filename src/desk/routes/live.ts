// Live updates: a server-sent event stream that says "something changed" when mail arrives or a
// record changes (a cheap fingerprint read from SQLite, so it works beside `serve` in another
// process too). The page's script then fetches the rows again; without script, nothing breaks.
import express, { type Router } from 'express';
import { changeMark } from '../../store/desk.js';
import type { DeskDeps } from '../context.js';

const DEFAULT_INTERVAL_MS = 2_000;
/** A comment line now and then keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 20_000;
/** Open streams at once: a few people, a few tabs each; more is a leak or an attack. */
const MAX_STREAMS = 64;

export function liveRoutes(deps: DeskDeps): Router {
  const router = express.Router();
  let open = 0;
  router.get('/events', (req, res) => {
    if (open >= MAX_STREAMS) return void res.status(503).type('text').send('too many live streams');
    open++;
    res.status(200).set({ 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' });
    res.flushHeaders();
    let last = '';
    const check = (): void => {
      try {
        const mark = changeMark(deps.db);
        if (mark !== last) res.write(`event: change\ndata: ${JSON.stringify({ mark, first: last === '' })}\n\n`);
        last = mark;
      } catch (err) {
        deps.log.warn({ err: (err as Error).message }, 'desk: live check failed');
      }
    };
    check();
    const timer = setInterval(check, deps.liveIntervalMs ?? DEFAULT_INTERVAL_MS);
    const beat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    req.on('close', () => {
      open--;
      clearInterval(timer);
      clearInterval(beat);
    });
  });
  return router;
}
