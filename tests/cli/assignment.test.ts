// Fair assignment: a practice goes to the advisor who prefers its most specific themes; the themes
// found on nearly every practice (inter-cooperation, the Covid response) weigh less, so the advisor
// who prefers them does not win everything. Tried on the sample mailbox and on one where
// inter-cooperation is everywhere.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/paths.js';
import { exportJson, xmess } from '../helpers/cli.js';
import { makeCampaign, type Campaign, type Practice } from '../helpers/campaign.js';
import { tempDir } from '../helpers/temp.js';

const ADVISORS = JSON.parse(readFileSync(join(PROJECT_ROOT, 'config', 'advisors.json'), 'utf8')) as { email: string; themes: string[] }[];
const GENERAL = new Set(['intercooperation', 'covid-response']);
const prefers = (email: string): string[] => ADVISORS.find((a) => a.email === email)!.themes;

let c: Campaign;
beforeAll(() => {
  c = makeCampaign('xmess-assign-', ADVISORS);
});
afterAll(() => c.cleanup());

const mail = (n: number, title: string, explanation: string) => ({
  from: `tecnica${n}@viladeprova.cat`, messageId: `<assign-${n}@viladeprova.cat>`, received: 'Tue, 21 Apr 2020 09:10:15 +0200',
  body: [`Títol: ${title}`, 'Organitzacions promotores: Ajuntament de Vila de Prova, Cooperativa El Graner Comú', `Breu explicació: ${explanation}`, `Nom: Tècnica ${n}`].join('\n'),
});

describe('fair assignment', () => {
  it('with inter-cooperation on every practice, each goes to the advisor of its own theme', () => {
    expect(c.ingest([
      mail(1, 'Casal de joves cooperatiu', "Un espai per a joves i adolescents del municipi, gestionat amb el jovent de l'institut."),
      mail(2, 'Punt lila a les festes', 'Un punt lila contra les violències masclistes amb perspectiva de gènere a les festes majors.'),
      mail(3, 'Compostatge comunitari', 'Compostatge de les restes orgàniques del barri i reducció de residus per a la transició ecològica.'),
      mail(4, 'Clàusules socials en la contractació', 'Clàusules socials i reserva de contractes públics a empreses de l’economia social en la contractació pública.'),
    ]).code).toBe(0);
    const ps = c.practices();
    expect(ps.every((p) => p.themes.includes('intercooperation'))).toBe(true);
    const byTitle = (t: string): Practice => ps.find((p) => p.title === t)!;
    expect(byTitle('Casal de joves cooperatiu').advisor).toBe('assessorament.joventut@xmess.example.org');
    expect(byTitle('Punt lila a les festes').advisor).toBe('assessorament.feminismes@xmess.example.org');
    expect(byTitle('Compostatge comunitari').advisor).toBe('assessorament.ecologia@xmess.example.org');
    expect(byTitle('Clàusules socials en la contractació').advisor).toBe('assessorament.contractacio@xmess.example.org');
  });
});

describe('fair assignment on the sample mailbox', () => {
  it('gives every practice with a specific theme that an advisor prefers to such an advisor', () => {
    const t = tempDir('xmess-assign-sample-');
    try {
      const db = join(t.path, 'x.db');
      expect(xmess(['ingest', join(PROJECT_ROOT, 'data', 'sample'), '--db', db, '--config', join(PROJECT_ROOT, 'config')]).code).toBe(0);
      const assigned = exportJson<Practice>(db, 'practices').filter((p) => p.advisor);
      expect(assigned.length).toBeGreaterThan(2);
      for (const p of assigned) {
        const specific = p.themes.filter((th) => !GENERAL.has(th) && ADVISORS.some((a) => a.themes.includes(th)));
        if (specific.length) expect(prefers(p.advisor!).some((th) => specific.includes(th))).toBe(true);
      }
      expect(new Set(assigned.map((p) => p.advisor)).size).toBeGreaterThan(1);
    } finally {
      t.cleanup();
    }
  });
});
