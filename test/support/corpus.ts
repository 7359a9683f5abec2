import { existsSync } from 'node:fs';
import path from 'node:path';

/** The shared development corpus beside the checkout; the tests that score need it. */
export function sharedDir(): string {
  const dir = path.resolve(__dirname, '../../../shared');
  if (!existsSync(path.join(dir, 'corpus', 'gold'))) {
    throw new Error(
      `the development corpus is missing: expected ${dir}/corpus (a sibling of the checkout)`,
    );
  }
  return dir;
}

export function corpusDir(format: 'seeds' | 'pdf' | 'docx' | 'html'): string {
  return path.join(sharedDir(), 'corpus', format);
}
