import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { corpusDir } from '../support/corpus';

const CLI = path.resolve(__dirname, '../../dist/apps/cli/main.js');

describe('chc ingest, status and landlords on the embedded database', () => {
  let dataDir: string;
  let server: http.Server;
  let base: string;
  const html = readdirSync(corpusDir('html')).sort()[0]!;

  // Asynchronous, so the test's own web server can answer while the command runs.
  const chc = (args: string[], env: Record<string, string> = {}) =>
    new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [CLI, ...args],
        {
          encoding: 'utf8',
          timeout: 120_000,
          env: { PATH: process.env.PATH ?? '', CHC_DATA_DIR: dataDir, ...env },
        },
        (error, stdout, stderr) =>
          resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'chc-cli-ingest-'));
    server = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', etag: '"a1"' });
      res.end(readFileSync(path.join(corpusDir('html'), html)));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should refuse a loopback URL unless CHC_CRAWL_ALLOW names it, then ingest it and match the landlord by host', async () => {
    const refused = await chc(['ingest', `${base}/assessment.html`]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(/failed: .*refused: 127\.0\.0\.1 is a loopback address/);

    const registry = path.join(dataDir, 'landlords.csv');
    writeFileSync(registry, `name,website,kind\nLoopback Homes,${base},housing association\n`);
    expect((await chc(['landlords', 'import', registry])).stdout).toContain('1 landlords added');

    const ingested = await chc(['ingest', `${base}/assessment.html`], {
      CHC_CRAWL_ALLOW: '127.0.0.1',
    });
    expect(ingested.status).toBe(0);
    expect(ingested.stdout).toContain('1 ingested, 0 unchanged, 0 failed');
    expect(ingested.stdout).not.toContain('not matched');

    const status = JSON.parse((await chc(['status', '--json'])).stdout) as Record<string, unknown>;
    expect(status).toMatchObject({
      database: 'embedded',
      queue: 'in-process',
      landlords: 1,
      documents: 1,
      failedDocuments: 0,
      assessments: 1,
      currentAssessments: 1,
      responses: 72,
    });
  });

  it('should report a folder with a bad file, ingest the rest and say so in the exit status', async () => {
    const folder = mkdtempSync(path.join(dataDir, 'docs-'));
    writeFileSync(path.join(folder, 'empty.pdf'), '');
    writeFileSync(
      path.join(folder, 'assessment.txt'),
      readFileSync(path.join(corpusDir('seeds'), readdirSync(corpusDir('seeds')).sort()[1]!)),
    );
    const run = await chc(['ingest', folder]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^1 ingested, 0 unchanged, 1 failed/);
    expect(run.stdout).toMatch(/failed: .*empty\.pdf: the file is empty/);
  });
});
