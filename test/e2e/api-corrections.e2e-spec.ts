import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ReanalysisService } from '@chc/assessments/reanalysis.service';
import { startApiFixture, type ApiFixture } from '../support/api-fixture';
import { runChc } from '../support/chc-process';
import { corpusDir } from '../support/corpus';
import {
  CORRECT,
  code,
  countsOnceChanged,
  currentResponses,
  provisionCounts,
  reason,
  UNDO,
  type ResponseRow,
} from '../support/corrections-api';

describe('correcting what was read, over GraphQL', () => {
  let api: ApiFixture;
  let analyst: string;

  beforeAll(async () => {
    api = await startApiFixture();
    analyst = await api.key('analyst');
  }, 240_000);

  afterAll(() => api.close());

  /** A response of a corpus landlord answered `yes`, with a 2024 provision to count it under. */
  async function answeredYes(landlordIndex: number): Promise<ResponseRow> {
    const rows = await currentResponses(api, analyst, landlordIndex);
    return rows.find(
      (r) => r.compliance === 'YES' && r.provision2024 && r.correctedValues.length === 0,
    )!;
  }

  it('should refuse corrections, undoing and the audit log to callers who are not analysts', async () => {
    const response = await answeredYes(0);
    const variables = { id: response.id, input: { compliance: 'NO' }, note: 'reads no' };
    const asPublic = await api.key('public');
    for (const key of [undefined, asPublic]) {
      expect(code(await api.gql(CORRECT, variables, key))).toBe('FORBIDDEN');
      expect(code(await api.gql(UNDO, { id: response.id }, key))).toBe('FORBIDDEN');
      expect(code(await api.gql('{ corrections(first: 5) { totalCount } }', {}, key))).toBe(
        'FORBIDDEN',
      );
      expect(
        code(
          await api.gql(
            'mutation($id: ID!) { confirmResponse(id: $id, note: "read right") { id } }',
            { id: response.id },
            key,
          ),
        ),
      ).toBe('FORBIDDEN');
    }
    const after = (await currentResponses(api, analyst, 0)).find((r) => r.id === response.id)!;
    expect(after.compliance).toBe('YES');
  });

  it('should keep a corrected answer through a re-ingest of the same bytes and a re-analysis, in the benchmark counts', async () => {
    const response = await answeredYes(1);
    const before = await provisionCounts(api, response.provision2024!);
    const corrected = await api.gql<{ correctResponse: ResponseRow }>(
      CORRECT,
      { id: response.id, input: { compliance: 'NO' }, note: 'the commentary admits a gap' },
      analyst,
    );
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.correctResponse).toMatchObject({
      compliance: 'NO',
      correctedValues: ['COMPLIANCE'],
    });
    const expected = { ...before, yes: before.yes - 1, no: before.no + 1 };
    const counted = await countsOnceChanged(api, response.provision2024!, expected);
    expect(counted).toEqual(expected);

    // The same bytes again, then the whole analysis again: neither reads the answer back.
    const dir = corpusDir('pdf');
    for (const name of readdirSync(dir)) {
      expect((await api.pipeline.ingestion.ingestFile(path.join(dir, name))).status).toBe(
        'unchanged',
      );
    }
    await new ReanalysisService(api.pipeline.database.dataSource).reanalyseCurrent();
    const stored = (await currentResponses(api, analyst, 1)).find(
      (r) => r.provision === response.provision,
    )!;
    expect(stored).toMatchObject({
      id: response.id,
      compliance: 'NO',
      correctedValues: ['COMPLIANCE'],
    });
    expect(await provisionCounts(api, response.provision2024!)).toEqual(counted);
  }, 120_000);

  it('should judge corrected text again, and undo restore the value and its counts', async () => {
    const response = await answeredYes(2);
    const before = await provisionCounts(api, response.provision2024!);
    const evidence =
      'In 2024/25 we logged 412 stage 1 complaints; 96% were acknowledged within 5 working days (audited by the Head of Customer Experience on 3 March 2025).';
    const corrected = await api.gql<{ correctResponse: ResponseRow }>(
      CORRECT,
      { id: response.id, input: { compliance: 'PARTIAL', evidence }, note: 'split wrongly' },
      analyst,
    );
    expect(corrected.data!.correctResponse).toMatchObject({ compliance: 'PARTIAL', evidence });
    expect([...corrected.data!.correctResponse.correctedValues].sort()).toEqual([
      'COMPLIANCE',
      'EVIDENCE',
    ]);
    // Judged from the corrected words: figures, dates and a role are concrete details.
    expect(corrected.data!.correctResponse.specificity).toBeGreaterThan(response.specificity);
    const expected = { ...before, yes: before.yes - 1, partial: before.partial + 1 };
    expect(await countsOnceChanged(api, response.provision2024!, expected)).toEqual(expected);

    const log = await api.gql<{
      corrections: { edges: { node: { id: string; kind: string } }[] };
    }>(
      'query($id: ID!) { corrections(first: 10, responseId: $id) { edges { node { id kind } } } }',
      { id: response.id },
      analyst,
    );
    const byKind = new Map(log.data!.corrections.edges.map((e) => [e.node.kind, e.node.id]));
    // A second correction of the answer builds on the first: the first cannot be undone alone.
    const again = await api.gql<{ correctResponse: ResponseRow }>(
      CORRECT,
      { id: response.id, input: { compliance: 'NO' }, note: 'no after all' },
      analyst,
    );
    expect(again.errors).toBeUndefined();
    const refused = await api.gql(UNDO, { id: byKind.get('COMPLIANCE') }, analyst);
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(reason(refused)).toBe('later_corrections');

    const latest = await api.gql<{ corrections: { edges: { node: { id: string } }[] } }>(
      'query($id: ID!) { corrections(first: 1, responseId: $id, kind: COMPLIANCE, active: true) { edges { node { id } } } }',
      { id: response.id },
      analyst,
    );
    for (const id of [
      latest.data!.corrections.edges[0]!.node.id,
      byKind.get('COMPLIANCE'),
      byKind.get('EVIDENCE'),
    ]) {
      const undone = await api.gql<{ undoCorrection: { status: string } }>(UNDO, { id }, analyst);
      expect(undone.data?.undoCorrection.status).toBe('UNDONE');
    }
    const restored = (await currentResponses(api, analyst, 2)).find((r) => r.id === response.id)!;
    expect(restored).toMatchObject({
      compliance: 'YES',
      evidence: response.evidence,
      specificity: response.specificity,
      correctedValues: [],
    });
    expect(await countsOnceChanged(api, response.provision2024!, before)).toEqual(before);
    const twice = await api.gql(UNDO, { id: byKind.get('EVIDENCE') }, analyst);
    expect(reason(twice)).toBe('not_in_force');
  }, 120_000);

  it('should list every correction in the audit log, export it, and mark corrected values in the responses export', async () => {
    const response = await answeredYes(3);
    await api.gql(
      CORRECT,
      {
        id: response.id,
        input: { commentary: 'We will review this by June.' },
        note: 'commentary cut short',
      },
      analyst,
    );
    const log = await api.gql<{
      corrections: {
        totalCount: number;
        edges: { node: Record<string, unknown> }[];
      };
    }>(
      '{ corrections(first: 50) { totalCount edges { node { kind status provision note correctedBy correctedByRole oldValue newValue dropped } } } }',
      {},
      analyst,
    );
    expect(log.data!.corrections.edges[0]!.node).toEqual({
      kind: 'COMMENTARY',
      status: 'ACTIVE',
      provision: response.provision,
      note: 'commentary cut short',
      correctedBy: 'test analyst',
      correctedByRole: 'analyst',
      oldValue: JSON.stringify(response.commentary),
      newValue: JSON.stringify('We will review this by June.'),
      dropped: false,
    });
    // One kept from the re-ingest test, three made and undone, this one.
    expect(log.data!.corrections.totalCount).toBe(5);

    const exported = await runChc(['corrections', 'export', '--format', 'jsonl'], {
      DATABASE_URL: api.pipeline.database.url,
      CHC_LOG_LEVEL: 'error',
    });
    expect(exported.code).toBe(0);
    const lines = exported.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(log.data!.corrections.totalCount);
    expect(lines.at(-1)).toMatchObject({
      kind: 'commentary',
      status: 'active',
      response_id: response.id,
      corrected_by: 'test analyst',
      note: 'commentary cut short',
    });
    expect(lines.filter((l) => l.status === 'undone')).toHaveLength(3);

    const responses = await fetch(`${api.server.url}/api/exports/responses.jsonl`);
    const rows = (await responses.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { response_id: string; corrected_values: string | null });
    expect(rows.find((r) => r.response_id === response.id)?.corrected_values).toBe('commentary');
    expect(rows.filter((r) => r.corrected_values !== null)).toHaveLength(2);
  }, 120_000);
});
