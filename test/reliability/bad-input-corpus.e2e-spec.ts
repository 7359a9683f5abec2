import { execFile } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { firstOf } from '../support/bad-documents';
import { writeBadInputs, type BadInput } from '../support/bad-inputs';

const CLI = path.resolve(__dirname, '../../dist/apps/cli/main.js');
const TIMEOUT_S = 30;
// The CLI's own deadline per file bounds every run; this is only jest's outer bound.
const TEST_TIMEOUT_MS = 30 * 60_000;
// Root reads any file: the CLI then runs as nobody, so "no read permission" means it.
const AS_NOBODY = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

interface Run {
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

/** What the files listed for a batch came to: read, or the one-line reasons given. */
function outcomes(run: Run, listed: string[], read: (file: string) => boolean) {
  const reasons = new Map<string, string[]>(listed.map((f) => [f, []]));
  for (const line of run.stderr.split('\n').filter((l) => l.startsWith('error: '))) {
    const file = listed.find((f) => line.startsWith(`error: ${f}: `));
    reasons.get(file ?? '')?.push(line.slice(`error: ${file}: `.length));
  }
  return listed.map((file) => ({ file, read: read(file), reasons: reasons.get(file)! }));
}

const crashed = (run: Run) =>
  run.signal !== null ||
  (run.status !== 0 && run.status !== 1) ||
  /^\s+at |Unhandled|FATAL ERROR|Aborted/m.test(run.stderr);

describe('the bad-input corpus through chc extract and chc ingest', () => {
  let root: string;
  let folder: string;
  let inputs: { written: BadInput[]; skipped: BadInput[] };
  let listed: string[];
  const good = 'good-assessment.html';
  const renamed = 'same-assessment-renamed.html';
  const summary: string[] = [];

  const chc = (args: string[]) =>
    new Promise<Run>((resolve) => {
      execFile(
        process.execPath,
        [CLI, ...args],
        {
          encoding: 'utf8',
          // One deadline per file and start-up: a run past it has hung.
          timeout: (listed.length + 2) * TIMEOUT_S * 1000 + 60_000,
          maxBuffer: 64 * 1024 * 1024,
          env: { PATH: process.env.PATH ?? '', HOME: root, CHC_DATA_DIR: path.join(root, 'data') },
          ...AS_NOBODY,
        },
        (error, stdout, stderr) =>
          resolve({
            status: error ? (typeof error.code === 'number' ? error.code : null) : 0,
            signal: error?.signal ?? null,
            stdout,
            stderr,
          }),
      );
    });

  const kindOf = (file: string) =>
    inputs.written.find((k) => file.startsWith(path.join(folder, k.file)))?.kind ??
    'identical files under two names';

  const report = (command: string, run: Run, results: ReturnType<typeof outcomes>) => {
    const refused = results.filter((r) => !r.read);
    summary.push(
      `${command}: ${inputs.written.length} kinds written (${inputs.skipped.length} not possible here), ${results.length} files listed, exit ${run.status}`,
      `  crashes ${crashed(run) ? 1 : 0}, hangs ${run.signal === 'SIGTERM' ? 1 : 0}, read ${results.length - refused.length}, refused ${refused.length}`,
      ...refused.map((r) => `  ${kindOf(r.file)}: ${r.reasons.join(' | ')}`),
    );
  };

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'chc-bad-corpus-'));
    chmodSync(root, 0o777);
    folder = path.join(root, 'inputs');
    mkdirSync(folder);
    inputs = writeBadInputs(folder);
    writeFileSync(path.join(folder, good), firstOf('html'));
    writeFileSync(path.join(folder, renamed), firstOf('html'));
    listed = readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((e) => !e.isDirectory())
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
  });
  afterAll(() => {
    process.stdout.write(`bad-input corpus summary\n${summary.join('\n')}\n`);
    rmSync(root, { recursive: true, force: true });
  });

  it('should write at least 40 kinds of bad input', () => {
    expect(inputs.written.length).toBeGreaterThanOrEqual(40);
  });

  it(
    'should extract the rest of the folder and give one line naming the file for each refusal',
    async () => {
      const out = path.join(root, 'out');
      const run = await chc(['extract', folder, '--timeout', String(TIMEOUT_S), '--out', out]);
      const results = outcomes(run, listed, (file) =>
        existsSync(path.join(out, `${path.basename(file)}.json`)),
      );
      report('chc extract', run, results);
      expect(crashed(run)).toBe(false);
      expect(run.status).toBe(1);
      for (const result of results) {
        expect({ ...result, reasons: result.read ? [] : result.reasons.length }).toEqual({
          ...result,
          reasons: result.read ? [] : 1,
        });
      }
      expect(results.find((r) => r.file.endsWith(good))?.read).toBe(true);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'should ingest the rest of the folder, name each refusal and each repeat once, and store what it read',
    async () => {
      const run = await chc(['ingest', folder, '--timeout', String(TIMEOUT_S)]);
      const repeated = `not ingested again: ${path.join(folder, renamed)}: the same document as ${path.join(folder, good)}`;
      const results = outcomes(
        run,
        listed.filter((f) => !f.endsWith(renamed)),
        (file) => !run.stderr.includes(`error: ${file}: `),
      );
      report('chc ingest', run, results);
      expect(crashed(run)).toBe(false);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain(repeated);
      expect(run.stderr).not.toContain(renamed);
      for (const result of results) {
        expect(result.reasons.length).toBeLessThanOrEqual(1);
      }
      const status = await chc(['status', '--json']);
      expect(JSON.parse(status.stdout)).toMatchObject({ currentAssessments: expect.any(Number) });
      expect((JSON.parse(status.stdout) as { responses: number }).responses).toBeGreaterThanOrEqual(
        70,
      );
    },
    TEST_TIMEOUT_MS,
  );
});
