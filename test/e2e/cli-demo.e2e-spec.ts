import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const CLI = path.resolve(__dirname, '../../dist/apps/cli/main.js');

/** Runs `chc demo` (what `npm start` runs) until it prints where the dashboards are. */
function startDemo(dataDir: string): Promise<{ child: ChildProcess; url: string; output: string }> {
  const child = spawn(process.execPath, [CLI, 'demo', '--landlords', '4', '--port', '0'], {
    env: { PATH: process.env.PATH ?? '', CHC_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Dashboards: (http:\/\/\S+)\//.exec(output);
      if (match) {
        resolve({ child, url: match[1]!, output });
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => reject(new Error(`chc demo exited with ${code}: ${output}`)));
  });
}

describe('npm start (chc demo)', () => {
  let dataDir: string;
  let demo: { child: ChildProcess; url: string; output: string } | undefined;

  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'chc-demo-'));
  });

  afterAll(() => {
    demo?.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should crawl and ingest the demo sites on an embedded database, then serve the dashboards', async () => {
    demo = await startDemo(dataDir);
    const crawled =
      /crawled (\d+) sites .*: self-assessments found on (\d+); (\d+) new assessments stored/.exec(
        demo.output,
      );
    expect(crawled).not.toBeNull();
    const [, sites, found, stored] = crawled!.map(Number);
    expect(found).toBe(sites);
    expect(stored).toBeGreaterThanOrEqual(sites!);
    expect(demo.output).toContain('embedded database');

    const page = await fetch(`${demo.url}/`);
    expect(await page.text()).toContain('<script type="module" src="/app.js">');
    const response = await fetch(`${demo.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ sectorSummary { registeredLandlords assessedLandlords unmatchedAssessments } }',
      }),
    });
    const { data } = (await response.json()) as {
      data: {
        sectorSummary: {
          registeredLandlords: number;
          assessedLandlords: number;
          unmatchedAssessments: number;
        };
      };
    };
    // Every site's assessments belong to its own landlord, even though all sites share one host.
    expect(data.sectorSummary).toEqual({
      registeredLandlords: sites,
      assessedLandlords: sites,
      unmatchedAssessments: 0,
    });
  }, 240_000);
});
