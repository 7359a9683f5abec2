import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { startApiFixture, type ApiFixture, type GraphQLResult } from '../support/api-fixture';
import { undescribed } from '../support/schema-descriptions';

const code = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.code;

describe('GraphQL conventions clients rely on (issue 14)', () => {
  let api: ApiFixture;
  let analyst: string;

  beforeAll(async () => {
    api = await startApiFixture({ CHC_RATE_LIMIT_PUBLIC: '40' });
    analyst = await api.key('analyst');
  }, 180_000);

  type Page = {
    totalCount: number;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
    edges: { cursor: string; node: { id: string; name: string } }[];
  };
  const LANDLORDS =
    'query($first: Int, $after: String, $last: Int, $before: String) { landlords(first: $first, after: $after, last: $last, before: $before) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id name } } } }';
  const landlords = async (args: Record<string, unknown>) => {
    const result = await api.gql<{ landlords: Page }>(LANDLORDS, args, analyst);
    expect(result.errors).toBeUndefined();
    return result.data!.landlords;
  };
  const names = (page: Page) => page.edges.map((e) => e.node.name);

  afterAll(() => api.close());

  it('should describe every type, field, argument and enum value', async () => {
    const { data } = await api.gql<IntrospectionQuery>(getIntrospectionQuery());
    expect(undescribed(data!.__schema.types)).toEqual([]);
  });

  it('should serve no landing page that loads scripts from elsewhere', async () => {
    const page = await fetch(`${api.server.url}/graphql`, { headers: { accept: 'text/html' } });
    const body = await page.text();
    expect(body).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
    expect(body).not.toMatch(/cdn|embeddable-sandbox|apollographql\.com/i);
  });

  it('should keep its place when rows are added before the cursor, and page backwards', async () => {
    const all = await landlords({});
    expect(all.edges.length).toBe(all.totalCount); // first defaults to 20
    const first = await landlords({ first: 2 });
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const added = await api.gql(
      'mutation { saveLandlord(input: { name: "0 Newly Registered Homes" }) { id } }',
      {},
      analyst,
    );
    expect(added.errors).toBeUndefined();
    const second = await landlords({ first: 2, after: first.pageInfo.endCursor });
    // Offsets would show the second landlord again, pushed along by the new first one.
    expect(names(second)).toEqual(names(all).slice(2, 4));
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    const now = names(await landlords({}));
    expect(now[0]).toBe('0 Newly Registered Homes');
    const back = await landlords({ last: 2, before: second.pageInfo.startCursor });
    expect(names(back)).toEqual(now.slice(1, 3));
    expect(back.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const end = await landlords({ last: 1 });
    expect(names(end)).toEqual(names(all).slice(-1));
    expect(end.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it.each([
    ['provisionEvidence(provision: "5.8"', 'id'],
    ['search(query: "complaint"', 'responseId'],
  ])('should page %s) one item at a time, each once, in order', async (field, id) => {
    const query = (after: string | null) =>
      api.gql<{
        list: {
          totalCount: number;
          pageInfo: Page['pageInfo'];
          edges: { node: Record<string, string> }[];
        };
      }>(
        `query($after: String) { list: ${field}, first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${id} } } } }`,
        { after },
        analyst,
      );
    const whole = await api.gql<{ list: { edges: { node: Record<string, string> }[] } }>(
      `{ list: ${field}, first: 100) { edges { node { ${id} } } } }`,
      {},
      analyst,
    );
    const expected = whole.data!.list.edges.map((e) => e.node[id]);
    expect(expected.length).toBeGreaterThan(2);
    const seen: string[] = [];
    let after: string | null = null;
    // The whole list, or its first 100 when longer.
    for (let i = 0; i < expected.length; i++) {
      const { data, errors } = await query(after);
      expect(errors).toBeUndefined();
      seen.push(...data!.list.edges.map((e) => e.node[id]!));
      if (!data!.list.pageInfo.hasNextPage) {
        break;
      }
      after = data!.list.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('should price pages asked for with last, or with no size, like pages asked with first', async () => {
    for (const size of ['last: 100', '']) {
      const args = size ? `(${size})` : '';
      const query = `{ landlords${args} { edges { node { assessments${args} { edges { node { responses${args} { edges { node { id evidence } } } } } } } } } }`;
      const result = await api.gql(query, {}, analyst);
      expect([size, code(result)]).toEqual([size, 'QUERY_TOO_COMPLEX']);
    }
  });

  it('should refuse a cursor it did not make, naming the argument', async () => {
    for (const [arg, cursor] of [
      ['after', 'bm90LWEtY3Vyc29y'],
      ['before', Buffer.from('{"k":["x","not-a-uuid"]}').toString('base64url')],
    ] as const) {
      const result = await api.gql(
        `{ landlords(${arg === 'after' ? 'first' : 'last'}: 2, ${arg}: "${cursor}") { totalCount } }`,
        {},
        analyst,
      );
      expect(code(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.message).toContain(`\`${arg}\``);
    }
  });

  it('should fetch any object again by its id through node(id:), and null for none', async () => {
    const { data } = await api.gql<{
      landlords: {
        edges: {
          node: {
            id: string;
            currentAssessment: {
              id: string;
              source: { id: string };
              responses: { edges: { node: { id: string; flags: { id: string }[] } }[] };
            } | null;
          };
        }[];
      };
    }>(
      '{ landlords(first: 10) { edges { node { id currentAssessment { id source { id } responses(first: 100) { edges { node { id flags { id } } } } } } } } }',
      {},
      analyst,
    );
    const landlord = data!.landlords.edges.find((e) => e.node.currentAssessment)!.node;
    const assessment = landlord.currentAssessment!;
    const response = assessment.responses.edges.find((e) => e.node.flags.length > 0)!.node;
    const NODE =
      'query($id: ID!) { node(id: $id) { __typename id ... on Landlord { name } ... on Assessment { edition } } }';
    const expected: [string, string][] = [
      [landlord.id, 'Landlord'],
      [assessment.id, 'Assessment'],
      [response.id, 'Response'],
      [response.flags[0]!.id, 'Flag'],
      [assessment.source.id, 'SourceDocument'],
    ];
    for (const [id, typename] of expected) {
      const result = await api.gql<{ node: { __typename: string; id: string } }>(
        NODE,
        { id },
        analyst,
      );
      expect(result.data!.node).toMatchObject({ __typename: typename, id });
    }
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const query of [
      'query($id: ID!) { node(id: $id) { id } }',
      'query($id: ID!) { landlord(id: $id) { id } }',
      'query($id: ID!) { assessment(id: $id) { id } }',
      'query($id: ID!) { scorecard(landlordId: $id) { summary } }',
      'query($id: ID!) { assessmentChanges(landlordId: $id) { answersChanged } }',
    ]) {
      const result = await api.gql<Record<string, unknown>>(query, { id: unknown }, analyst);
      expect([result.errors, Object.values(result.data!)]).toEqual([undefined, [null]]);
    }
    const compared = await api.gql(
      'query($ids: [ID!]!) { compareLandlords(landlordIds: $ids) { provisions { provision } } }',
      { ids: [landlord.id, unknown] },
      analyst,
    );
    expect(code(compared)).toBe('NOT_FOUND');
    expect(compared.errors![0]!.message).toContain(unknown);
  });

  it('should answer with enums and dates, not strings', async () => {
    const { data, errors } = await api.gql<{
      landlords: {
        edges: {
          node: {
            currentAssessment: {
              edition: string;
              completedOn: string | null;
              responses: { edges: { node: { flags: { kind: string }[] } }[] };
            } | null;
          };
        }[];
      };
      codeProvisions: { edition: string }[];
    }>(
      '{ codeProvisions(edition: CODE_2022) { edition } landlords(first: 10) { edges { node { currentAssessment { edition completedOn responses(first: 100) { edges { node { flags { kind } } } } } } } } }',
      {},
      analyst,
    );
    expect(errors).toBeUndefined();
    expect(new Set(data!.codeProvisions.map((p) => p.edition))).toEqual(new Set(['CODE_2022']));
    const assessments = data!.landlords.edges.flatMap((e) => e.node.currentAssessment ?? []);
    expect(assessments.length).toBeGreaterThan(0);
    for (const a of assessments) {
      expect(a.edition).toBe('CODE_2024');
      expect(a.completedOn === null || /^\d{4}-\d\d-\d\d$/.test(a.completedOn)).toBe(true);
    }
    const kinds = assessments.flatMap((a) =>
      a.responses.edges.flatMap((e) => e.node.flags.map((f) => f.kind)),
    );
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((k) => ['BOILERPLATE', 'CONTRADICTION', 'UNSUPPORTED'].includes(k))).toBe(
      true,
    );
    const filtered = await api.gql<{ sectorSummary: { coverage: { edition: string }[] } }>(
      '{ sectorSummary(filter: { editions: [CODE_2024] }) { coverage { edition } } }',
      {},
      analyst,
    );
    expect(filtered.data!.sectorSummary.coverage).toEqual([{ edition: 'CODE_2024' }]);
  });

  it('should refuse a provision the Code does not have, naming it, not answer empty', async () => {
    for (const query of [
      '{ provisionEvidence(provision: "99.9", first: 5) { totalCount } }',
      '{ provisionBreakdown(provision: "99.9", by: KIND) { group } }',
      '{ provisionBenchmarks(provision: "99.9") { provision } }',
    ]) {
      const result = await api.gql(query, {}, analyst);
      expect(code(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.message).toContain('"99.9"');
    }
    const known = await api.gql<{ provisionEvidence: { totalCount: number } }>(
      '{ provisionEvidence(provision: "5.8") { totalCount } }',
      {},
      analyst,
    );
    expect(known.data!.provisionEvidence.totalCount).toBeGreaterThan(0);
  });

  it('should let a dashboards session browse freely while an anonymous client is limited', async () => {
    const session = await fetch(`${api.server.url}/api/session`, { method: 'POST' });
    expect(session.status).toBe(201);
    const { token } = (await session.json()) as { token: string };
    const asDashboards = (query: string) =>
      fetch(`${api.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-chc-session': token },
        body: JSON.stringify({ query }),
      }).then(async (r) => ({
        status: r.status,
        ...((await r.json()) as Omit<GraphQLResult, 'status'>),
      }));
    // An overview, landlord and compare page each ask for several things at once; about
    // 60 requests in a minute, more than the public limit of 40 allows one address.
    const pages = [
      '{ filterOptions { years } sectorSummary { assessedLandlords } provisionBenchmarks { provision } codeProvisions { id } }',
      '{ landlords(first: 5) { edges { node { id name } } } filterOptions { regions } }',
      '{ codeProvisions { id } provisionBenchmarks { provision } }',
    ];
    for (let i = 0; i < 60; i++) {
      const result = await asDashboards(pages[i % pages.length]!);
      expect([result.status, code(result)]).toEqual([200, undefined]);
    }
    const forged = await fetch(`${api.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-chc-session': `${token}x` },
      body: JSON.stringify({ query: '{ codeProvisions { id } }' }),
    });
    expect(forged.status).toBe(401);
    const anonymous: (string | undefined)[] = [];
    for (let i = 0; i < 45; i++) {
      anonymous.push(code(await api.gql('{ codeProvisions { id } }')));
    }
    expect(anonymous).toContain('RATE_LIMITED');
  });
});
