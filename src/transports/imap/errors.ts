// imapflow's errors → ours, classified once, each saying what to fix: a refused login or an untrusted
// certificate is the user's to fix (input); a refused connection or a timeout may pass (transient).
import type { ImapSettings } from '../../config/imap-url.js';
import { ConfigError, TransientError, XmessError, errorMessage } from '../../domain/errors.js';

const SUBJECT = 'IMAP_URL';
const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ALTNAME/;

interface ImapFlowishError {
  code?: string;
  authenticationFailed?: boolean;
  responseText?: string;
  serverResponseCode?: string;
}

export function describeImapError(err: unknown, s: Pick<ImapSettings, 'host' | 'port' | 'user' | 'mailbox'>): XmessError {
  if (err instanceof XmessError) return err;
  const e = (err ?? {}) as ImapFlowishError;
  const where = `${s.host}:${s.port}`;
  const text = `${errorMessage(err)} ${e.responseText ?? ''}`;
  if (e.authenticationFailed) return new ConfigError(`login refused for user "${s.user}" at ${where}; check the user name and password`, SUBJECT);
  if (e.code && TLS_CODES.test(e.code)) {
    return new ConfigError(`the TLS certificate of ${where} is not trusted (${e.code}); give its CA with ?ca=/path/to/ca.pem, or ?servername=NAME if it is issued to another name`, SUBJECT);
  }
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') return new TransientError(`host "${s.host}" not found (${e.code}); check the host name`, SUBJECT);
  if (e.code === 'ECONNREFUSED') return new TransientError(`cannot connect to ${where} (connection refused); is the IMAP server running, and is the port right?`, SUBJECT);
  if (e.serverResponseCode === 'NONEXISTENT' || /doesn't exist|does not exist|unknown mailbox|not found/i.test(text)) {
    return new ConfigError(`mailbox "${s.mailbox}" does not exist on ${where}; fix the path of the URL (e.g. /INBOX)`, SUBJECT);
  }
  return new TransientError(`${where}: ${errorMessage(err)}${e.code ? ` (${e.code})` : ''}`, SUBJECT, { cause: err });
}
