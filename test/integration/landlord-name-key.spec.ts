import { loadConfig } from '@chc/config';
import { createScratchDatabase, openDatabase, type Database } from '@chc/db';
import { LandlordEntity } from '@chc/landlords/entities/landlord.entity';
import { matchLandlord } from '@chc/landlords/landlord-matcher';
import { LandlordsRepository } from '@chc/landlords/landlords.repository';
import { OutcomesImportService } from '@chc/outcomes';
import { testServices } from '../support/services';

const findings = (...names: string[]) =>
  Buffer.from(
    [
      'Case ID,Landlord Name,Landlord Type,Decision Date,Category,Finding Outcome',
      ...names.map(
        (n, i) => `${500 + i},"${n}",Housing Association,12/05/2024,Repairs,Maladministration`,
      ),
    ].join('\n'),
  );

describe('one name-matching rule for documents and outcome files', () => {
  let server: { url: string; drop: () => Promise<void> };
  let database: Database;
  let ids: Record<string, string>;

  beforeAll(async () => {
    server = await createScratchDatabase(testServices().databaseUrl, 'chc_name_key');
    database = await openDatabase(loadConfig({ DATABASE_URL: server.url, CHC_LOG_LEVEL: 'error' }));
    const landlords = database.dataSource.getRepository(LandlordEntity);
    await landlords.insert([
      { name: 'The Northfield Homes Limited', kind: 'housing_association' },
      { name: 'Brook Vale Housing', kind: 'housing_association', aliases: ['Hill & Dale Homes'] },
      { name: 'Twin Homes Ltd', kind: 'other' },
      { name: 'Twin Homes PLC', kind: 'other' },
    ]);
    ids = Object.fromEntries((await landlords.find()).map((l) => [l.name, l.id]));
  }, 60_000);
  afterAll(async () => {
    await database.close();
    await server.drop();
  });

  const documentOwner = async (nameInDocument: string) =>
    (await matchLandlord(database.dataSource.manager, { source: '/tmp/sa.pdf', nameInDocument }))
      ?.name ?? null;

  it('should match a document and an Ombudsman row naming a landlord the same odd way to the same landlord', async () => {
    const odd = ['NORTHFIELD HOMES LTD.', 'Hill and Dale Homes Limited', 'Twin Homes'];
    expect(await Promise.all(odd.map(documentOwner))).toEqual([
      'The Northfield Homes Limited',
      'Brook Vale Housing',
      // Two landlords have that key: neither is guessed.
      null,
    ]);
    const result = await new OutcomesImportService(database.dataSource).importFile(
      findings(...odd),
      'findings.csv',
      'ombudsman',
    );
    expect(result.unmatchedNames).toEqual(['Twin Homes']);
    const matched = await database.dataSource.query(
      `SELECT "landlordName", "landlordId" FROM "outcome_event" ORDER BY "row"`,
    );
    expect(matched).toEqual([
      { landlordName: odd[0], landlordId: ids['The Northfield Homes Limited'] },
      { landlordName: odd[1], landlordId: ids['Brook Vale Housing'] },
      { landlordName: odd[2], landlordId: null },
    ]);
  });

  it('should keep the keys in step when a landlord is renamed or given aliases', async () => {
    const repository = new LandlordsRepository(database.dataSource.manager);
    const brook = (await repository.findById(ids['Brook Vale Housing']!))!;
    await repository.save(brook.id, {
      ...brook,
      name: 'Brookvale & District Housing',
      aliases: ['B.V.H. Group'],
    });
    expect(await documentOwner('Brookvale and District Housing Ltd')).toBe(
      'Brookvale & District Housing',
    );
    expect(await documentOwner('BVH Group')).toBeNull();
    expect(await documentOwner('b v h group')).toBe('Brookvale & District Housing');
    expect(await documentOwner('Hill & Dale Homes')).toBeNull();
    await database.dataSource
      .getRepository(LandlordEntity)
      .update(ids['Twin Homes PLC']!, { name: 'Twin Peaks Homes PLC' });
    expect(await documentOwner('twin homes')).toBe('Twin Homes Ltd');
  });
});
