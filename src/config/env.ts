// The only place that reads process.env: a plain value, so everything else stays testable.
export interface EnvSettings {
  db?: string;
  config?: string;
  outbox?: string;
  deadline?: string;
  imapUrl?: string;
  redisUrl?: string;
  smtpUrl?: string;
  logLevel?: string;
  /** The web desk's session key (else one is generated beside desk-users.json). */
  deskSecret?: string;
}

export function readEnv(env: NodeJS.ProcessEnv = process.env): EnvSettings {
  const pick = (k: string): string | undefined => (env[k] && env[k]!.trim() !== '' ? env[k]!.trim() : undefined);
  return {
    db: pick('XMESS_DB'),
    config: pick('XMESS_CONFIG'),
    outbox: pick('XMESS_OUTBOX'),
    deadline: pick('XMESS_DEADLINE'),
    imapUrl: pick('IMAP_URL'),
    redisUrl: pick('REDIS_URL'),
    smtpUrl: pick('SMTP_URL'),
    logLevel: pick('LOG_LEVEL'),
    deskSecret: pick('XMESS_DESK_SECRET'),
  };
}
