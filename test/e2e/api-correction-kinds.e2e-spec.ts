import { startApiFixture, type ApiFixture } from '../support/api-fixture';
import {
  countsOnceChanged,
  currentResponses,
  provisionCounts,
  reason,
  UNDO,
  type ResponseRow,
} from '../support/corrections-api';

const REMOVE =
  'mutation($id: ID!) { removeProvision(id: $id, note: "not a row of the form") { id status } }';
const ADD = `mutation($assessment: ID!, $input: ProvisionInput!) {
  addProvision(assessmentId: $assessment, input: $input, note: "merged into the row above") {
    id provision compliance evidence correctedValues
  }
}`;
const ASSESSMENT = `mutation($id: ID!, $input: AssessmentCorrectionInput!) {
  correctAssessment(id: $id, input: $input, note: "the cover page gives the year") { id year }
}`;
const AGREEMENT = `{ operationsStatus { agreement {
  reviewedResponses correctedResponses correctedShare reviewedAssessments byKind { kind corrected reviewed share }
} } }`;

interface Agreement {
  reviewedResponses: number;
  correctedResponses: number;
  correctedShare: number | null;
  reviewedAssessments: number;
  byKind: { kind: string; corrected: number; reviewed: number; share: number | null }[];
}

describe('correcting provisions and assessments, and agreement', () => {
  let api: ApiFixture;
  let analyst: string;

  beforeAll(async () => {
    api = await startApiFixture();
    analyst = await api.key('analyst');
  }, 240_000);

  afterAll(() => api.close());

  const assessmentOf = async (response: ResponseRow) =>
    (
      await api.gql<{ node: { assessment: { id: string; year: number | null } } }>(
        'query($id: ID!) { node(id: $id) { ... on Response { assessment { id year } } } }',
        { id: response.id },
        analyst,
      )
    ).data!.node.assessment;

  it('should remove a wrong row and add a missed one, counted in the benchmarks, and undo both in turn', async () => {
    const rows = await currentResponses(api, analyst, 0);
    const row = rows.find((r) => r.provision2024 && r.compliance === 'YES')!;
    const { id: assessmentId } = await assessmentOf(row);
    const before = await provisionCounts(api, row.provision2024!);

    const removed = await api.gql<{ removeProvision: { id: string; status: string } }>(
      REMOVE,
      { id: row.id },
      analyst,
    );
    expect(removed.data!.removeProvision.status).toBe('ACTIVE');
    expect((await currentResponses(api, analyst, 0)).map((r) => r.id)).not.toContain(row.id);
    const without = { ...before, yes: before.yes - 1, total: before.total - 1 };
    expect(await countsOnceChanged(api, row.provision2024!, without)).toEqual(without);

    const added = await api.gql<{ addProvision: ResponseRow }>(
      ADD,
      {
        assessment: assessmentId,
        input: { provision: row.provision, compliance: 'NO', evidence: 'No policy yet.' },
      },
      analyst,
    );
    expect(added.data!.addProvision).toMatchObject({
      provision: row.provision,
      compliance: 'NO',
      evidence: 'No policy yet.',
      correctedValues: ['PROVISION_ADDED'],
    });
    const replaced = { ...without, no: without.no + 1, total: before.total };
    expect(await countsOnceChanged(api, row.provision2024!, replaced)).toEqual(replaced);

    // The removal cannot be undone while the row added after it stands.
    const refused = await api.gql(UNDO, { id: removed.data!.removeProvision.id }, analyst);
    expect(reason(refused)).toBe('later_corrections');
    const log = await api.gql<{ corrections: { edges: { node: { id: string } }[] } }>(
      '{ corrections(first: 1, kind: PROVISION_ADDED) { edges { node { id } } } }',
      {},
      analyst,
    );
    for (const id of [log.data!.corrections.edges[0]!.node.id, removed.data!.removeProvision.id]) {
      expect((await api.gql(UNDO, { id }, analyst)).errors).toBeUndefined();
    }
    const restored = (await currentResponses(api, analyst, 0)).find(
      (r) => r.provision === row.provision,
    );
    expect(restored).toMatchObject({
      compliance: 'YES',
      evidence: row.evidence,
      commentary: row.commentary,
      correctedValues: [],
    });
    expect(await countsOnceChanged(api, row.provision2024!, before)).toEqual(before);
  }, 120_000);

  it('should correct an assessment’s year, refuse a correction that changes nothing, and undo it', async () => {
    const [row] = await currentResponses(api, analyst, 1);
    const assessment = await assessmentOf(row!);
    const year = (assessment.year ?? 2024) - 3;
    const corrected = await api.gql<{ correctAssessment: { year: number } }>(
      ASSESSMENT,
      { id: assessment.id, input: { year } },
      analyst,
    );
    expect(corrected.data!.correctAssessment.year).toBe(year);
    const same = await api.gql(ASSESSMENT, { id: assessment.id, input: { year } }, analyst);
    expect(reason(same)).toBe('nothing_to_correct');
    const log = await api.gql<{ corrections: { edges: { node: { id: string } }[] } }>(
      '{ corrections(first: 1, kind: YEAR) { edges { node { id } } } }',
      {},
      analyst,
    );
    await api.gql(UNDO, { id: log.data!.corrections.edges[0]!.node.id }, analyst);
    expect((await assessmentOf(row!)).year).toBe(assessment.year);
  });

  it('should report the share of reviewed responses that needed a correction, by kind', async () => {
    const rows = await currentResponses(api, analyst, 2);
    const [confirmed, other, corrected] = rows;
    for (const r of [confirmed!, other!]) {
      const result = await api.gql(
        'mutation($id: ID!) { confirmResponse(id: $id, note: "checked against the PDF") { id } }',
        { id: r.id },
        analyst,
      );
      expect(result.errors).toBeUndefined();
    }
    await api.gql(
      'mutation($id: ID!) { correctResponse(id: $id, input: { commentary: "Reviewed monthly." }, note: "cut short") { id } }',
      { id: corrected!.id },
      analyst,
    );
    const { agreement } = (
      await api.gql<{ operationsStatus: { agreement: Agreement } }>(AGREEMENT, {}, analyst)
    ).data!.operationsStatus;
    // Everything the earlier tests did here was undone, so it does not count.
    expect(agreement).toMatchObject({
      reviewedResponses: 3,
      correctedResponses: 1,
      reviewedAssessments: 1,
    });
    expect(agreement.correctedShare).toBeCloseTo(1 / 3);
    const byKind = new Map(agreement.byKind.map((k) => [k.kind, k]));
    expect(byKind.get('COMMENTARY')).toEqual({
      kind: 'COMMENTARY',
      corrected: 1,
      reviewed: 3,
      share: 1 / 3,
    });
    expect(byKind.get('COMPLIANCE')).toMatchObject({ corrected: 0, reviewed: 3, share: 0 });
    expect(byKind.get('YEAR')).toMatchObject({ corrected: 0, reviewed: 1 });
  });
});
