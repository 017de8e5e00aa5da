import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEnv } from '../../src/config/env.js';
import { loadConfig } from '../../src/config/load.js';
import { PROJECT_ROOT } from '../../src/config/paths.js';
import { ConfigError, UsageError } from '../../src/domain/errors.js';
import { tempDir } from '../helpers/temp.js';

let dir: ReturnType<typeof tempDir>;
let conf: string;
const write = (name: string, value: unknown) => writeFileSync(join(conf, name), typeof value === 'string' ? value : JSON.stringify(value));

beforeEach(() => {
  dir = tempDir();
  conf = join(dir.path, 'conf');
  mkdirSync(conf);
  write('municipalities.json', [{ name: 'Vila de Prova', domains: ['viladeprova.cat'], member: true }]);
});
afterEach(() => dir.cleanup());

describe('configuration', () => {
  it('uses the built-in campaign, advisors and theme lexicon when the folder has only municipalities.json', () => {
    const c = loadConfig({ config: conf }, {}, dir.path);
    expect(c.municipalities[0]?.name).toBe('Vila de Prova');
    expect(c.campaign.language).toBe('ca');
    expect(c.deadline.toISOString()).toBe('2020-04-30T21:59:59.000Z');
    expect(c.dbPath).toBe(join(dir.path, 'data', 'xmess.db'));
    expect(c.outboxDir).toBe(join(dir.path, 'data', 'outbox'));
    expect(c.rawDir).toBe(join(dir.path, 'data', 'raw'));
  });

  it('layers defaults < files < environment < flags', () => {
    write('campaign.json', { deadline: '2021-05-15T23:59:59+02:00', from: 'a@x.org', coordinator: 'b@x.org', language: 'es' });
    const env = readEnv({ XMESS_DEADLINE: '2021-06-01T00:00:00Z', XMESS_DB: 'env.db', SMTP_URL: 'smtp://127.0.0.1:2525' });
    const fromEnv = loadConfig({ config: conf }, env, dir.path);
    expect(fromEnv.deadline.toISOString()).toBe('2021-06-01T00:00:00.000Z');
    expect(fromEnv.dbPath).toBe(join(dir.path, 'env.db'));
    expect(fromEnv.smtpUrl).toBe('smtp://127.0.0.1:2525');
    const fromFlag = loadConfig({ config: conf, deadline: '2021-07-01', db: 'flag.db' }, env, dir.path);
    expect(fromFlag.dbPath).toBe(join(dir.path, 'flag.db'));
    // A date alone means the end of that day in the campaign's time zone (Europe/Madrid, CEST in July).
    expect(fromFlag.deadline.toISOString()).toBe('2021-07-01T21:59:59.999Z');
  });

  it('names the file and the key of an invalid value', () => {
    write('advisors.json', [{ name: 'Anna', email: 'not-an-address', themes: [] }]);
    expect(() => loadConfig({ config: conf }, {}, dir.path)).toThrow(/advisors\.json: key "0\.email"/);
  });

  it('names a theme that does not exist', () => {
    write('advisors.json', [{ name: 'Anna', email: 'anna@x.org', themes: ['gardening'] }]);
    expect(() => loadConfig({ config: conf }, {}, dir.path)).toThrow(/key "0\.themes\.0"/);
  });

  it('says which file is not valid JSON', () => {
    write('campaign.json', '{ "deadline": ');
    expect(() => loadConfig({ config: conf }, {}, dir.path)).toThrow(/campaign\.json: not valid JSON/);
  });

  it("uses the installed project's config/ when run from a folder that has none", () => {
    const c = loadConfig({}, {}, dir.path);
    expect(c.configDir).toBe(join(PROJECT_ROOT, 'config'));
    expect(c.municipalities.length).toBeGreaterThan(40);
  });

  it('explains a missing municipalities.json', () => {
    expect(() => loadConfig({ config: join(dir.path, 'nowhere') }, {}, dir.path)).toThrow(ConfigError);
    expect(() => loadConfig({ config: join(dir.path, 'nowhere') }, {}, dir.path)).toThrow(/must name a folder holding municipalities\.json/);
  });

  it('treats a malformed --deadline as a usage error', () => {
    expect(() => loadConfig({ config: conf, deadline: 'next friday' }, {}, dir.path)).toThrow(UsageError);
  });

  it('ships the network member list with each entry\'s source', () => {
    const c = loadConfig({}, {}, PROJECT_ROOT);
    expect(c.municipalities.length).toBeGreaterThan(40);
    expect(c.municipalities.every((m) => m.member && typeof m.source === 'string')).toBe(true);
  });
});
