import { parse } from 'csv-parse/sync';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { importLandlords } from '@chc/landlords';
import { startApiFixture, type ApiFixture } from '../support/api-fixture';
import { castByTableSchema, type DataPackage } from '../support/table-schema';

type Row = Record<string, unknown>;

const run = promisify(execFile);
const CLI = path.resolve(__dirname, '../../dist/apps/cli/main.js');
const FORMULA = '=1+1 Homes';
const ABSOLUTE_PATH = /^(\/|[A-Za-z]:[\\/]|~)/;

/**
 * The exports as analysts' own tools read them: Parquet through an independent reader
 * (hyparquet, not the writer's library), CSV typed by the Frictionless datapackage.json
 * served beside it, JSON Lines as plain JSON.
 */
describe('exports that load cleanly', () => {
  let api: ApiFixture;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'chc-exports-'));
    api = await startApiFixture();
    await importLandlords(
      api.pipeline.database.dataSource.manager,
      `name,kind,region,homes\n"${FORMULA}",other,London,10`,
    );
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const download = (file: string, headers: Record<string, string> = {}) =>
    fetch(`${api.server.url}/api/exports/${file}`, { headers });
  const jsonl = async (file: string) =>
    (await (await download(file)).text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Row);

  it('should write Parquet with date and timestamp types, required ids, dictionaries and metadata', async () => {
    const { parquetMetadata, parquetReadObjects } = await import('hyparquet');
    const bytes = await (await download('assessments.parquet')).arrayBuffer();
    const metadata = parquetMetadata(bytes);
    const element = (name: string) => metadata.schema.find((e) => e.name === name)!;
    expect(element('completed_on')).toMatchObject({ type: 'INT32', converted_type: 'DATE' });
    expect(element('fetched_at')).toMatchObject({
      type: 'INT64',
      logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' },
    });
    expect(element('assessment_id').repetition_type).toBe('REQUIRED');
    expect(element('landlord_id').repetition_type).toBe('OPTIONAL');
    // Repeated text is dictionary-encoded; ids, all different, are not.
    const responses = parquetMetadata(await (await download('responses.parquet')).arrayBuffer());
    const encodings = (column: string) =>
      responses.row_groups[0]!.columns.find((c) => c.meta_data?.path_in_schema[0] === column)!
        .meta_data!.encodings;
    for (const column of ['compliance', 'landlord_name', 'landlord_kind', 'source_url']) {
      expect([column, encodings(column)]).toEqual([
        column,
        expect.arrayContaining(['RLE_DICTIONARY']),
      ]);
    }
    expect(encodings('response_id')).not.toContain('RLE_DICTIONARY');
    const kv = Object.fromEntries(
      (metadata.key_value_metadata ?? []).map(({ key, value }) => [key, value]),
    );
    expect(kv.license).toContain('OGL-UK-3.0');
    expect(kv.source).toMatch(/self-assessments/);
    expect(kv.version).toMatch(/^\d+\.\d+\.\d+$/);
    const dictionary = JSON.parse(kv.data_dictionary!) as { columns: { name: string }[] };
    expect(dictionary.columns.map((c) => c.name)).toEqual(
      metadata.schema.slice(1).map((e) => e.name),
    );
    const rows = (await parquetReadObjects({ file: bytes })) as Row[];
    const fromJsonl = await jsonl('assessments.jsonl');
    expect(rows).toHaveLength(fromJsonl.length);
    for (const [i, row] of rows.entries()) {
      expect((row.fetched_at as Date).toISOString().replace('.000Z', 'Z')).toBe(
        fromJsonl[i]!.fetched_at,
      );
    }
  });

  it('should give null, never an empty string, for what is not there, in every format', async () => {
    const { parquetReadObjects } = await import('hyparquet');
    for (const dataset of ['responses', 'assessments', 'landlords', 'flags']) {
      const rows = await jsonl(`${dataset}.jsonl`);
      const empty = rows.flatMap((r) =>
        Object.entries(r)
          .filter(([, v]) => v === '')
          .map(([k]) => k),
      );
      expect([dataset, [...new Set(empty)]]).toEqual([dataset, []]);
    }
    const responses = await jsonl('responses.jsonl');
    const withoutEvidence = responses.filter((r) => r.evidence === null);
    expect(withoutEvidence.length).toBeGreaterThan(0);
    const bytes = await (await download('responses.parquet')).arrayBuffer();
    const parquet = (await parquetReadObjects({ file: bytes })) as Row[];
    for (const column of ['evidence', 'commentary', 'raw_answer', 'requirement']) {
      expect([column, parquet.filter((r) => r[column] === '').length]).toEqual([column, 0]);
    }
    const ids = new Set(withoutEvidence.map((r) => r.response_id));
    expect(parquet.filter((r) => ids.has(r.response_id)).every((r) => r.evidence === null)).toBe(
      true,
    );
  });

  it('should neutralise spreadsheet formulas in CSV text, and add a BOM only when asked', async () => {
    const plain = Buffer.from(await (await download('landlords.csv')).arrayBuffer());
    expect(plain.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    const rows = parse<Row>(plain, { columns: true });
    expect(rows.map((r) => r.name)).toContain(`'${FORMULA}`);
    expect(rows.map((r) => r.name)).not.toContain(FORMULA);
    // The typed formats keep the value as it is.
    expect((await jsonl('landlords.jsonl')).map((r) => r.name)).toContain(FORMULA);
    const excel = Buffer.from(await (await download('landlords.csv?excel=true')).arrayBuffer());
    expect(excel.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    expect(excel.subarray(3).equals(plain)).toBe(true);
    expect((await download('landlords.jsonl?excel=true')).status).toBe(400);
  });

  it('should describe each export in a datapackage.json that keeps provision ids as text', async () => {
    const response = await download('responses.csv.datapackage.json?kinds=almo');
    expect(response.status).toBe(200);
    const datapackage = (await response.json()) as DataPackage;
    expect(datapackage.licenses[0]!.name).toBe('OGL-UK-3.0');
    expect(datapackage.sources.length).toBeGreaterThan(0);
    const resource = datapackage.resources[0]!;
    expect(resource.path).toMatch(/^chc-responses-\d{4}-\d\d-\d\d\.csv$/);
    const type = (name: string) => resource.schema.fields.find((f) => f.name === name)?.type;
    expect([type('provision'), type('completed_on'), type('page')]).toEqual([
      'string',
      'date',
      'integer',
    ]);
    const csv = parse<Record<string, string>>(await (await download('responses.csv')).text(), {
      columns: true,
    });
    const typed = castByTableSchema(csv, resource.schema);
    const provisions = typed.map((r) => r.provision);
    expect(provisions).toContain('5.10');
    expect(provisions.every((p) => typeof p === 'string')).toBe(true);
    expect(typed.some((r) => r.evidence === null)).toBe(true);
    expect(typed.every((r) => typeof r.page === 'number' || r.page === null)).toBe(true);
    expect((await download('responses.xlsx.datapackage.json')).status).toBe(400);
  });

  it('should count answers as the dictionary defines them', async () => {
    const assessments = await jsonl('assessments.jsonl?scope=all');
    const responses = await jsonl('responses.jsonl?scope=all');
    const dictionary = (await (await download('dictionary')).json()) as {
      datasets: { name: string; columns: { name: string; description: string }[] }[];
    };
    const described = dictionary.datasets
      .find((d) => d.name === 'assessments')!
      .columns.find((c) => c.name === 'responses')!.description;
    expect(described).toMatch(/yes \+ no \+ partial \+ not_applicable \+ not_stated/);
    for (const a of assessments) {
      const own = responses.filter((r) => r.assessment_id === a.assessment_id);
      const answers = ['yes', 'no', 'partial', 'not_applicable', 'not_stated'];
      const sum = answers.reduce((s, k) => s + (a[k] as number), 0);
      expect([a.assessment_id, a.responses]).toEqual([a.assessment_id, sum]);
      expect(a.responses).toBe(own.length);
      const unsupported = own.filter(
        (r) =>
          (r.compliance === 'yes' || r.compliance === 'partial') &&
          r.evidence === null &&
          r.commentary === null &&
          r.merged_into === null,
      );
      expect([a.assessment_id, a.unsupported]).toEqual([a.assessment_id, unsupported.length]);
    }
  });

  it('should keep provenance that lasts: no local path, and the document bytes by sha256', async () => {
    for (const dataset of ['responses', 'assessments', 'flags']) {
      for (const row of await jsonl(`${dataset}.jsonl`)) {
        expect(row.source_url).toMatch(/^(https?:|file:|upload:)/);
        const paths = Object.values(row).filter(
          (v) => typeof v === 'string' && ABSOLUTE_PATH.test(v),
        );
        expect(paths).toEqual([]);
      }
    }
    const shas = [...new Set((await jsonl('assessments.jsonl')).map((r) => r.source_sha256))];
    expect(shas.length).toBeGreaterThan(0);
    const analyst = { authorization: `Bearer ${await api.key('analyst')}` };
    for (const sha of shas as string[]) {
      const document = await fetch(`${api.server.url}/api/documents/${sha}`, {
        headers: analyst,
      });
      expect(document.status).toBe(200);
      expect(document.headers.get('content-type')).toBe('application/pdf');
      expect(document.headers.get('content-disposition')).toMatch(
        /^attachment; filename="[\w.-]+\.pdf"/,
      );
      const body = Buffer.from(await document.arrayBuffer());
      expect(createHash('sha256').update(body).digest('hex')).toBe(sha);
    }
    // Documents read from local files or uploads are not published: an analyst key is needed.
    expect((await fetch(`${api.server.url}/api/documents/${shas[0] as string}`)).status).toBe(403);
    const status = async (id: string) =>
      (await fetch(`${api.server.url}/api/documents/${id}`, { headers: analyst })).status;
    expect(await status('abc')).toBe(400);
    expect(await status('g'.repeat(64))).toBe(400);
    expect(await status('0'.repeat(64))).toBe(404);
  });

  it('should write a datapackage.json beside each export from the command line', async () => {
    const env = { PATH: process.env.PATH ?? '', DATABASE_URL: api.pipeline.database.url };
    const csvFile = path.join(dir, 'landlords.csv');
    await run(process.execPath, [CLI, 'export', 'landlords', '--out', csvFile, '--excel'], {
      env,
    });
    await run(
      process.execPath,
      [CLI, 'export', 'assessments', '--format', 'parquet', '--out', path.join(dir, 'a.parquet')],
      { env },
    );
    const csv = readFileSync(csvFile);
    expect(csv.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    expect(csv.toString('utf8')).toContain(`'${FORMULA}`);
    const datapackage = JSON.parse(
      readFileSync(path.join(dir, 'datapackage.json'), 'utf8'),
    ) as DataPackage;
    expect(datapackage.resources.map((r) => [r.path, r.format])).toEqual([
      ['landlords.csv', 'csv'],
      ['a.parquet', 'parquet'],
    ]);
    expect(datapackage.resources[0]!.encoding).toBe('utf-8-sig');
  });
});
