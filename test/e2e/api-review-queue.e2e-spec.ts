import type { EntityManager } from 'typeorm';
import { ApiKeysRepository } from '@chc/access';
import { AssessmentEntity } from '@chc/assessments/entities/assessment.entity';
import { FlagReviewEntity } from '@chc/assessments/entities/flag-review.entity';
import { FlagEntity } from '@chc/assessments/entities/flag.entity';
import { ResponseEntity } from '@chc/assessments/entities/response.entity';
import { PIPELINE, type Pipeline } from '@chc/pipeline';
import { REVIEW_ORDER } from '@chc/review';
import { startClaimsApi, type ClaimsApi } from '../support/claims-api';
import { storeAssessment } from '../support/claims-fixture';

interface Item {
  id: string;
  kind: string;
  reason: string;
  priority: number;
  landlordName: string | null;
  assessment: { id: string } | null;
  response: { id: string; provision: string } | null;
}

interface Page {
  reviewQueue: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: Item }[];
  };
}

const QUEUE = `query($after: String, $kind: ReviewKind) { reviewQueue(first: 3, after: $after, kind: $kind) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id kind reason priority landlordName assessment { id } response { id provision } } } } }`;

/** The documented order's kinds, as GraphQL names them. */
const KIND_ORDER = REVIEW_ORDER.map((o) => o.kind.toUpperCase());

async function responseOf(manager: EntityManager, assessmentId: string, provision: string) {
  return manager.getRepository(ResponseEntity).findOneByOrFail({ assessmentId, provision });
}

async function flag(
  manager: EntityManager,
  response: ResponseEntity,
  kind: FlagEntity['kind'],
  reason: string,
): Promise<void> {
  await manager.getRepository(FlagEntity).insert({ responseId: response.id, kind, reason });
}

