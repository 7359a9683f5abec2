import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stablePdf } from './stable-bytes';

const CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

/** LibreOffice's soffice where installed (apt-get install libreoffice-writer-nogui), else undefined. */
export function sofficePath(): string | undefined {
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

/** Long enough for a cold start and a few dozen long tables on a busy 2-core machine. */
const TIMEOUT_MS = 170_000;

/**
 * Word documents exported to PDF by LibreOffice, as a Word user's "Save as PDF" would, in one
 * soffice run with a profile of its own (so it never meets another soffice on the machine).
 */
export async function libreOfficePdfs(
  soffice: string,
  documents: ReadonlyMap<string, Buffer>,
): Promise<Map<string, Buffer>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'chc-layout-lo-'));
  try {
    const inputs = [...documents].map(([name, bytes]) => {
      const file = path.join(dir, `${name}.docx`);
      writeFileSync(file, bytes);
      return file;
    });
    const out = path.join(dir, 'pdf');
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    await new Promise<void>((resolve, reject) =>
      execFile(
        soffice,
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'pdf',
          '--outdir',
          out,
          ...inputs,
        ],
        { timeout: TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
        (error, _stdout, stderr) =>
          error ? reject(new Error(`soffice failed: ${error.message} ${stderr}`)) : resolve(),
      ),
    );
    const pdfs = new Map<string, Buffer>();
    for (const name of documents.keys()) {
      const file = path.join(out, `${name}.pdf`);
      if (!existsSync(file)) {
        throw new Error(`soffice wrote no PDF for ${name}.docx`);
      }
      pdfs.set(name, stablePdf(readFileSync(file)));
    }
    return pdfs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
