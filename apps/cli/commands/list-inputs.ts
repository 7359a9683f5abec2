import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The files a path names: the file itself, or every file under a directory, sorted. */
export async function listInputs(target: string): Promise<string[]> {
  const stat = await fs.stat(target).catch(() => null);
  if (!stat) {
    throw new Error(`${target}: no such file or directory`);
  }
  if (stat.isFile()) {
    return [target];
  }
  const entries = await fs.readdir(target, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}
