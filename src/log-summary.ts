// A logger for one-shot commands over many messages (ingest of an archive): errors go to stderr at
// once, but repeated warnings are counted per cause and said once at the end, so that 7,000 mails
// held back by the rate limit are one line, not 7,000.
import { pino, type Logger } from 'pino';

export interface SummarisingLogger {
  log: Logger;
  /** One line per cause of warning: "12× follow-up held back: rate limit (e.g. …)". Empty when none. */
  summary(): string[];
}

/** pino's numeric levels: 40 warn, 50 error. */
const WARN = 40;
const ERROR = 50;

export function createSummarisingLogger(level: string, write: (line: string) => void = (l) => void process.stderr.write(l)): SummarisingLogger {
  const causes = new Map<string, { n: number; example: string }>();
  const sink = {
    write(line: string): void {
      let entry: { level?: number; msg?: string; cause?: string; [k: string]: unknown };
      try {
        entry = JSON.parse(line) as typeof entry;
      } catch {
        write(line);
        return;
      }
      if ((entry.level ?? 0) < WARN || (entry.level ?? 0) >= ERROR) return void write(line);
      // The cause is the message's fixed text (or its `cause` field): the details vary per mail, the cause does not.
      const key = entry.cause ? `${entry.msg}: ${entry.cause}` : entry.msg ?? 'warning';
      const seen = causes.get(key);
      if (seen) seen.n++;
      else causes.set(key, { n: 1, example: typeof entry.detail === 'string' ? entry.detail : '' });
    },
  };
  const log = pino({ level, base: { service: 'xmess' }, redact: { paths: ['imapUrl', 'smtpUrl', 'redisUrl', '*.password', '*.pass', 'auth'], censor: '[redacted]' } }, sink);
  return {
    log,
    summary: () => [...causes].map(([cause, { n, example }]) => `${n}× ${cause}${example ? ` (e.g. ${example})` : ''}`),
  };
}
