import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * The files a path names: the path itself, or everything under a directory that is not a
 * directory, sorted. Links, FIFOs and devices are listed too, so the reader can say why it
 * will not read them instead of passing over them in silence.
 */
export async function listInputs(target: string): Promise<string[]> {
  const stat = await fs.stat(target).catch(() => null);
  if (!stat) {
    throw new Error(`${target}: no such file or directory`);
  }
  if (!stat.isDirectory()) {
    return [target];
  }
  const entries = await fs.readdir(target, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => !e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}
