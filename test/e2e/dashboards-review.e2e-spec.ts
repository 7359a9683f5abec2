import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ApiKeysRepository } from '@chc/access';
import { AssessmentEntity } from '@chc/assessments/entities/assessment.entity';
import { ResponseEntity } from '@chc/assessments/entities/response.entity';
import { loadConfig } from '@chc/config';
import { createScratchDatabase } from '@chc/db';
import { runIngestJobs } from '@chc/ingestion';
import { ingestJobFor } from '@chc/ingestion/jobs/ingest.job';
import { PIPELINE, type Pipeline } from '@chc/pipeline';
import { startApiServer, type ApiServer } from '../../apps/api/api-server';
import { launchBrowser, openView, screenshot, waitForView } from '../support/browser';
import { corpusDir } from '../support/corpus';
import { readOnceChanged } from '../support/corrections-api';
import { testServices } from '../support/services';

/** Markup a landlord's page might carry in a cell: none of it may run or load on ours. */
const HOSTILE_CELL_END =
  '<img src="http://127.0.0.1:9/tracker.png" onerror="window.pwned = 1"></td>';

/** Watches a page for Content Security Policy violations, reported into `violations`. */
async function watchCsp(page: Page, violations: string[]): Promise<void> {
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const page = window as unknown as { reportViolation(this: void, text: string): void };
      page.reportViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) {
      violations.push(message.text());
    }
  });
}

/** The `index`th file of a corpus folder, in name order. */
function readdirFirst(dir: string, index = 0): string {
  return readdirSync(dir).sort()[index]!;
}

