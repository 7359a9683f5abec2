import type { EntityManager } from 'typeorm';
import { OutcomesImportService } from '@chc/outcomes';
import { PIPELINE, type Pipeline } from '@chc/pipeline';
import { storeAssessment } from './claims-fixture';
import { SECTION_9, type ClaimsApi } from './claims-api';
import { workbookBytes, type FixtureCell } from './outcome-workbooks';

/**
 * What the scatter tests know by hand about the claims API's six landlords once
 * `prepareScatter` has run: each current assessment's answers (yes of stated), its answers
 * with text and those of them that are not standard wording, CH02 stage 1 for both tenures
 * together (2023-24, the shared fixture) and for low cost rental and low cost home ownership
 * (2024-25, here; null where the file gives a marker or nothing).
 */
export const SCATTER_HAND: Record<
  string,
  {
    yes: number;
    stated: number;
    evidenced: number;
    withText: number;
    ch02: number;
    lcra: number | null;
    lcho: number | null;
  }
> = {
  'Alder Homes': { yes: 9, stated: 10, evidenced: 6, withText: 10, ch02: 61, lcra: 58, lcho: 40 },
  'Birch District Council': {
    yes: 9,
    stated: 9,
    evidenced: 9,
    withText: 9,
    ch02: 90,
    lcra: 91,
    lcho: null,
  },
  'Cedar Housing': { yes: 6, stated: 10, evidenced: 7, withText: 10, ch02: 95, lcra: 93, lcho: 80 },
  'Damson Living': { yes: 8, stated: 8, evidenced: 6, withText: 8, ch02: 88, lcra: 85, lcho: null },
  // No answer has text: no evidence quality to show.
  'Elm Homes': { yes: 1, stated: 3, evidenced: 0, withText: 0, ch02: 92, lcra: null, lcho: null },
  'Fir Trust': { yes: 8, stated: 9, evidenced: 8, withText: 9, ch02: 70, lcra: 72, lcho: null },
};

/** Responses of a landlord's assessments marked as the analysis would mark them. */
async function markResponses(
  manager: EntityManager,
  landlordId: string,
  set: string,
  provisions: string[] | null,
): Promise<void> {
  await manager.query(
    `UPDATE "response" SET ${set} WHERE "assessmentId" IN (SELECT "id" FROM "assessment" WHERE "landlordId" = $1)
     AND ($2::text[] IS NULL OR "provision" = ANY($2::text[]))`,
    [landlordId, provisions],
  );
}

/** A sheet per tenure of CH02 stage 1 for 2024-25, as the published perception sheets lay them out. */
export function tenureWorkbook(): Promise<Buffer> {
  const codes: Record<string, string> = {
    'Alder Homes': 'L0101',
    'Birch District Council': '00BB',
    'Cedar Housing': 'L0103',
    'Damson Living': 'L0104',
    'Elm Homes': 'L0105',
    'Fir Trust': 'L0106',
  };
  const sheet = (tenure: 'LCRA' | 'LCHO', figure: (name: string) => FixtureCell) => ({
    name: `TSM_2024-25_${tenure}`,
    rows: [
      [`Tenant Satisfaction Measures 2024/25: ${tenure}`],
      [],
      [
        'Landlord name',
        'Landlord code',
        'Proportion of stage one complaints responded to within the Complaint Handling Code timescales (CH02 1)',
      ],
      ...Object.keys(codes).map((name) => [name, codes[name]!, figure(name)]),
    ],
  });
  return workbookBytes([
    // Elm Homes's rental figure is withheld: a marker, not a figure.
    sheet('LCRA', (name) => SCATTER_HAND[name]!.lcra ?? '[X]'),
    sheet('LCHO', (name) => SCATTER_HAND[name]!.lcho ?? (name === 'Damson Living' ? '[Z]' : null)),
  ]);
}

/**
 * Current assessments for c, d and e beside the shared fixture's a, b and f, standard
 * wording marked on some answers and no text at all on Elm Homes's, so evidence quality
 * differs from landlord to landlord and is missing for one.
 */
export async function prepareScatter(api: ClaimsApi): Promise<void> {
  const { manager } = api.server.app.get<Pipeline>(PIPELINE).database.dataSource;
  const { ids } = api;
  await storeAssessment(manager, ids.c!, {
    yes: ['6.3', '6.13', ...SECTION_9.slice(0, 4)],
    no: SECTION_9.slice(4),
  });
  await storeAssessment(manager, ids.d!, { yes: SECTION_9 });
  await storeAssessment(manager, ids.e!, { yes: ['6.3'], no: ['6.13', '9.1'] });
  await markResponses(manager, ids.a!, `"boilerplate" = true`, ['9.1', '9.2', '9.3', '9.4']);
  await markResponses(manager, ids.c!, `"boilerplate" = true`, ['9.5', '9.6', '9.7']);
  await markResponses(manager, ids.d!, `"boilerplate" = true`, ['9.1', '9.2']);
  await markResponses(manager, ids.f!, `"boilerplate" = true`, ['6.3']);
  await markResponses(manager, ids.e!, `"hasText" = false, "evidence" = ''`, null);
}

/** The per-tenure figures imported as `chc outcomes import` would. */
export async function importTenures(api: ClaimsApi): Promise<void> {
  const { dataSource } = api.server.app.get<Pipeline>(PIPELINE).database;
  await new OutcomesImportService(dataSource).importFile(
    await tenureWorkbook(),
    'tsm-2024-25-tenures.xlsx',
    'tsm',
  );
}

/** Evidence quality as the landlords directory defines it; null without text. */
export const evidenceQuality = (h: { evidenced: number; withText: number }): number | null =>
  h.withText === 0 ? null : h.evidenced / h.withText;

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
