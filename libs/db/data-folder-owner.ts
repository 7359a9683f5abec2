import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Who holds an embedded data folder, as its owner wrote beside the lock. */
export interface DataFolderOwner {
  pid: number;
  host: string;
  command: string;
  /** ISO time the owner took the folder. */
  since: string;
}

/** This process, described for whoever finds the folder taken. */
export function currentOwner(now = new Date()): DataFolderOwner {
  const [, script = process.argv0, ...args] = process.argv;
  const program = /apps[/\\]cli[/\\]main\.[jt]s$/.test(script) ? 'chc' : path.basename(script);
  const command = [program, ...args]
    .join(' ')
    // A URL argument may carry a password: the owner file must not.
    .replace(/\/\/[^/@\s]*@/g, '//')
    .slice(0, 200);
  return { pid: process.pid, host: os.hostname(), command, since: now.toISOString() };
}

export async function writeOwner(file: string, owner: DataFolderOwner): Promise<void> {
  await fs.writeFile(file, JSON.stringify(owner), { mode: 0o600 });
}

async function readOwnerOnce(file: string): Promise<DataFolderOwner | null> {
  try {
    const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<DataFolderOwner>;
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string'
      ? {
          pid: parsed.pid,
          host: parsed.host,
          command: String(parsed.command ?? 'unknown command'),
          since: String(parsed.since ?? 'unknown time'),
        }
      : null;
  } catch {
    return null;
  }
}

/**
 * The owner named in the file; a lock taken a moment ago may not have its owner written
 * yet, so an absent or half-written file is read again for up to `waitMs`.
 */
export async function readOwner(file: string, waitMs: number): Promise<DataFolderOwner | null> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const owner = await readOwnerOnce(file);
    if (owner || Date.now() >= deadline) {
      return owner;
    }
    await sleep(100);
  }
}

/** Whether the owner may still be running: a process on another machine cannot be checked. */
export function ownerAlive(owner: DataFolderOwner): boolean {
  if (owner.host !== os.hostname()) {
    return true;
  }
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function describeOwner(owner: DataFolderOwner): string {
  const where = owner.host === os.hostname() ? '' : ` on ${owner.host}`;
  return `pid ${owner.pid}${where} ("${owner.command}", since ${owner.since})`;
}
