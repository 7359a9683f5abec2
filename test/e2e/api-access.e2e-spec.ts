import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { CacheWarmer } from '@chc/benchmarks/cache-warmer';
import { startApiFixture, type ApiFixture } from '../support/api-fixture';
import { corpusDir } from '../support/corpus';
import { goldAssessments } from '../support/gold';

const code = (result: { errors?: { extensions?: { code?: string } }[] }) =>
  result.errors?.[0]?.extensions?.code;

describe('GraphQL access, limits and mutations', () => {
  let api: ApiFixture;
  let analyst: string;
  let tenantPanel: string;
  const gold = goldAssessments();

  beforeAll(async () => {
    api = await startApiFixture({ CHC_RATE_LIMIT_PUBLIC: '40' });
    analyst = await api.key('analyst');
    tenantPanel = await api.key('public');
  }, 180_000);

  afterAll(() => api.close());

  const dataSource = (): DataSource => api.pipeline.database.dataSource;

  it('should let anyone read aggregates but only analysts change things', async () => {
    expect(code(await api.gql('{ provisionBenchmarks { provision } }'))).toBeUndefined();
    const save =
      'mutation { saveLandlord(input: { name: "Test Homes", kind: ALMO, homes: 500 }) { name sizeBand kind } }';
    expect(code(await api.gql(save))).toBe('FORBIDDEN');
    expect(code(await api.gql(save, {}, tenantPanel))).toBe('FORBIDDEN');
    expect(code(await api.gql('{ operationsStatus { documents } }', {}, tenantPanel))).toBe(
      'FORBIDDEN',
    );
    const saved = await api.gql<{ saveLandlord: { name: string; sizeBand: string; kind: string } }>(
      save,
      {},
      analyst,
    );
    expect(saved.data!.saveLandlord).toEqual({
      name: 'Test Homes',
      sizeBand: 'SMALL',
      kind: 'ALMO',
    });
    const status = await api.gql<{ operationsStatus: { assessments: number } }>(
      '{ operationsStatus { assessments } }',
      {},
      analyst,
    );
    expect(status.data!.operationsStatus.assessments).toBe(gold.length);
  });

  it('should refuse an unknown key rather than treat it as public', async () => {
    const result = await api.gql('{ provisionBenchmarks { provision } }', {}, 'chc_not-a-real-key');
    expect(code(result)).toBe('UNAUTHENTICATED');
  });

  it('should refuse bad input with stable codes', async () => {
    expect(code(await api.gql('{ landlords(first: 1000) { totalCount } }'))).toBe('BAD_USER_INPUT');
    expect(
      code(await api.gql('{ landlords(first: 5, after: "bm90LWEtY3Vyc29y") { totalCount } }')),
    ).toBe('BAD_USER_INPUT');
    expect(code(await api.gql('{ landlord(id: "42") { name } }'))).toBe('BAD_USER_INPUT');
    expect(
      code(await api.gql('{ provisionBreakdown(provision: "five", by: KIND) { group } }')),
    ).toBe('BAD_USER_INPUT');
    expect(code(await api.gql('{ nonsense }'))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('should refuse queries nested too deeply or asking for too much', async () => {
    const deep =
      '{ landlords(first: 1) { edges { node { currentAssessment { landlord { currentAssessment { landlord { currentAssessment { landlord { currentAssessment { landlord { currentAssessment { id } } } } } } } } } } } } }';
    expect(code(await api.gql(deep))).toBe('QUERY_TOO_DEEP');
    const huge =
      '{ landlords(first: 100) { edges { node { assessments(first: 100) { edges { node { responses(first: 100) { edges { node { id evidence } } } } } } } } } }';
    expect(code(await api.gql(huge))).toBe('QUERY_TOO_COMPLEX');
  });

  it('should batch nested lookups instead of a query per parent', async () => {
    const nested = (first: number) =>
      `{ landlords(first: ${first}) { edges { node { name currentAssessment { source { sha256 } responses(first: 80) { edges { node { flags { kind } citedDocuments { name } actions { text } } } } } } } } }`;
    // The overview's precomputation after the earlier tests' changes is not this query's work.
    await api.server.app.get(CacheWarmer).settled();
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      await api.gql(nested(1));
      const forOne = spy.mock.calls.length;
      spy.mockClear();
      const all = await api.gql<{ landlords: { edges: unknown[] } }>(nested(gold.length));
      expect(all.data!.landlords.edges.length).toBeGreaterThanOrEqual(gold.length);
      expect(spy.mock.calls.length).toBe(forOne);
    } finally {
      spy.mockRestore();
    }
  });

  it('should keep an analyst’s verdict on a flag through re-analysis', async () => {
    const [flag] = await dataSource().query<{ id: string; responseId: string }[]>(
      `SELECT f."id", f."responseId" FROM "flag" f WHERE f."kind" = 'boilerplate' ORDER BY f."responseId" LIMIT 1`,
    );
    const marked = await api.gql<{
      markFlagWrong: { overruled: boolean; review: { note: string } };
    }>(
      'mutation($id: ID!) { markFlagWrong(flagId: $id, note: "names the panel and its dates") { overruled review { note } } }',
      { id: flag!.id },
      analyst,
    );
    expect(marked.data!.markFlagWrong).toEqual({
      overruled: true,
      review: { note: 'names the panel and its dates' },
    });
    const reanalysed = await api.gql<{ reanalyse: { assessments: number } }>(
      'mutation { reanalyse { assessments } }',
      {},
      analyst,
    );
    expect(reanalysed.data!.reanalyse.assessments).toBe(gold.length);
    const [after] = await dataSource().query<{ boilerplate: boolean; overruled: boolean }[]>(
      `SELECT r."boilerplate", bool_and(f."overruled") AS "overruled" FROM "response" r JOIN "flag" f ON f."responseId" = r."id" AND f."kind" = 'boilerplate' WHERE r."id" = $1 GROUP BY r."id"`,
      [flag!.responseId],
    );
    expect(after).toEqual({ boilerplate: false, overruled: true });
  });

  it('should take an upload of a new version and show what changed', async () => {
    const target = gold[3]!;
    const file = path.join(corpusDir('html'), `${target.base}.html`);
    const response = await fetch(`${api.server.url}/api/documents?name=${target.base}.html`, {
      method: 'POST',
      headers: { authorization: `Bearer ${analyst}`, 'content-type': 'application/octet-stream' },
      body: readFileSync(file),
    });
    expect(response.status).toBe(201);
    expect(((await response.json()) as { status: string }).status).toBe('ingested');
    const landlords = await api.gql<{ landlords: { edges: { node: { id: string } }[] } }>(
      'query($n: String) { landlords(first: 1, filter: { search: $n }) { edges { node { id } } } }',
      { n: target.landlord },
    );
    const changes = await api.gql<{
      assessmentChanges: {
        answersChanged: number;
        changes: unknown[];
        to: { current: boolean };
        from: { current: boolean };
      };
    }>(
      'query($id: ID!) { assessmentChanges(landlordId: $id) { answersChanged changes { provision } from { current } to { current } } }',
      { id: landlords.data!.landlords.edges[0]!.node.id },
    );
    const result = changes.data!.assessmentChanges;
    // The same assessment laid out as a web page: a new version with the same answers.
    expect(result.answersChanged).toBe(0);
    expect(result.changes).toHaveLength(target.responses.length);
    expect([result.from.current, result.to.current]).toEqual([false, true]);
    const anonymous = await fetch(`${api.server.url}/api/documents?name=x.html`, {
      method: 'POST',
      body: 'x',
    });
    expect(anonymous.status).toBe(403);
  });

  it('should limit the requests of each caller per minute', async () => {
    const results = [];
    for (let i = 0; i < 45; i++) {
      results.push(code(await api.gql('{ codeProvisions { id } }')));
    }
    expect(results).toContain('RATE_LIMITED');
    expect(code(await api.gql('{ codeProvisions { id } }', {}, analyst))).toBeUndefined();
  });
});
