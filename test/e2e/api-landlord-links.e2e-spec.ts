import { IngestionService } from '@chc/ingestion';
import { DocumentSandbox } from '@ingest/extract';
import { renderDocument, syntheticSector } from '@ingest/synthetic';
import { startApiFixture, type ApiFixture } from '../support/api-fixture';

const code = (result: { errors?: { extensions?: { code?: string } }[] }) =>
  result.errors?.[0]?.extensions?.code;

const LINK = `mutation($assessment: ID!, $landlord: ID!) {
  linkAssessmentToLandlord(assessmentId: $assessment, landlordId: $landlord) { id landlordId year }
}`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

interface LandlordsPage {
  landlords: {
    edges: { node: { id: string; name: string; currentAssessment: { id: string } | null } }[];
  };
}

describe('linking assessments to landlords over GraphQL', () => {
  let api: ApiFixture;
  let analyst: string;
  let sandbox: DocumentSandbox;

  beforeAll(async () => {
    api = await startApiFixture();
    analyst = await api.key('analyst');
    sandbox = new DocumentSandbox();
  }, 180_000);

  afterAll(async () => {
    await sandbox.close();
    await api.close();
  });

  const landlords = async () =>
    (
      await api.gql<LandlordsPage>(
        '{ landlords(first: 50) { edges { node { id name currentAssessment { id } } } } }',
      )
    ).data!.landlords.edges.map((e) => e.node);

  it('should let only analysts link an assessment, and say NOT_FOUND for unknown ids', async () => {
    const [from, to] = (await landlords()).filter((l) => l.currentAssessment);
    const variables = { assessment: from!.currentAssessment!.id, landlord: to!.id };
    expect(code(await api.gql(LINK, variables))).toBe('FORBIDDEN');
    expect(code(await api.gql(LINK, variables, await api.key('public')))).toBe('FORBIDDEN');
    const unknownAssessment = await api.gql(LINK, { ...variables, assessment: UNKNOWN }, analyst);
    expect(code(unknownAssessment)).toBe('NOT_FOUND');
    expect(unknownAssessment.errors![0]!.message).toContain(UNKNOWN);
    const unknownLandlord = await api.gql(LINK, { ...variables, landlord: UNKNOWN }, analyst);
    expect(code(unknownLandlord)).toBe('NOT_FOUND');
    expect(code(await api.gql(LINK, { ...variables, landlord: 'not-an-id' }, analyst))).toBe(
      'BAD_USER_INPUT',
    );
    const linked = await api.gql<{ linkAssessmentToLandlord: { id: string; landlordId: string } }>(
      LINK,
      variables,
      analyst,
    );
    expect(linked.data!.linkAssessmentToLandlord).toMatchObject({
      id: variables.assessment,
      landlordId: to!.id,
    });
  });

  it('should link a stored document to a landlord saved after it', async () => {
    const [assessment] = syntheticSector({
      seed: 5,
      landlords: 1,
      secondYearShare: 0,
      edition2022Share: 0,
    });
    const ingestion = new IngestionService(api.pipeline.database.dataSource, sandbox);
    const outcome = await ingestion.ingestBytes(
      'https://www.saved-later.example.org.uk/self-assessment.html',
      await renderDocument(assessment!, 'html'),
    );
    expect(outcome).toMatchObject({ status: 'ingested', landlord: null });
    const saved = await api.gql<{ saveLandlord: { id: string } }>(
      'mutation($input: LandlordInput!) { saveLandlord(input: $input) { id } }',
      { input: { name: 'Saved Later Homes', website: 'https://www.saved-later.example.org.uk/' } },
      analyst,
    );
    expect(code(saved)).toBeUndefined();
    const now = (await landlords()).find((l) => l.id === saved.data!.saveLandlord.id);
    expect(now?.currentAssessment?.id).toBe(outcome.assessmentId);
  }, 120_000);
});
