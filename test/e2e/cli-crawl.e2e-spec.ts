import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { corpusDir } from '../support/corpus';

const CLI = path.resolve(__dirname, '../../dist/apps/cli/main.js');

describe('chc crawl', () => {
  let dataDir: string;
  let server: http.Server;
  let base: string;
  const document = readFileSync(
    path.join(corpusDir('pdf'), readdirSync(corpusDir('pdf')).sort()[0]!),
  );

  const chc = (args: string[]) =>
    new Promise<{ status: number; stdout: string }>((resolve) => {
      execFile(
        process.execPath,
        [CLI, ...args],
        {
          encoding: 'utf8',
          timeout: 120_000,
          env: {
            PATH: process.env.PATH ?? '',
            CHC_DATA_DIR: dataDir,
            CHC_CRAWL_ALLOW: '127.0.0.1',
            CHC_CRAWL_DELAY_MS: '0',
          },
        },
        (error, stdout) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout }),
      );
    });

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'chc-crawl-'));
    server = http.createServer((req, res) => {
      if (req.url === '/') {
        res
          .writeHead(200, { 'content-type': 'text/html' })
          .end('<a href="/complaints">Complaints</a>');
      } else if (req.url === '/complaints') {
        res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(
            '<a href="/files/sa.pdf">Our self-assessment against the Complaint Handling Code</a>',
          );
      } else if (req.url === '/files/sa.pdf') {
        if (req.headers['if-none-match'] === '"sa1"') {
          res.writeHead(304).end();
        } else {
          res.writeHead(200, { 'content-type': 'application/pdf', etag: '"sa1"' }).end(document);
        }
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should find, fetch and store a registered landlord’s self-assessment, and not download it again unchanged', async () => {
    const registry = path.join(dataDir, 'landlords.csv');
    writeFileSync(
      registry,
      `name,website,kind\nLoopback Homes,${base}/,housing association\nNo Site Homes,,other\n`,
    );
    expect((await chc(['landlords', 'import', registry])).status).toBe(0);
    expect((await chc(['crawl'])).status).not.toBe(0);

    const first = await chc(['crawl', '--all']);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Loopback Homes\s+found\s+\d+\s+1\s+0/);
    expect(first.stdout).toContain('1 new assessments stored');

    const second = await chc(['crawl', '--landlord', 'Loopback Homes']);
    expect(second.stdout).toMatch(/Loopback Homes\s+found\s+\d+\s+0\s+1/);
    expect(second.stdout).toContain('0 new assessments stored');
  });
});
