// `xmess edit PRACTICE --set field=value …`: a person corrects fields of a practice; the old values
// stay in its history (`xmess review PRACTICE` shows it) and nothing already sent is planned again.
import { UsageError } from '../domain/errors.js';
import { editPractice, parseSetting } from '../pipeline/edit.js';
import { EDITABLE_FIELDS } from '../store/changes.js';
import { openContext, type CommonOptions } from './context.js';
import { requirePractice } from './follow-up-context.js';
import { withCommonOptions, type Register } from './program.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];
const show = (v: unknown): string => (v === null ? '(empty)' : Array.isArray(v) ? v.join('; ') || '(empty)' : String(v));

export async function editCommand(practiceId: string, opts: CommonOptions & { set: string[] }): Promise<number> {
  if (!opts.set.length) throw new UsageError(`give at least one --set field=value (fields: ${EDITABLE_FIELDS.join(', ')})`);
  const ctx = openContext(opts, { writes: true });
  try {
    const changes = opts.set.map((s) => parseSetting(s, ctx.config.lexicon));
    const practice = requirePractice(ctx, practiceId);
    const applied = editPractice({ db: ctx.db, municipalities: ctx.config.municipalities, lexicon: ctx.config.lexicon }, practice.id, changes, 'xmess edit');
    if (!applied.length) console.log(`${practice.id}: nothing changed (the values were already so)`);
    for (const a of applied) console.log(`${practice.id}: ${a.field}: ${show(a.previous)} → ${show(a.value)}`);
    return 0;
  } finally {
    await ctx.close();
  }
}

export const registerEdit: Register = (program, wrap) => {
  withCommonOptions(program.command('edit').description('correct fields of a practice by hand, keeping the old values in its history'))
    .argument('<practice>', 'practice id (xmess export --what practices)')
    .option('--set <field=value>', `a field and its new value (repeat for several); fields: ${EDITABLE_FIELDS.join(', ')}; promoters separated by ";", themes by ","; empty clears`, collect, [])
    .action(wrap((practice: string, opts: CommonOptions & { set: string[] }) => editCommand(practice, opts)));
};
