import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BAD_DOCUMENTS, type BadDocument } from './bad-documents';
import { BAD_MARKUP } from './bad-markup';

/** A bad input that is about the file rather than its bytes: links, FIFOs, permissions. */
export interface BadFile {
  kind: string;
  file: string;
  /** Makes the file at `target`; false when this platform cannot (no FIFOs). */
  create(target: string): boolean | void;
}

export type BadInput = BadDocument | BadFile;

const hasMkfifo = () => {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const BAD_FILES: BadFile[] = [
  {
    kind: 'symlink to /dev/zero',
    file: 'dev-zero.pdf',
    create: (target) => {
      symlinkSync('/dev/zero', target);
    },
  },
  {
    kind: 'dangling symlink',
    file: 'dangling.pdf',
    create: (target) => {
      symlinkSync(path.join(path.dirname(target), 'no-such-file'), target);
    },
  },
  {
    kind: 'FIFO',
    file: 'fifo.pdf',
    create: (target) => {
      if (!hasMkfifo()) {
        return false;
      }
      execFileSync('mkfifo', [target]);
    },
  },
  {
    kind: 'directory named like a file',
    file: 'folder.pdf',
    create: (target) => {
      mkdirSync(target);
      writeFileSync(path.join(target, 'inside.txt'), '');
    },
  },
  {
    kind: 'file without read permission',
    file: 'no-permission.pdf',
    create: (target) => {
      writeFileSync(target, '%PDF-1.4\\n');
      chmodSync(target, 0o000);
    },
  },
];

/** Every kind of bad input, in a fixed order, with names that are hard to handle. */
export const BAD_INPUTS: BadInput[] = [
  ...BAD_DOCUMENTS,
  ...BAD_MARKUP,
  ...BAD_FILES,
  { kind: 'very long file name', file: `${'long-'.repeat(49)}.txt`, bytes: () => 'x\ty\n' },
  {
    kind: 'unicode file name',
    file: 'évaluation 自己評価 🏠.html',
    bytes: () => '<p>é</p>',
  },
];

/** Writes every bad input into `dir`: the kinds written, and those this platform cannot make. */
export function writeBadInputs(dir: string): { written: BadInput[]; skipped: BadInput[] } {
  const written: BadInput[] = [];
  const skipped: BadInput[] = [];
  for (const input of BAD_INPUTS) {
    const target = path.join(dir, input.file);
    const made = 'bytes' in input ? writeFileSync(target, input.bytes()) : input.create(target);
    (made === false ? skipped : written).push(input);
  }
  return { written, skipped };
}
