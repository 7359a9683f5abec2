import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IsNull } from 'typeorm';
import { AssessmentEntity } from '@chc/assessments/entities/assessment.entity';
import { ResponseEntity } from '@chc/assessments/entities/response.entity';
import { loadConfig } from '@chc/config';
import { openDatabase, type Database } from '@chc/db';
import { IngestionService } from '@chc/ingestion';
import { ReanalysisService } from '@chc/assessments/reanalysis.service';
import { importLandlords } from '@chc/landlords';
import { LandlordEntity } from '@chc/landlords/entities/landlord.entity';
import { DocumentSandbox } from '@ingest/extract';
import { corpusDir } from '../support/corpus';

describe('ingestion into the embedded database', () => {
  let dataDir: string;
  let database: Database;
  let sandbox: DocumentSandbox;
  let ingestion: IngestionService;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'chc-ingest-'));
    database = await openDatabase(loadConfig({ CHC_DATA_DIR: dataDir }));
    sandbox = new DocumentSandbox();
    ingestion = new IngestionService(database.dataSource, sandbox);
    await database.dataSource
      .getRepository(LandlordEntity)
      .save({ name: 'Aspire Housing', aliases: ['Aspire'], kind: 'housing_association' });
  }, 120_000);

  afterAll(async () => {
    await sandbox.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should migrate an empty database and ingest the corpus in all four formats', async () => {
    const outcomes = [];
    for (const format of ['seeds', 'pdf', 'docx', 'html'] as const) {
      for (const name of readdirSync(corpusDir(format)).sort()) {
        outcomes.push(await ingestion.ingestFile(path.join(corpusDir(format), name)));
      }
    }
    expect(outcomes.map((o) => o.status)).toEqual(Array(20).fill('ingested'));
    expect(outcomes.filter((o) => o.landlord === 'Aspire Housing')).toHaveLength(4);
    expect(outcomes.find((o) => o.unmatchedName === 'Auxesia Homes')).toBeDefined();
    const responses = await database.dataSource.getRepository(ResponseEntity).count();
    expect(responses).toBe(outcomes.reduce((sum, o) => sum + (o.responses ?? 0), 0));
  }, 300_000);

  it('should leave the same bytes unchanged when they are ingested again', async () => {
    const seeds = corpusDir('seeds');
    const before = await database.dataSource.getRepository(AssessmentEntity).count();
    const outcome = await ingestion.ingestFile(path.join(seeds, readdirSync(seeds).sort()[0]!));
    expect(outcome.status).toBe('unchanged');
    expect(await database.dataSource.getRepository(AssessmentEntity).count()).toBe(before);
  });

  it('should keep the old version when a changed document for the same landlord and period arrives', async () => {
    const html = corpusDir('html');
    const file = readdirSync(html).find((name) =>
      readFileSync(path.join(html, name), 'utf8').includes('Aspire Housing'),
    )!;
    const changed = readFileSync(path.join(html, file), 'utf8').replace(
      'Annual report is published',
      'Annual report was published in July 2024',
    );
    const outcome = await ingestion.ingestBytes(
      'aspire-updated.html',
      new Uint8Array(Buffer.from(changed)),
    );
    expect(outcome).toMatchObject({ status: 'ingested', landlord: 'Aspire Housing' });
    expect(outcome.superseded).toBeGreaterThanOrEqual(1);
    const assessments = database.dataSource.getRepository(AssessmentEntity);
    const landlord = await database.dataSource
      .getRepository(LandlordEntity)
      .findOneByOrFail({ name: 'Aspire Housing' });
    const current = await assessments.find({
      where: { landlordId: landlord.id, supersededById: IsNull() },
    });
    expect(current.map((a) => a.id)).toEqual([outcome.assessmentId]);
    expect(await assessments.count({ where: { landlordId: landlord.id } })).toBeGreaterThan(1);
  });

  it('should record a document it cannot read, with the reason, and go on', async () => {
    const outcome = await ingestion.ingestBytes(
      'broken.pdf',
      new Uint8Array(Buffer.from('%PDF-1.4 this is not really a pdf')),
    );
    expect(outcome.status).toBe('failed');
    expect(outcome.reason).toMatch(/PDF/);
  });

  it('should import the landlord registry from CSV, update by name and report bad rows', async () => {
    const csv = [
      'Name,Website,Kind,Region,Homes,Aliases,rsh_id',
      'Aspire Housing,https://www.aspirehousing.co.uk/,Housing Association,West Midlands,"9,000",Aspire;Aspire HA,L0001',
      'Homes in Sedgemoor,homesinsedgemoor.org,ALMO,South West,4000,HiS,',
      ',https://nameless.example,,,,,',
      'Riverside,https://riverside.example,charity,North West,lots,,',
    ].join('\n');
    const result = await database.dataSource.transaction((manager) =>
      importLandlords(manager, csv),
    );
    expect(result.created).toBe(1);
    expect(result.updated).toBe(1);
    expect(result.rejected).toEqual([
      'registry.csv:4: column 1 (name): no name',
      'registry.csv:5: column 5 (homes): "lots" is not a whole number of homes',
    ]);
    const aspire = await database.dataSource
      .getRepository(LandlordEntity)
      .findOneByOrFail({ name: 'Aspire Housing' });
    expect(aspire).toMatchObject({
      kind: 'housing_association',
      websiteHost: 'aspirehousing.co.uk',
      homes: 9000,
      aliases: ['Aspire', 'Aspire HA'],
      registrationIds: { rsh_id: 'L0001' },
    });
  });

  it('should re-run the analysis over stored inputs and give the same result each time', async () => {
    const responses = database.dataSource.getRepository(ResponseEntity);
    const flags = async () =>
      (await responses.find({ order: { id: 'ASC' } })).map((r) => [
        r.id,
        r.boilerplate,
        r.boilerplateScore,
      ]);
    const reanalysis = new ReanalysisService(database.dataSource);
    const first = await reanalysis.reanalyseCurrent();
    const afterFirst = await flags();
    const second = await reanalysis.reanalyseCurrent();
    expect(second).toEqual(first);
    expect(await flags()).toEqual(afterFirst);
    const current = await database.dataSource
      .getRepository(AssessmentEntity)
      .count({ where: { supersededById: IsNull() } });
    expect(first.assessments).toBe(current);
    expect(first.flagged).toBeGreaterThan(0);
  });
});
