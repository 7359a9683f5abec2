/* CPU time spent by the processes of a run, to say what it waits on: the workers, the
   PostgreSQL backends serving them, Redis. Linux only (/proc); null where it cannot be read. */
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';

/** Linux's clock ticks per second (USER_HZ), which /proc/<pid>/stat counts in. */
const TICKS = 100;

/** User and system CPU seconds of a process and all its threads so far, or null. */
export function processCpuSeconds(pid: number | undefined): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces, so split after its ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return null;
  }
}

/** CPU seconds of the PostgreSQL backends connected to this data source's database. */
export async function databaseBackendsCpuSeconds(dataSource: DataSource): Promise<number | null> {
  const rows = await dataSource.query<{ pid: number }[]>(
    'SELECT pid FROM pg_stat_activity WHERE datname = current_database()',
  );
  const seconds = rows.map((r) => processCpuSeconds(r.pid));
  return seconds.some((s) => s === null) ? null : seconds.reduce((a, b) => a! + b!, 0);
}

/** The Redis server's CPU seconds so far (the whole server: other users of it count too). */
export async function redisCpuSeconds(url: string): Promise<number> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const info = await redis.info('cpu');
    const read = (name: string) => Number(new RegExp(`${name}:([\\d.]+)`).exec(info)?.[1] ?? 0);
    return read('used_cpu_user') + read('used_cpu_sys');
  } finally {
    redis.disconnect();
  }
}

/** The 1, 5 and 15 minute load averages, as `uptime` prints them. */
export function loadAverages(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}
