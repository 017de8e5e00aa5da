// `xmess resolve MESSAGE --as ignored|linked PRACTICE|new [--note TEXT]`: closes a needs-review message
// so the review list empties: nothing to do, linked to its practice, or opened as a new practice.
import { UsageError } from '../domain/errors.js';
import { RESOLVE_AS, resolveMessage, type ResolveAs } from '../pipeline/resolve.js';
import { openContext, type CommonOptions } from './context.js';
import { deliver, deliveryExit, deliveryLine, withOutboxOption } from './follow-up-context.js';
import { withCommonOptions, type Register } from './program.js';

export interface ResolveOptions extends CommonOptions {
  as?: string[];
  note?: string;
  outbox?: string;
}

function parseAs(given: string[] | undefined): { as: ResolveAs; practice: string | null } {
  const [how, practice, ...rest] = given ?? [];
  if (!how || !(RESOLVE_AS as readonly string[]).includes(how) || rest.length) throw new UsageError('--as must be ignored, linked PRACTICE or new');
  if (how === 'linked' && !practice) throw new UsageError('--as linked needs the practice id, e.g. --as linked bp-0123456789ab');
  if (how !== 'linked' && practice) throw new UsageError(`--as ${how} takes no practice id`);
  return { as: how as ResolveAs, practice: practice ?? null };
}

export async function resolveCommand(message: string, opts: ResolveOptions): Promise<number> {
  const { as, practice } = parseAs(opts.as);
  const ctx = openContext(opts, { writes: true });
  try {
    const outcome = await resolveMessage(ctx.pipeline, message, as, practice, opts.note ?? null, 'xmess resolve');
    const what = as === 'ignored' ? 'closed, nothing to do' : as === 'linked' ? `linked to ${outcome.practice}` : `opened as practice ${outcome.practice} (complete it with xmess edit ${outcome.practice} --set …)`;
    if (!outcome.planned) {
      console.log(`message ${message}: ${what}`);
      return 0;
    }
    const r = await deliver(ctx);
    console.log(`message ${message}: ${what}; ${deliveryLine(r, outcome.planned)}`);
    return deliveryExit(r);
  } finally {
    await ctx.close();
  }
}

export const registerResolve: Register = (program, wrap) => {
  withOutboxOption(withCommonOptions(program.command('resolve').description('close a needs-review message: ignored, linked to a practice, or opened as a new practice')))
    .argument('<message>', "the message's Message-ID (with or without <>) or row id (xmess export --what messages)")
    .option('--as <how...>', 'ignored | linked PRACTICE | new')
    .option('--note <text>', 'why, kept with the message')
    .action(wrap((message: string, opts: ResolveOptions) => resolveCommand(message, opts)));
};
