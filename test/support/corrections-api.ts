import type { ApiFixture, GraphQLResult } from './api-fixture';

export const CORRECT = `mutation($id: ID!, $input: ResponseCorrectionInput!, $note: String!) {
  correctResponse(id: $id, input: $input, note: $note) {
    id provision provision2024 compliance evidence commentary specificity correctedValues
  }
}`;

export const UNDO = 'mutation($id: ID!) { undoCorrection(id: $id) { id status } }';

export interface ResponseRow {
  id: string;
  provision: string;
  provision2024: string | null;
  compliance: string;
  evidence: string;
  commentary: string;
  specificity: number;
  correctedValues: string[];
}

export const code = (result: GraphQLResult) => result.errors?.[0]?.extensions?.code;

export const reason = (result: GraphQLResult) =>
  (result.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason;

/** The responses of the current assessment of the n-th landlord (by name) that has one. */
export async function currentResponses(
  api: ApiFixture,
  key: string,
  landlordIndex: number,
): Promise<ResponseRow[]> {
  const result = await api.gql<{
    landlords: { edges: { node: { name: string; currentAssessment: { id: string } | null } }[] };
  }>('{ landlords(first: 50) { edges { node { name currentAssessment { id } } } } }', {}, key);
  if (!result.data) {
    throw new Error(`landlords: ${JSON.stringify(result.errors)}`);
  }
  const [landlord] = result.data.landlords.edges
    .map((e) => e.node)
    .filter((l) => l.currentAssessment)
    .sort((a, b) => a.name.localeCompare(b.name))
    .slice(landlordIndex);
  const responses = await api.gql<{
    assessment: { responses: { edges: { node: ResponseRow }[] } };
  }>(
    `query($id: ID!) { assessment(id: $id) { responses(first: 100) {
      edges { node { id provision provision2024 compliance evidence commentary specificity correctedValues } }
    } } }`,
    { id: landlord!.currentAssessment!.id },
    key,
  );
  if (!responses.data) {
    throw new Error(`responses: ${JSON.stringify(responses.errors)}`);
  }
  return responses.data.assessment.responses.edges.map((e) => e.node);
}

export interface ProvisionCounts {
  yes: number;
  no: number;
  partial: number;
  notApplicable: number;
  notStated: number;
  total: number;
}

/** How the sector's current assessments answer one 2024 provision. */
export async function provisionCounts(
  api: ApiFixture,
  provision: string,
): Promise<ProvisionCounts> {
  const result = await api.gql<{ provisionBenchmarks: ProvisionCounts[] }>(
    'query($p: String) { provisionBenchmarks(provision: $p) { yes no partial notApplicable notStated total } }',
    { p: provision },
  );
  return result.data!.provisionBenchmarks[0]!;
}

/**
 * What `read` gives once it equals `expected`, or its last answer after 10 s: the API's
 * benchmark cache empties on the database's change notice, which lands a moment after the
 * commit.
 */
export async function readOnceChanged<T>(read: () => Promise<T>, expected: T): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (JSON.stringify(value) === JSON.stringify(expected) || Date.now() > deadline) {
      return value;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The provision's counts once they match `expected` (see `readOnceChanged`). */
export function countsOnceChanged(
  api: ApiFixture,
  provision: string,
  expected: ProvisionCounts,
): Promise<ProvisionCounts> {
  return readOnceChanged(() => provisionCounts(api, provision), expected);
}
