// "What publishing will show": a practice's page exactly as `xmess publish` would write it (the same
// options, selection and templates), rendered on demand for the desk.
import { join } from 'node:path';
import type { Config } from '../config/load.js';
import { TEMPLATES_DIR } from '../config/paths.js';
import { publishOptions, type PublishCliOptions } from '../cli/publish.js';
import { practicePage } from '../stages/publish/pages.js';
import { isPublished, toPublished } from '../stages/publish/select.js';
import { loadPublishTemplates } from '../stages/publish/templates.js';
import type { Db } from '../store/db.js';
import { exportPractices } from '../store/export.js';
import { practiceTimes } from '../store/publish.js';

export type PublishPreview = (practiceId: string) => { html: string; published: boolean } | null;

export function makePublishPreview(config: Config, db: Db): PublishPreview {
  const options = publishOptions({ out: '' } as PublishCliOptions, config);
  const templates = loadPublishTemplates(join(TEMPLATES_DIR, 'publish'));
  return (id) => {
    const record = exportPractices(db).find((p) => p.id === id);
    if (!record) return null;
    const page = practicePage({ lang: options.lang, t: templates.labels[options.lang], opts: options }, toPublished(record, practiceTimes(db).get(id), options));
    return { html: templates.render('practice', page.model), published: isPublished(record) };
  };
}
