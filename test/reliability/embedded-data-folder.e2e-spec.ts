import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { corpusDir } from '../support/corpus';
import { runChc, startChcServer, type ChcProcess, type ChcRun } from '../support/chc-process';

const pdfs = readdirSync(corpusDir('pdf'))
  .filter((f) => f.endsWith('.pdf'))
  .sort();

/** A folder of its own holding some of the corpus PDFs. */
function documents(root: string, name: string, files: string[]): string {
  const folder = path.join(root, name);
  mkdirSync(folder);
  for (const file of files) {
    copyFileSync(path.join(corpusDir('pdf'), file), path.join(folder, file));
  }
  return folder;
}

const REFUSED = /in use by pid (\d+) \("chc (\S+)[^"]*", since [\d-]+T[\d:.]+Z\)/;

/** Assessments a run says it stored; none when it was refused for a busy folder. */
function reportedIngested(run: ChcRun): number {
  if (REFUSED.test(run.stderr)) {
    return 0;
  }
  const counted = /(\d+) ingested/.exec(run.stdout);
  if (!counted) {
    throw new Error(
      `chc ingest (exit ${run.code}) said neither what it stored nor why not: ${run.stderr}`,
    );
  }
  return Number(counted[1]);
}

async function storedAssessments(env: Record<string, string>): Promise<number> {
  const status = await runChc(['status', '--json'], env);
  expect(status.stderr).toBe('');
  expect(status.code).toBe(0);
  return (JSON.parse(status.stdout) as { assessments: number }).assessments;
}

describe('one owner per embedded data folder', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'chc-owner-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('should keep every document two ingest runs started at once say they stored', async () => {
    const env = { CHC_DATA_DIR: path.join(root, 'together') };
    const runs = await Promise.all([
      runChc(['ingest', documents(root, 'first', pdfs.slice(0, 2))], env, 500_000),
      runChc(['ingest', documents(root, 'second', pdfs.slice(2, 4))], env, 500_000),
    ]);
    const reported = runs.map(reportedIngested);
    expect(reported.reduce((a, b) => a + b)).toBeGreaterThan(0);
    for (const run of runs.filter((r) => REFUSED.test(r.stderr))) {
      // Refused before touching anything, naming the other run and what to do.
      expect(REFUSED.exec(run.stderr)?.[2]).toBe('ingest');
      expect(run.stderr).toContain('DATABASE_URL');
      expect(run.code).not.toBe(0);
    }
    expect(await storedAssessments(env)).toBe(reported.reduce((a, b) => a + b));
  }, 800_000);

  describe('while chc serve owns the folder', () => {
    const env = () => ({ CHC_DATA_DIR: path.join(root, 'served') });
    let server: ChcProcess;

    beforeAll(async () => {
      const first = await runChc(['ingest', documents(root, 'before', pdfs.slice(0, 1))], env());
      expect(first.stdout).toContain('1 ingested');
      server = await startChcServer(env());
    }, 400_000);
    afterAll(() => server?.child.kill('SIGKILL'));

    it.each([
      ['ingest', () => ['ingest', documents(root, 'during', pdfs.slice(1, 2))]],
      ['status', () => ['status']],
    ])(
      'should refuse chc %s at once, naming the server',
      async (_, args) => {
        const run = await runChc(args(), env());
        expect(run.code).not.toBe(0);
        const [, pid, command] = REFUSED.exec(run.stderr) ?? [];
        expect(Number(pid)).toBe(server.child.pid);
        expect(command).toBe('serve');
        expect(run.stderr).toContain('DATABASE_URL');
        // Generous for a loaded machine: the point is that it does not wait for the server.
        expect(run.ms).toBeLessThan(60_000);
      },
      120_000,
    );

    it('should open afterwards with what was stored before', async () => {
      server.child.kill('SIGTERM');
      await server.exited;
      expect(await storedAssessments(env())).toBe(1);
    }, 200_000);
  });

  it('should take over the folder of a process that was killed', async () => {
    const env = { CHC_DATA_DIR: path.join(root, 'killed') };
    const server = await startChcServer(env);
    server.child.kill('SIGKILL');
    await server.exited;
    expect(existsSync(path.join(env.CHC_DATA_DIR, 'pglite.lock'))).toBe(true);
    const run = await runChc(['ingest', documents(root, 'after-kill', pdfs.slice(0, 1))], env);
    expect(run.stderr).not.toMatch(REFUSED);
    expect(run.stdout).toContain('1 ingested');
    expect(await storedAssessments(env)).toBe(1);
  }, 400_000);
});
