import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DocumentSandbox } from '@ingest/extract';
import { renderDocument, syntheticSector } from '@ingest/synthetic';
import { startApiFixture, type ApiFixture } from '../support/api-fixture';
import { runChc } from '../support/chc-process';
import { corpusDir } from '../support/corpus';
import { extractAll } from '../support/corpus-scoring';
import { CORRECT, code, currentResponses, type ResponseRow } from '../support/corrections-api';

const SCORER = path.resolve(__dirname, '../../../shared/eval/score.mjs');

interface LogEntry {
  provision: string;
  status: string;
  assessmentId: string;
  dropped: boolean;
  droppedReason: string | null;
}

describe('corrections across versions of a document, and as gold labels', () => {
  let api: ApiFixture;
  let analyst: string;
  let sandbox: DocumentSandbox;

  beforeAll(async () => {
    api = await startApiFixture();
    analyst = await api.key('analyst');
    sandbox = new DocumentSandbox();
  }, 240_000);

  afterAll(async () => {
    await sandbox.close();
    await api.close();
  });

  (existsSync(SCORER) ? it : it.skip)(
    'should export corrected assessments in the gold format that score.mjs scores extractions against (skipped without ../shared)',
    async () => {
      const rows = await currentResponses(api, analyst, 0);
      const target = rows.find((r) => r.compliance === 'YES')!;
      const corrected = await api.gql(
        CORRECT,
        { id: target.id, input: { compliance: 'NO' }, note: 'the evidence says it is not done' },
        analyst,
      );
      expect(corrected.errors).toBeUndefined();
      const gold = mkdtempSync(path.join(tmpdir(), 'chc-review-'));
      const run = await runChc(['review', 'export', '--out', gold], {
        DATABASE_URL: api.pipeline.database.url,
        CHC_LOG_LEVEL: 'error',
      });
      expect(run.code).toBe(0);
      const [file, ...others] = readdirSync(gold);
      expect(others).toEqual([]);
      const pred = await extractAll(corpusDir('pdf'), sandbox, 'review');
      const score = JSON.parse(
        execFileSync(process.execPath, [SCORER, '--gold', gold, '--pred', pred, '--json'], {
          encoding: 'utf8',
        }),
      ) as {
        docs: {
          doc: string;
          gold: number;
          found: number;
          complianceOk: number;
          misses: string[];
          wrong: string[];
        }[];
      };
      rmSync(gold, { recursive: true, force: true });
      rmSync(pred, { recursive: true, force: true });
      // The extractor reads the document as it was stored: only the analyst's answer differs.
      const [doc] = score.docs;
      expect(doc).toMatchObject({ doc: file!.replace(/\.json$/, ''), misses: [] });
      expect(doc!.found).toBe(doc!.gold);
      expect(doc!.wrong).toEqual([`${target.provision}:yes!=no`]);
      expect(doc!.complianceOk).toBe(rows.length - 1);
    },
    180_000,
  );

  it('should carry corrections to a new version of the document that reads the same, and drop with a reason those it reads otherwise', async () => {
    const [first] = syntheticSector({
      seed: 11,
      landlords: 1,
      secondYearShare: 0,
      edition2022Share: 0,
    });
    const saved = await api.gql<{ saveLandlord: { id: string } }>(
      'mutation($input: LandlordInput!) { saveLandlord(input: $input) { id } }',
      { input: { name: first!.landlord.name, website: first!.landlord.website } },
      analyst,
    );
    const landlordId = saved.data!.saveLandlord.id;
    const source = new URL('self-assessment.html', first!.landlord.website).href;
    const v1 = await api.pipeline.ingestion.ingestBytes(
      source,
      await renderDocument(first!, 'html'),
      undefined,
      landlordId,
    );
    expect(v1.status).toBe('ingested');
    const responses = await api.gql<{
      assessment: { responses: { edges: { node: ResponseRow }[] } };
    }>(
      'query($id: ID!) { assessment(id: $id) { responses(first: 100) { edges { node { id provision compliance } } } } }',
      { id: v1.assessmentId },
      analyst,
    );
    const [kept, changed] = responses
      .data!.assessment.responses.edges.map((e) => e.node)
      .filter((r) => r.compliance === 'YES');
    for (const response of [kept!, changed!]) {
      const result = await api.gql(
        CORRECT,
        { id: response.id, input: { compliance: 'NO' }, note: 'reads no' },
        analyst,
      );
      expect(code(result)).toBeUndefined();
    }

    // The landlord publishes the document again, with one of those answers changed.
    const second = structuredClone(first!);
    const row = second.responses.find((r) => r.provision === changed!.provision)!;
    Object.assign(row, { compliance: 'partial', rawAnswer: 'Partial' });
    const v2 = await api.pipeline.ingestion.ingestBytes(
      source,
      await renderDocument(second, 'html'),
      undefined,
      landlordId,
    );
    expect(v2).toMatchObject({ status: 'ingested', superseded: 1 });
    expect(v2.droppedCorrections).toHaveLength(1);
    expect(v2.droppedCorrections![0]).toContain(`provision ${changed!.provision}`);

    const now = await api.gql<{
      assessment: { responses: { edges: { node: ResponseRow }[] } };
    }>(
      'query($id: ID!) { assessment(id: $id) { responses(first: 100) { edges { node { id provision compliance correctedValues } } } } }',
      { id: v2.assessmentId },
      analyst,
    );
    const byProvision = new Map(
      now.data!.assessment.responses.edges.map((e) => [e.node.provision, e.node]),
    );
    expect(byProvision.get(kept!.provision)).toMatchObject({
      compliance: 'NO',
      correctedValues: ['COMPLIANCE'],
    });
    expect(byProvision.get(changed!.provision)).toMatchObject({
      compliance: 'PARTIAL',
      correctedValues: [],
    });

    const log = await api.gql<{ corrections: { edges: { node: LogEntry }[] } }>(
      '{ corrections(first: 50) { edges { node { provision status assessmentId dropped droppedReason } } } }',
      {},
      analyst,
    );
    const entries = new Map(
      log
        .data!.corrections.edges.filter((e) =>
          [v1.assessmentId, v2.assessmentId].includes(e.node.assessmentId),
        )
        .map((e) => [e.node.provision, e.node]),
    );
    expect(entries.get(kept!.provision)).toMatchObject({
      status: 'ACTIVE',
      assessmentId: v2.assessmentId,
      dropped: false,
    });
    expect(entries.get(changed!.provision)).toMatchObject({
      status: 'DROPPED',
      assessmentId: v1.assessmentId,
      dropped: true,
      droppedReason: expect.stringContaining('“partial”') as string,
    });
  }, 180_000);
});
