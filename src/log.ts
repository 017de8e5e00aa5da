// One pino root logger, JSON lines on stderr (stdout is for the command's own output); children per job/message.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      base: { service: 'xmess' },
      // Mail URLs carry passwords (imaps://user:pass@host): never log them whole.
      redact: { paths: ['imapUrl', 'smtpUrl', 'redisUrl', '*.password', '*.pass', 'auth'], censor: '[redacted]' },
    },
    pino.destination(2),
  );
}
