import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { ExtractionResult } from '@ingest/core';
import { runIngestJobs } from '@chc/ingestion';
import { ingestJobFor } from '@chc/ingestion/jobs/ingest.job';
import { importLandlords } from '@chc/landlords';
import { startApiFixture, type ApiFixture } from '../support/api-fixture';
import { launchBrowser, openView, screenshot } from '../support/browser';
import { goldAssessments } from '../support/gold';
import { imageAnswerPdf } from '../support/image-answer-pdf';

const CLI = path.resolve(__dirname, '../../dist/apps/cli/main.js');
const LANDLORD = 'Lowmoor Housing';
const UNREADABLE =
  /^72 of 72 provisions have no readable answer: the answer column may be an image/;

interface Listed {
  lowConfidenceAssessments: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        landlord: string | null;
        confidence: { level: string; score: number; reasons: string[] };
        source: { source: string };
      };
    }[];
  };
}

const LIST = `{ lowConfidenceAssessments(first: 10) { totalCount edges { node { id landlord
  confidence { level score reasons } source { source } } } } }`;

describe('a document whose answers are images', () => {
  let api: ApiFixture;
  let browser: Browser;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'chc-image-answers-'));
    browser = await launchBrowser();
    file = path.join(dir, 'image-answers.pdf');
    writeFileSync(file, await imageAnswerPdf(browser, LANDLORD, goldAssessments()[0]!));
    api = await startApiFixture();
    const manager = api.pipeline.database.dataSource.manager;
    await importLandlords(manager, `name,kind,region,homes\n"${LANDLORD}",almo,North West,3000`);
    const job = await ingestJobFor(api.pipeline.database.dataSource, file, readFileSync(file));
    const run = await runIngestJobs(api.pipeline.runner, [job], 'image-answers');
    expect(run.ingested).toHaveLength(1);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should be read as a table of 72 provisions with low confidence by chc extract', () => {
    if (!existsSync(CLI)) {
      throw new Error(`build the CLI first (npm run build): ${CLI} is missing`);
    }
    // One run: the JSON written with --out, the summary table on stderr.
    const out = path.join(dir, 'extracted');
    const run = spawnSync(process.execPath, [CLI, 'extract', file, '--out', out], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(run.status).toBe(0);
    const result = JSON.parse(
      readFileSync(path.join(out, 'image-answers.pdf.json'), 'utf8'),
    ) as ExtractionResult;
    expect(result.responses).toHaveLength(72);
    expect(result.confidence).toMatchObject({ level: 'low', structure: 'table', answeredShare: 0 });
    expect(result.warnings.some((w) => /^low extraction confidence: 72 of 72/.test(w))).toBe(true);
    const summary = run.stderr.split('\n');
    const row = summary.find((line) => line.startsWith('image-answers.pdf'));
    expect(row).toMatch(/\b72\s+0\s+0\s+0\s+0\s+72 low 0\.\d\d\b/);
    expect(summary).toContainEqual(expect.stringMatching(`^low confidence: ${file}: 72 of 72`));
  });

  it('should be stored, and listed for analysts as the one low-confidence assessment', async () => {
    const { data, errors } = await api.gql<Listed>(LIST, {}, await api.key('analyst'));
    expect(errors).toBeUndefined();
    const list = data!.lowConfidenceAssessments;
    // The five corpus documents the fixture ingested are read with high confidence.
    expect(list.totalCount).toBe(1);
    const node = list.edges[0]!.node;
    expect(node.landlord).toBe(LANDLORD);
    expect(node.source.source).toBe('file:image-answers.pdf');
    expect(node.confidence.level).toBe('LOW');
    expect(node.confidence.reasons[0]).toMatch(UNREADABLE);

    const stored = await api.gql<{
      assessment: {
        confidence: { level: string };
        responses: {
          totalCount: number;
          edges: { node: { compliance: string; confidence: number } }[];
        };
      };
    }>(
      `query($id: ID!) { assessment(id: $id) { confidence { level }
        responses(first: 100) { totalCount edges { node { compliance confidence } } } } }`,
      { id: node.id },
    );
    expect(stored.data!.assessment.confidence.level).toBe('LOW');
    expect(stored.data!.assessment.responses.totalCount).toBe(72);
    for (const { node: response } of stored.data!.assessment.responses.edges) {
      expect(response.compliance).toBe('NOT_STATED');
      expect(response.confidence).toBeLessThan(0.5);
    }
  });

  it('should refuse the list to a caller without an analyst key', async () => {
    const { errors } = await api.gql(LIST);
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('should be listed in the operations view', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await openView(page, api.server.url, '#/operations');
      await page.getByLabel('Analyst API key').fill(await api.key('analyst'));
      await page.getByRole('button', { name: 'Use key' }).click();
      const heading = page.getByRole('heading', { name: 'Low-confidence extractions (1)' });
      await heading.waitFor();
      const row = page.locator('tr', { hasText: 'file:image-answers.pdf' });
      expect(await row.innerText()).toMatch(
        new RegExp(
          `${LANDLORD}[\\s\\S]*low 0\\.\\d\\d[\\s\\S]*72 of 72 provisions have no readable answer`,
        ),
      );
      await screenshot(page, 'operations-low-confidence');
    } finally {
      await page.close();
    }
  });
});