describe('the review queue over GraphQL', () => {
  let api: ClaimsApi;
  let manager: EntityManager;
  const made: Record<string, string> = {};

  const all = async (key: string, kind?: string): Promise<Item[]> => {
    const items: Item[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const result = (await api.gql(QUEUE, { after, kind }, key)) as unknown as {
        data?: Page;
        errors?: unknown[];
      };
      expect(result.errors).toBeUndefined();
      items.push(...result.data!.reviewQueue.edges.map((e) => e.node));
      if (!result.data!.reviewQueue.pageInfo.hasNextPage) {
        expect(result.data!.reviewQueue.totalCount).toBe(items.length);
        return items;
      }
      after = result.data!.reviewQueue.pageInfo.endCursor;
    }
    throw new Error('the queue did not end within 20 pages');
  };

  beforeAll(async () => {
    api = await startClaimsApi();
    manager = api.server.app.get<Pipeline>(PIPELINE).database.dataSource.manager;
    const { ids } = api;
    // Two low-confidence assessments (c less sure than e), one superseded and one sure.
    const unsure = await storeAssessment(manager, ids.c!, { yes: ['1.1', '1.2'] });
    const lessUnsure = await storeAssessment(manager, ids.e!, { yes: ['1.1'] });
    const assessments = manager.getRepository(AssessmentEntity);
    await assessments.update(unsure, {
      confidenceLevel: 'low',
      confidenceScore: 0.12,
      confidenceReasons: ['2 of 2 provisions have no readable answer'],
    });
    await assessments.update(lessUnsure, { confidenceLevel: 'low', confidenceScore: 0.4 });
    made.unsure = unsure;
    made.lessUnsure = lessUnsure;
    // Damson has two periods stored: its flags are not "few assessments" ones.
    await storeAssessment(manager, ids.d!, { yes: ['5.8'] }, { period: '2023-24', year: 2024 });
    const damson = await storeAssessment(manager, ids.d!, { yes: ['5.8'] });
    await flag(manager, await responseOf(manager, damson, '5.8'), 'boilerplate', 'bare pointer');
    const alder = (await assessments.findOneByOrFail({ landlordId: ids.a! })).id;
    const birch = (await assessments.findOneByOrFail({ landlordId: ids.b! })).id;
    // Contradictions: a Yes admitting a gap, a No claiming compliance, one already judged.
    const yes = await responseOf(manager, birch, '9.3');
    const no = await responseOf(manager, alder, '6.13');
    const judged = await responseOf(manager, birch, '9.4');
    await flag(manager, no, 'contradiction', 'we are fully compliant');
    await flag(manager, yes, 'contradiction', 'not yet in place');
    await flag(manager, judged, 'contradiction', 'still working on it');
    await manager
      .getRepository(FlagReviewEntity)
      .insert({ responseId: judged.id, kind: 'contradiction', note: 'fine', reviewer: 'test' });
    // Boilerplate flags on Alder (one period): the stronger first.
    const weak = await responseOf(manager, alder, '9.2');
    const strong = await responseOf(manager, alder, '9.5');
    await manager.getRepository(ResponseEntity).update(weak.id, { boilerplateScore: 0.3 });
    await manager.getRepository(ResponseEntity).update(strong.id, { boilerplateScore: 0.9 });
    await flag(manager, weak, 'boilerplate', 'generic assurance');
    await flag(manager, strong, 'boilerplate', 'bare policy pointer');
    Object.assign(made, { alder, birch, yes: yes.id, no: no.id, weak: weak.id, strong: strong.id });
    made.judged = judged.id;
  }, 120_000);
  afterAll(() => api.close());

  it('should list every kind in the documented order, most important first within each', async () => {
    const items = await all(api.analystKey);
    const kinds = items.map((i) => i.kind);
    // Kinds come in REVIEW_ORDER's order, every kind present.
    expect([...new Set(kinds)]).toEqual(KIND_ORDER);
    const ranks = kinds.map((k) => KIND_ORDER.indexOf(k));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    const priorities = items.map((i) => i.priority);
    expect(priorities).toEqual([...priorities].sort((x, y) => y - x));
    const of = (kind: string) => items.filter((i) => i.kind === kind);
    expect(of('LOW_CONFIDENCE').map((i) => i.assessment!.id)).toEqual([
      made.unsure,
      made.lessUnsure,
    ]);
    expect(of('LOW_CONFIDENCE')[0]!.reason).toMatch(
      /^Extraction confidence is low \(score 0\.12 of 1\): 2 of 2 provisions have no readable answer/,
    );
    // A Yes that admits a gap before a No that claims compliance; the judged one is gone.
    expect(of('CONTRADICTION').map((i) => i.response!.id)).toEqual([made.yes, made.no]);
    expect(of('CONTRADICTION')[0]!.reason).toBe(
      'The answer to 9.3 is “yes”, but its own words say “not yet in place”.',
    );
    // Furthest from the sector median first: 81.8 against 50, then 61 against 89.
    expect(of('CLAIMS_VS_OUTCOMES').map((i) => i.response!.provision)).toEqual(['9.1', '6.3']);
    expect(of('CLAIMS_VS_OUTCOMES')[1]!.reason).toMatch(/while CH02 stage 1 is 61% in 2023-24/);
    expect(of('CLAIMS_VS_OUTCOMES').every((i) => i.assessment!.id === made.alder)).toBe(true);
    // Only Alder's flags: Damson has two periods stored; the stronger flag first.
    expect(of('THIN_RECORD_FLAG').map((i) => i.response!.id)).toEqual([made.strong, made.weak]);
    expect(of('THIN_RECORD_FLAG')[0]!.reason).toMatch(
      /^Flagged boilerplate on 9\.5 \(bare policy pointer\); the landlord has 1 assessment period stored/,
    );
    expect(of('UNMATCHED_NAME')).toEqual([
      expect.objectContaining({
        landlordName: 'Nowhere Housing Trust',
        assessment: null,
        response: null,
        reason: expect.stringMatching(
          /^“Nowhere Housing Trust” has 1 row of chfo outcomes in 2024/,
        ),
      }),
    ]);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('should drop an item once its flag is judged, and list one kind on request', async () => {
    await manager
      .getRepository(FlagReviewEntity)
      .insert({ responseId: made.strong!, kind: 'boilerplate', note: 'real', reviewer: 'test' });
    const flags = await all(api.analystKey, 'THIN_RECORD_FLAG');
    expect(flags.map((i) => i.response!.id)).toEqual([made.weak]);
  });

  it('should drop a response an analyst has confirmed, and bring it back when that is undone', async () => {
    const confirmed = await api.gql(
      'mutation($id: ID!) { confirmResponse(id: $id, note: "checked against the page") { corrections { id } } }',
      { id: made.weak },
      api.analystKey,
    );
    expect(await all(api.analystKey, 'THIN_RECORD_FLAG')).toEqual([]);
    await api.gql(
      'mutation($id: ID!) { undoCorrection(id: $id) { id } }',
      {
        id: (confirmed.data as unknown as { confirmResponse: { corrections: { id: string }[] } })
          .confirmResponse.corrections[0]!.id,
      },
      api.analystKey,
    );
    const back = await all(api.analystKey, 'THIN_RECORD_FLAG');
    expect(back.map((i) => i.response!.id)).toEqual([made.weak]);
  });

  it('should refuse callers who are not analysts', async () => {
    const publicKey = (await new ApiKeysRepository(manager).create('reader', 'public')).key;
    for (const key of [undefined, publicKey]) {
      const refused = await api.gql(QUEUE, {}, key);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(refused.data ?? null).toBeNull();
    }
  });
});
