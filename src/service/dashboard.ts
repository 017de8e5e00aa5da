// `xmess serve --dashboard PORT`: bull-board on 127.0.0.1 only. It can retry and delete jobs and has no
// login, so it is never exposed on other interfaces; reach it through an SSH tunnel or a proxy with auth.
import { createServer, type Server } from 'node:http';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { Logger } from '../log.js';

export interface Dashboard {
  port: number;
  close(): Promise<void>;
}

export async function startDashboard(queues: Queue[], port: number, log: Logger): Promise<Dashboard> {
  const adapter = new ExpressAdapter();
  adapter.setBasePath('/');
  createBullBoard({ queues: queues.map((q) => new BullMQAdapter(q)), serverAdapter: adapter });
  // The adapter's router is an Express app, i.e. a plain (req, res) handler.
  const server: Server = createServer(adapter.getRouter() as Parameters<typeof createServer>[0] & object);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.address() as { port: number }).port;
  log.info({ url: `http://127.0.0.1:${actual}/` }, 'queue dashboard (bull-board) listening');
  return {
    port: actual,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
