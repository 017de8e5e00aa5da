// One imapflow client per connection, made the same way everywhere: our timeouts, an 'error'
// listener always attached (an unheard 'error' event kills the process), and a logout that never hangs.
import { ImapFlow } from 'imapflow';
import type { ImapSettings } from '../../config/imap-url.js';
import type { Logger } from '../../log.js';

/** TCP + TLS + greeting: a healthy server answers in well under a second; 15 s tolerates a slow link. */
const CONNECT_TIMEOUT_MS = 15_000;
/**
 * Socket inactivity before imapflow gives up on the connection. IDLE traffic keeps it alive: imapflow
 * restarts IDLE every MAX_IDLE_MS, and RFC 9051 §6.3.13 has servers drop IDLE after 30 min of silence.
 */
const SOCKET_TIMEOUT_MS = 5 * 60_000;
const MAX_IDLE_MS = 4 * 60_000;
/** LOGOUT is a courtesy: after this the socket is simply closed. */
const LOGOUT_TIMEOUT_MS = 2_000;

/** imapflow logs every command at info: keep its warnings, and the chatter only at debug. */
function imapLogger(log: Logger): { debug: (o: object) => void; info: (o: object) => void; warn: (o: object) => void; error: (o: object) => void } {
  const chatty = log.isLevelEnabled('debug');
  const quiet = (): void => undefined;
  return {
    debug: chatty ? (o) => log.debug(o) : quiet,
    info: chatty ? (o) => log.debug(o) : quiet,
    warn: (o) => log.warn(o),
    error: (o) => log.warn(o),
  };
}

export function makeImapClient(s: ImapSettings, log: Logger): ImapFlow {
  const client = new ImapFlow({
    host: s.host, port: s.port, secure: s.secure, auth: { user: s.user, pass: s.pass },
    ...(s.doSTARTTLS !== undefined ? { doSTARTTLS: s.doSTARTTLS } : {}),
    ...(s.tls ? { tls: s.tls } : {}),
    ...(s.tls?.servername ? { servername: s.tls.servername } : {}),
    // imapflow's default autoIdleDelay is 15 s, i.e. 15 s of deafness after every command.
    autoIdleDelay: s.idleDelayMs,
    maxIdleTime: MAX_IDLE_MS,
    connectionTimeout: CONNECT_TIMEOUT_MS,
    greetingTimeout: CONNECT_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
    logger: imapLogger(log.child({ component: 'imapflow' })) as never,
    clientInfo: { name: 'xmess-intake' },
  });
  client.on('error', (err: Error) => log.warn({ err: err.message, code: (err as { code?: string }).code }, `IMAP connection error: ${err.message}`));
  return client;
}

/** Always called in `finally`: LOGOUT when the connection is usable, else (or if LOGOUT hangs) close the socket. */
export async function logoutQuietly(client: ImapFlow): Promise<void> {
  if (client.usable) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, LOGOUT_TIMEOUT_MS)));
    await Promise.race([client.logout().catch(() => undefined), timeout]);
    clearTimeout(timer);
  }
  client.close();
}