describe('the review page', () => {
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  let server: ApiServer;
  let browser: Browser;
  let dir: string;
  let key: string;
  const chosen: Record<'pdf' | 'html', ResponseEntity | null> = { pdf: null, html: null };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'chc-review-'));
    database = await createScratchDatabase(testServices().databaseUrl, 'chc_review');
    server = await startApiServer(
      loadConfig({ DATABASE_URL: database.url, CHC_LOG_LEVEL: 'error' }),
      0,
    );
    const { dataSource } = server.app.get<Pipeline>(PIPELINE).database;
    const pdf = path.join(corpusDir('pdf'), readdirFirst(corpusDir('pdf')));
    const htmlFile = path.join(dir, 'assessment.html');
    const published = readFileSync(
      path.join(corpusDir('html'), readdirFirst(corpusDir('html'), 1)),
      'utf8',
    );
    writeFileSync(htmlFile, published.replaceAll('</td>', HOSTILE_CELL_END));
    const jobs = await Promise.all(
      [pdf, htmlFile].map((file) => ingestJobFor(dataSource, file, readFileSync(file))),
    );
    const run = await runIngestJobs(server.app.get<Pipeline>(PIPELINE).runner, jobs, 'review');
    expect(run.failed).toEqual([]);
    // Both assessments made low-confidence, the PDF's the less sure, each with one least-sure
    // answer: the two head the queue, each showing that answer.
    const assessments = await dataSource.getRepository(AssessmentEntity).find({
      relations: { document: true },
    });
    for (const assessment of assessments) {
      const format = assessment.document!.mediaType === 'pdf' ? 'pdf' : 'html';
      const responses = await dataSource
        .getRepository(ResponseEntity)
        .find({ where: { assessmentId: assessment.id }, order: { row: 'ASC' } });
      const answer = responses.find(
        (r) => r.evidence.length > 40 && (format === 'html' || (r.page ?? 0) >= 2),
      )!;
      chosen[format] = answer;
      await dataSource.getRepository(ResponseEntity).update(answer.id, { confidence: 0 });
      await dataSource.getRepository(AssessmentEntity).update(assessment.id, {
        confidenceLevel: 'low',
        confidenceScore: format === 'pdf' ? 0.1 : 0.2,
      });
    }
    key = (await new ApiKeysRepository(dataSource.manager).create('reviewer', 'analyst')).key;
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    (server?.app.getHttpServer() as Server | undefined)?.closeAllConnections();
    await server?.close();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should show the PDF page and the published HTML row beside the values, within the CSP', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const violations: string[] = [];
    await watchCsp(page, violations);
    await openView(page, server.url, '#/review');
    await page.getByLabel('Analyst API key').fill(key);
    await page.getByRole('button', { name: 'Use key' }).click();
    await waitForView(page);
    const items = page.locator('article.review-item');
    expect(await items.count()).toBeGreaterThanOrEqual(2);
    // The PDF row: its page drawn from the stored bytes, not blank.
    const pdfItem = items.nth(0);
    expect(await pdfItem.locator('.review-values').innerText()).toContain(chosen.pdf!.provision);
    await pdfItem.locator('figure.source-page:not([data-state="drawing"])').waitFor();
    expect(await pdfItem.locator('figure.source-page').getAttribute('data-state')).toBe('drawn');
    expect(await pdfItem.locator('figcaption').innerText()).toBe(
      `Page ${chosen.pdf!.page} of the document`,
    );
    const inked = await pdfItem.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! > 0 && data[i]! + data[i + 1]! + data[i + 2]! < 600) {
          dark++;
        }
      }
      return { share: dark / (data.length / 4), width: canvas.width, height: canvas.height };
    });
    expect(inked.width).toBeGreaterThan(300);
    expect(inked.share).toBeGreaterThan(0.005);
    // The HTML row: the published cells, with the evidence read from them, and nothing hostile.
    const htmlItem = items.nth(1);
    const source = htmlItem.locator('.source-html');
    await source.locator('td').first().waitFor();
    const evidenceStart = chosen.html!.evidence.slice(0, 30);
    expect((await source.innerText()).replace(/\s+/g, ' ')).toContain(
      evidenceStart.replace(/\s+/g, ' '),
    );
    expect(await source.locator('img, script, [onerror]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBe(
      undefined,
    );
    await screenshot(page, 'review');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('should correct an answer beside its source, move the benchmark, and undo it', async () => {
    const target = chosen.html!;
    const gql = async <T>(query: string, variables: Record<string, unknown> = {}) => {
      const reply = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query, variables }),
      });
      return ((await reply.json()) as { data: T }).data;
    };
    const stored = () =>
      gql<{ node: { compliance: string; correctedValues: string[] } }>(
        'query($id: ID!) { node(id: $id) { ... on Response { compliance correctedValues } } }',
        { id: target.id },
      ).then((data) => data.node);
    const counts = () =>
      gql<{ provisionBenchmarks: { yes: number; no: number }[] }>(
        'query($p: String) { provisionBenchmarks(provision: $p) { yes no } }',
        { p: target.provision2024 },
      ).then((data) => data.provisionBenchmarks[0]!);
    const before = await stored();
    const beforeCounts = await counts();
    const [from, to] = before.compliance === 'YES' ? ['yes', 'NO'] : ['no', 'YES'];
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openView(page, server.url, '#/review');
    await page.getByLabel('Analyst API key').fill(key);
    await page.getByRole('button', { name: 'Use key' }).click();
    await waitForView(page);
    const item = page
      .locator('article.review-item')
      .filter({ has: page.locator('.source-html') })
      .first();
    await item.getByLabel('Answer').selectOption(to);
    await item.getByLabel(/^Why/).fill('The published cell says otherwise');
    await item.getByRole('button', { name: 'Save correction' }).click();
    await item.getByText('Corrected.').waitFor();
    expect(await stored()).toEqual({ compliance: to, correctedValues: ['COMPLIANCE'] });
    const moved = { ...beforeCounts };
    moved[from as 'yes' | 'no'] -= 1;
    moved[to.toLowerCase() as 'yes' | 'no'] += 1;
    expect(await readOnceChanged(counts, moved)).toEqual(moved);
    await item.getByRole('button', { name: 'Undo' }).click();
    await item.getByText('Correction undone.').waitFor();
    expect(await stored()).toEqual(before);
    expect(await readOnceChanged(counts, beforeCounts)).toEqual(beforeCounts);
    await page.close();
  });
});
