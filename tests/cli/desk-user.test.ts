// `xmess desk-user add` and `xmess desk` as a person runs them: the first user created from a script,
// a password never stored, bad input named, and the desk saying where it listens.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/paths.js';
import { makeWorld, runDesk } from '../helpers/desk.js';
import { tempDir } from '../helpers/temp.js';
import { xmess } from '../helpers/cli.js';

let dir: ReturnType<typeof tempDir>;
let conf: string;
beforeAll(() => {
  dir = tempDir('xmess-desk-user-');
  conf = join(dir.path, 'conf');
  mkdirSync(conf);
  writeFileSync(join(conf, 'municipalities.json'), JSON.stringify([{ name: 'Vila de Prova', domains: ['viladeprova.cat'], member: true }]));
});
afterAll(() => dir.cleanup());

const add = (args: string[], input?: string) => spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'xmess.js'), 'desk-user', 'add', ...args, '--config', conf], {
  input, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' },
});

describe('xmess desk-user add', () => {
  it('creates the first user from a password on standard input, storing only a bcrypt hash in a private file', () => {
    const r = add(['Carla@Example.org', '--role', 'coordinator', '--name', 'Carla Coordinació', '--password-stdin'], 'una frase de pas llarga\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('added carla@example.org (coordinator)');
    const file = join(conf, 'desk-users.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const users = JSON.parse(readFileSync(file, 'utf8'));
    expect(users).toEqual([{ name: 'Carla Coordinació', email: 'carla@example.org', role: 'coordinator', passwordHash: expect.stringMatching(/^\$2[aby]\$11\$/) }]);
    expect(readFileSync(file, 'utf8')).not.toContain('una frase');
  });

  it('gives an existing user a new password or role instead of a second entry; the name is optional', () => {
    expect(add(['carla@example.org', '--role', 'commission', '--password-stdin'], 'una altra frase llarga').stdout).toContain('updated carla@example.org (commission)');
    expect(JSON.parse(readFileSync(join(conf, 'desk-users.json'), 'utf8'))).toHaveLength(1);
  });

  it('refuses a short password, an unknown role, and asking without a terminal, with the fix in the message', () => {
    const short = add(['pau@example.org', '--role', 'advisor', '--password-stdin'], 'curta');
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('at least 10 characters');
    const role = add(['pau@example.org', '--role', 'boss', '--password-stdin'], 'una frase de pas llarga');
    expect(role.status).toBe(2);
    expect(role.stderr).toMatch(/coordinator, commission, advisor/);
    const noTty = add(['pau@example.org', '--role', 'advisor'], '');
    expect(noTty.status).toBe(2);
    expect(noTty.stderr).toContain('--password-stdin');
  });
});

describe('xmess desk', () => {
  it('says where it listens (127.0.0.1 unless told otherwise) and how to create the first user', async () => {
    const w = makeWorld(join(dir.path, 'world'));
    expect(xmess(w.args('ingest', w.mail)).code).toBe(0);
    const desk = await runDesk(w);
    try {
      expect(desk.banner).toMatch(/^xmess desk: http:\/\/127\.0\.0\.1:\d+\/ — only this machine can reach it/);
      expect(desk.banner).toContain('4 user(s)');
    } finally {
      await desk.close();
    }
  });

  it('refuses a database that does not exist instead of serving an empty one', () => {
    const r = xmess(['desk', '--port', '0', '--db', join(dir.path, 'nowhere', 'x.db'), '--config', conf]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('nowhere');
  });
});
