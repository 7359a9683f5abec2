import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AssessmentReadsRepository } from '@chc/assessments/assessment-reads.repository';
import { AssessmentEntity } from '@chc/assessments/entities/assessment.entity';
import { HistoryService } from '@chc/assessments/history.service';
import { ReanalysisService } from '@chc/assessments/reanalysis.service';
import { loadConfig } from '@chc/config';
import { openDatabase, type Database } from '@chc/db';
import { IngestionService } from '@chc/ingestion';
import { importLandlords } from '@chc/landlords';
import { LandlordEntity } from '@chc/landlords/entities/landlord.entity';
import { DocumentSandbox } from '@ingest/extract';
import { syntheticSector, type SyntheticAssessment } from '@ingest/synthetic';

/**
 * A published page that states its period and nothing else about when: no completion date,
 * as many real ones (and the demo's, before) do.
 */
function periodOnlyPage(name: string, assessment: SyntheticAssessment, endYear: number): Buffer {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const rows = assessment.responses
    .map(
      (r) =>
        `<tr>${[r.provision, r.requirement, r.rawAnswer, r.evidence, r.commentary].map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`,
    )
    .join('');
  return Buffer.from(
    `<!doctype html><html><body><h1>${name}: Complaint Handling Code self-assessment</h1>
     <p>Period: April ${endYear - 1} - March ${endYear}</p>
     <table><thead><tr><th>Code provision</th><th>Code requirement</th><th>Comply: Yes / No</th><th>Evidence</th><th>Commentary / explanation</th></tr></thead>
     <tbody>${rows}</tbody></table></body></html>`,
  );
}

describe('assessment years, the current assessment and links to landlords', () => {
  let dataDir: string;
  let database: Database;
  let sandbox: DocumentSandbox;
  let ingestion: IngestionService;
  const [later, earlier] = syntheticSector({
    seed: 7,
    landlords: 1,
    secondYearShare: 1,
    edition2022Share: 0,
  });

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'chc-years-'));
    database = await openDatabase(loadConfig({ CHC_DATA_DIR: dataDir }));
    sandbox = new DocumentSandbox();
    ingestion = new IngestionService(database.dataSource, sandbox);
  }, 120_000);

  afterAll(async () => {
    await sandbox.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const register = (name: string, host: string) =>
    database.dataSource.getRepository(LandlordEntity).save({
      name,
      aliases: [],
      kind: 'housing_association',
      website: `https://${host}/`,
      websiteHost: host,
    });

  it.each([
    ['the later period first', [2025, 2024]],
    ['the earlier period first', [2024, 2025]],
  ])(
    'should make 2024-25 current and run changes forward when %s is ingested',
    async (_, order) => {
      const host = `order-${order.join('-')}.example.org.uk`;
      const landlord = await register(`Order ${order.join(' ')} Homes`, host);
      const ids = new Map<number, string>();
      for (const year of order) {
        const page = periodOnlyPage(landlord.name, year === 2025 ? later! : earlier!, year);
        const outcome = await ingestion.ingestBytes(`https://${host}/sa-${year}.html`, page);
        expect(outcome).toMatchObject({ status: 'ingested', landlord: landlord.name });
        ids.set(year, outcome.assessmentId!);
      }
      const reads = new AssessmentReadsRepository(database.dataSource.manager);
      const current = await reads.currentAssessmentIds([landlord.id]);
      expect(current.map((c) => c.id)).toEqual([ids.get(2025)]);
      expect(await reads.currentAssessmentIds([landlord.id], [2025])).toHaveLength(1);
      const history = new HistoryService(database.dataSource);
      const changes = await history.changes(landlord.id, null, null);
      expect(changes?.from).toMatchObject({ year: 2024, period: 'April 2023 - March 2024' });
      expect(changes?.to).toMatchObject({ year: 2025, period: 'April 2024 - March 2025' });
      // Asked the wrong way round, the comparison still runs from the earlier to the later.
      const asked = await history.changes(landlord.id, ids.get(2025)!, ids.get(2024)!);
      expect([asked?.from.id, asked?.to.id]).toEqual([ids.get(2024), ids.get(2025)]);
    },
    120_000,
  );

  it('should link a document ingested before its landlord existed when landlords are imported', async () => {
    const host = 'late.example.org.uk';
    const outcome = await ingestion.ingestBytes(
      `https://${host}/self-assessment.html`,
      periodOnlyPage('Latecomer Homes', later!, 2025),
    );
    expect(outcome).toMatchObject({ status: 'ingested', landlord: null });
    const imported = await importLandlords(
      database.dataSource.manager,
      `name,website,kind,region,homes\nLatecomer Homes,https://${host}/,housing association,London,1200\n`,
    );
    expect(imported).toMatchObject({ created: 1, linked: 1 });
    const landlord = await database.dataSource
      .getRepository(LandlordEntity)
      .findOneByOrFail({ name: 'Latecomer Homes' });
    const stored = await database.dataSource
      .getRepository(AssessmentEntity)
      .findOneByOrFail({ id: outcome.assessmentId! });
    expect(stored.landlordId).toBe(landlord.id);
  }, 120_000);

  it('should link an unmatched document when a crawl of its landlord finds it unchanged', async () => {
    const page = periodOnlyPage('Elsewhere Homes', earlier!, 2024);
    const first = await ingestion.ingestBytes('/tmp/upload/elsewhere.html', page);
    expect(first.landlord).toBeNull();
    const landlord = await register('Registered Later', 'registered-later.example.org.uk');
    const again = await ingestion.ingestBytes(
      'https://registered-later.example.org.uk/sa.html',
      page,
      undefined,
      landlord.id,
    );
    expect(again.status).toBe('unchanged');
    const stored = await database.dataSource
      .getRepository(AssessmentEntity)
      .findOneByOrFail({ id: first.assessmentId! });
    expect(stored.landlordId).toBe(landlord.id);
  }, 120_000);

  it('should give assessments stored without a year their year on re-analysis', async () => {
    const assessments = database.dataSource.getRepository(AssessmentEntity);
    const one = await assessments.findOneByOrFail({ period: 'April 2024 - March 2025' });
    await assessments.update(one.id, { year: null, periodStart: null, periodEnd: null });
    const summary = await new ReanalysisService(database.dataSource).reanalyseCurrent();
    expect(summary.periodsUpdated).toBeGreaterThanOrEqual(1);
    expect(await assessments.findOneByOrFail({ id: one.id })).toMatchObject({
      year: 2025,
      periodStart: '2024-04-01',
      periodEnd: '2025-03-31',
      periodKey: '2025',
    });
  }, 120_000);
});
