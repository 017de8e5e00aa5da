// The optional action once a message is processed (IMAP_URL ?after=seen or ?after=move:FOLDER): a person
// reading the mailbox sees what xmess has dealt with. Applied by the connection that watches the mailbox,
// after processing ended (which, with queues, happens later and elsewhere), in one command per batch.
import type { ImapFlow } from 'imapflow';
import type { AfterAction } from '../../config/imap-url.js';
import type { Logger } from '../../log.js';
import type { Db } from '../../store/db.js';
import { markActionDone, uidsAwaitingAction } from '../../store/mailbox.js';

export interface AfterActionDeps {
  db: Db;
  log: Logger;
  key: string;
  action: AfterAction;
}

/** Creates the target folder once per connection; "already exists" is the usual answer. */
export async function prepareAfterAction(client: ImapFlow, action: AfterAction, log: Logger): Promise<void> {
  if (action.kind !== 'move') return;
  const list = await client.list();
  if (list.some((m) => m.path === action.folder)) return;
  await client.mailboxCreate(action.folder);
  log.info({ folder: action.folder }, 'created the folder processed messages are moved to');
}

/** Returns how many messages were flagged or moved. Needs the watched mailbox selected. */
export async function applyAfterAction(client: ImapFlow, deps: AfterActionDeps): Promise<number> {
  if (deps.action.kind === 'none' || !client.mailbox) return 0;
  const uidValidity = client.mailbox.uidValidity.toString();
  const due = uidsAwaitingAction(deps.db, deps.key, uidValidity);
  if (!due.length) return 0;
  const uids = due.map((d) => d.uid).join(',');
  // UID STORE / UID MOVE (RFC 6851; imapflow falls back to COPY + EXPUNGE without MOVE). A UID that
  // no longer exists is ignored by the server, so a repeat after a crash is harmless.
  const ok = deps.action.kind === 'seen'
    ? await client.messageFlagsAdd(uids, ['\\Seen'], { uid: true })
    : (await client.messageMove(uids, deps.action.folder, { uid: true })) !== false;
  if (!ok) throw new Error(`the server refused to ${deps.action.kind === 'seen' ? 'flag' : 'move'} UIDs ${uids}`);
  markActionDone(deps.db, due.map((d) => d.id));
  deps.log.info({ count: due.length, action: deps.action.kind }, 'after-processing action applied');
  return due.length;
}
