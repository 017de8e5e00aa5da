// A practice's systematisation sheet as it stands (issue 12), as a DOCX: what `xmess sheet` writes
// and what the desk downloads, built by this one function. Theme labels in Catalan, the form's language.
import type { PracticeInfo } from '../domain/follow-ups.js';
import type { FollowUpContext } from '../follow-ups/planner.js';
import { themeLabel } from '../follow-ups/render/model.js';
import { buildSheetDocx, sheetSpec } from '../follow-ups/render/sheet-docx.js';

export function practiceSheet(ctx: Pick<FollowUpContext, 'settings' | 'renderer'>, practice: PracticeInfo): { filename: string; docx: Buffer } {
  const ca = { settings: ctx.settings, lang: 'ca' as const, labels: ctx.renderer.labels('ca') };
  const spec = sheetSpec({ ...practice, themeLabels: practice.themes.map((t) => themeLabel(t, ca)) });
  return { filename: spec.filename, docx: buildSheetDocx(spec) };
}
