// `xmess sheet PRACTICE --out FILE.docx` (issue 12): the practice's systematisation sheet as it stands,
// pre-filled with everything known — what intake read and what returned sheets recorded — for an
// advisor who lost the task mail. The same DOCX writer as the task mail's attachment.
import { existsSync, writeFileSync } from 'node:fs';
import { readEnv } from '../config/env.js';
import { loadConfig } from '../config/load.js';
import { UsageError } from '../domain/errors.js';
import { sheetMissing } from '../domain/sheet.js';
import { practiceSheet } from '../service/practice-sheet.js';
import { openContext, type CommonOptions } from './context.js';
import { followUpContext, requirePractice } from './follow-up-context.js';
import { withCommonOptions, type Register } from './program.js';

export interface SheetOptions extends CommonOptions {
  out?: string;
}

export async function sheetCommand(practiceId: string, opts: SheetOptions): Promise<number> {
  if (!opts.out) throw new UsageError('--out FILE.docx is required (where to write the sheet)');
  const dbPath = loadConfig(opts, readEnv()).dbPath;
  if (!existsSync(dbPath)) throw new UsageError(`no database at ${dbPath}; pass --db with the file \`xmess ingest\` wrote`);
  const ctx = openContext(opts);
  try {
    const practice = requirePractice(ctx, practiceId);
    writeFileSync(opts.out, practiceSheet(followUpContext(ctx), practice).docx);
    const missing = practice.sheet ? sheetMissing(practice.sheet, ctx.config.campaign.sheetRequired) : [];
    console.log(`${practice.id}: sheet written to ${opts.out} (${practice.status}${missing.length ? `; missing ${missing.join(', ')}` : ''})`);
    return 0;
  } finally {
    await ctx.close();
  }
}

export const registerSheet: Register = (program, wrap) => {
  withCommonOptions(program.command('sheet').description("write a practice's systematisation sheet (DOCX), pre-filled with everything known"))
    .argument('<practice>', 'practice id (xmess export --what practices)')
    .option('--out <file>', 'the .docx file to write')
    .action(wrap((practice: string, opts: SheetOptions) => sheetCommand(practice, opts)));
};
