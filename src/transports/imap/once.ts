// `xmess poll --once`: one connection, one pass, the after-processing action, logout. `process` runs
// between the pass and the action (inline mode processes what was stored, so the action can follow).
import type { ImapSettings } from '../../config/imap-url.js';
import { markPollFailed } from '../../store/mailbox.js';
import { describeImapError } from './errors.js';
import { applyAfterAction, prepareAfterAction } from './after-action.js';
import { logoutQuietly, makeImapClient } from './client.js';
import { runPass, type PassDeps, type PassResult } from './pass.js';

export interface OnceDeps extends Omit<PassDeps, 'settings'> {
  settings: ImapSettings;
  process?: () => Promise<void>;
}

export interface OnceResult extends PassResult {
  actedOn: number;
}

export async function pollOnce(deps: OnceDeps): Promise<OnceResult> {
  const client = makeImapClient(deps.settings, deps.log);
  try {
    await client.connect();
    await client.mailboxOpen(deps.settings.mailbox);
    const pass = await runPass(client, deps);
    await deps.process?.();
    await prepareAfterAction(client, deps.settings.after, deps.log);
    const actedOn = await applyAfterAction(client, { db: deps.db, log: deps.log, key: deps.settings.key, action: deps.settings.after });
    return { ...pass, actedOn };
  } catch (err) {
    const problem = describeImapError(err, deps.settings);
    markPollFailed(deps.db, deps.settings.key, problem.message);
    throw problem;
  } finally {
    await logoutQuietly(client);
  }
}
