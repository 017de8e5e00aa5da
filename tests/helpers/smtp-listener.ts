// An SMTP listener in the test process (smtp-server): records every mail the service sends, so tests
// can count follow-ups per Message-ID ("sent once") at the receiving end.
import { SMTPServer } from 'smtp-server';
import { freePort } from './ports.js';

export interface Received {
  from: string;
  to: string[];
  messageId: string | null;
  subject: string | null;
  raw: string;
}

export interface SmtpListener {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

const header = (raw: string, name: string): string | null => new RegExp(`^${name}:\\s*(.+)$`, 'im').exec(raw)?.[1]?.trim() ?? null;

export async function startSmtpListener(): Promise<SmtpListener> {
  const port = await freePort();
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          messageId: header(raw, 'Message-ID'),
          subject: header(raw, 'Subject'),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
