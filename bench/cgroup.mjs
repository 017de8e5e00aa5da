// A process held to a fraction of a CPU by a cgroup quota: on one machine, a worker so held stands
// in for a host of its own (issue 15, the scale rows of the benchmark). cgroup v1 (the `cpu`
// controller mounted at /sys/fs/cgroup/cpu: cpu.cfs_quota_us / cpu.cfs_period_us) and cgroup v2
// (cpu.max, at /sys/fs/cgroup or /sys/fs/cgroup/unified where the cpu controller is available) are
// detected; both need root. The process is started inside its group (a shell writes its own pid to
// cgroup.procs, then execs), so every thread it ever starts is held by the same quota.
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PERIOD_US = 100_000;

function v1Root() {
  const root = '/sys/fs/cgroup/cpu';
  return existsSync(join(root, 'cpu.cfs_quota_us')) ? root : null;
}

function v2Root() {
  for (const root of ['/sys/fs/cgroup', '/sys/fs/cgroup/unified']) {
    const controllers = join(root, 'cgroup.controllers');
    if (existsSync(controllers) && readFileSync(controllers, 'utf8').split(/\s+/).includes('cpu')) return root;
  }
  return null;
}

/** Which kind of cgroup can hold a process to a CPU quota here, or why none can. */
export function detectCpuLimiter() {
  const v1 = v1Root();
  if (v1) return { kind: 'v1', root: v1 };
  const v2 = v2Root();
  if (v2) return { kind: 'v2', root: v2 };
  return { kind: null, why: 'no cgroup with the cpu controller (v1 /sys/fs/cgroup/cpu or v2 cpu in cgroup.controllers)' };
}

function parseStat(text) {
  const out = {};
  for (const line of text.trim().split('\n')) {
    const [k, v] = line.split(' ');
    out[k] = Number(v);
  }
  return out;
}

/**
 * A cgroup named `name` holding its processes to `cpus` CPU (0.25 = a quarter of one core).
 * `command(bin, args)` gives the [bin, args] that start a process inside it; `stats()` how often
 * the quota held it back; `remove()` once its processes have exited.
 */
export function cpuLimitedGroup(name, cpus) {
  const limiter = detectCpuLimiter();
  if (!limiter.kind) throw new Error(limiter.why);
  const quota = String(Math.round(cpus * PERIOD_US));
  const dir = join(limiter.root, name);
  mkdirSync(dir, { recursive: true });
  if (limiter.kind === 'v1') {
    writeFileSync(join(dir, 'cpu.cfs_period_us'), String(PERIOD_US));
    writeFileSync(join(dir, 'cpu.cfs_quota_us'), quota);
  } else {
    // The parent must hand the cpu controller down to its children.
    try { writeFileSync(join(limiter.root, 'cgroup.subtree_control'), '+cpu'); } catch { /* already, or not allowed: cpu.max below says */ }
    writeFileSync(join(dir, 'cpu.max'), `${quota} ${PERIOD_US}`);
  }
  const procs = join(dir, 'cgroup.procs');
  return {
    kind: limiter.kind,
    dir,
    command: (bin, args) => ['/bin/sh', ['-c', `echo $$ > '${procs}' && exec "$@"`, 'sh', bin, ...args]],
    /** periods, throttled periods and seconds held back since the group was made. */
    stats: () => {
      const s = parseStat(readFileSync(join(dir, 'cpu.stat'), 'utf8'));
      return { periods: s.nr_periods ?? 0, throttled: s.nr_throttled ?? 0, throttledSeconds: limiter.kind === 'v1' ? (s.throttled_time ?? 0) / 1e9 : (s.throttled_usec ?? 0) / 1e6 };
    },
    remove: () => {
      try { rmdirSync(dir); } catch { /* a process still inside; left for the next run to reuse */ }
    },
  };
}
