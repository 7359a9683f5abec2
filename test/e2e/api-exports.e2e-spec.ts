import { parse } from 'csv-parse/sync';
import {
  buildClientSchema,
  getIntrospectionQuery,
  printSchema,
  type IntrospectionQuery,
} from 'graphql';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
import { startApiFixture, type ApiFixture } from '../support/api-fixture';
import { goldAssessments } from '../support/gold';

type Row = Record<string, unknown>;

const run = promisify(execFile);
const CLI = path.resolve(__dirname, '../../dist/apps/cli/main.js');
const SCHEMA_FILE = path.resolve(__dirname, '../../apps/api/schema.gql');

describe('dataset exports and the published schema', () => {
  let api: ApiFixture;
  const gold = goldAssessments();
  const totalResponses = gold.reduce((s, g) => s + g.responses.length, 0);

  beforeAll(async () => {
    api = await startApiFixture();
  }, 180_000);

  afterAll(() => api.close());

  const download = (file: string) => fetch(`${api.server.url}/api/exports/${file}`);

  async function dictionaryColumns(dataset: string): Promise<{ name: string; type: string }[]> {
    const dictionary = (await (await download('dictionary')).json()) as {
      datasets: { name: string; columns: { name: string; type: string }[] }[];
    };
    return dictionary.datasets.find((d) => d.name === dataset)!.columns;
  }

  it('should export every response as CSV, JSON Lines and Parquet that read back the same', async () => {
    const columns = await dictionaryColumns('responses');
    const csvResponse = await download('responses.csv');
    expect(csvResponse.headers.get('content-type')).toMatch(/^text\/csv/);
    const csv = parse<Row>(await csvResponse.text(), { columns: true });
    expect(csv).toHaveLength(totalResponses);
    expect(Object.keys(csv[0]!)).toEqual(columns.map((c) => c.name));

    const jsonl = (await (await download('responses.jsonl')).text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Row);
    const { parquetReadObjects } = await import('hyparquet');
    const parquet = (await parquetReadObjects({
      file: await (await download('responses.parquet')).arrayBuffer(),
    })) as Row[];

    expect(jsonl).toHaveLength(totalResponses);
    expect(parquet).toHaveLength(totalResponses);
    // Parquet's dates are typed: the same day as the ISO text of the other formats.
    const asText = (value: string | number | boolean | Date | null | undefined) =>
      value === null || value === undefined
        ? ''
        : value instanceof Date
          ? value.toISOString().slice(0, 10)
          : String(value);
    // CSV puts a quote before text a spreadsheet would run as a formula; the others do not.
    const spreadsheetText = (type: string, text: string) =>
      type === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    for (let i = 0; i < totalResponses; i++) {
      for (const column of columns) {
        const fromCsv = csv[i]![column.name];
        const fromJsonl = asText(jsonl[i]![column.name] as string | null);
        expect([column.name, spreadsheetText(column.type, fromJsonl)]).toEqual([
          column.name,
          fromCsv,
        ]);
        const fromParquet = parquet[i]![column.name] as string | number | boolean | Date | null;
        const parquetText = asText(fromParquet);
        if (column.type === 'number' && fromParquet !== null) {
          expect(Number(parquetText)).toBeCloseTo(Number(fromCsv), 6);
        } else {
          expect([column.name, parquetText]).toEqual([column.name, fromJsonl]);
        }
      }
    }
    // Every gold answer is there, with provenance back to its document.
    for (const g of gold) {
      const rows = csv.filter((r) => String(r.source_url).includes(g.base));
      expect(rows.map((r) => [r.provision, r.compliance])).toEqual(
        g.responses.map((r) => [r.provision, r.compliance]),
      );
      expect(new Set(rows.map((r) => r.source_sha256)).size).toBe(1);
    }
  });

  it('should apply the same filters as the API', async () => {
    const narrowed = parse<Row>(
      await (await download('assessments.csv?kinds=local_authority,almo')).text(),
      {
        columns: true,
      },
    );
    expect(narrowed.map((r) => r.landlord_kind).sort()).toEqual(['almo', 'local_authority']);
    const landlords = parse<Row>(
      await (await download('landlords.csv?sizeBands=very_large')).text(),
      {
        columns: true,
      },
    );
    expect(landlords.every((r) => Number(r.homes) >= 30_000)).toBe(true);
    expect(
      landlords.every(
        (r) => typeof r.current_assessment_id === 'string' && r.current_assessment_id !== '',
      ),
    ).toBe(true);
    const flags = parse<Row>(await (await download('flags.csv')).text(), { columns: true });
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.every((f) => f.kind === 'boilerplate' || f.kind === 'contradiction')).toBe(true);
  });

  it('should export the same from the command line', async () => {
    const { stdout, stderr } = await run(
      process.execPath,
      [CLI, 'export', 'assessments', '--format', 'jsonl', '--kinds', 'almo'],
      {
        env: { PATH: process.env.PATH ?? '', DATABASE_URL: api.pipeline.database.url },
      },
    );
    const rows = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Row);
    expect(rows.map((r) => r.landlord_kind)).toEqual(['almo']);
    expect(stderr).toMatch(/^1 assessments rows exported as jsonl/);
    await expect(
      run(process.execPath, [CLI, 'export', 'responses', '--format', 'parquet'], {
        env: { PATH: process.env.PATH ?? '', DATABASE_URL: api.pipeline.database.url },
      }),
    ).rejects.toThrow(/Parquet is binary: give a file with --out/);
  });

  it('should say what is wrong with a request it cannot serve', async () => {
    const unknown = await download('tenants.csv');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { message: string }).message).toContain('responses');
    const badFilter = await download('responses.csv?kinds=charity');
    expect(badFilter.status).toBe(400);
    expect(((await badFilter.json()) as { message: string }).message).toContain('kinds: "charity"');
    expect((await download('responses.xlsx')).status).toBe(400);
  });

  it('should serve the schema committed in apps/api/schema.gql', async () => {
    const { data } = await api.gql<IntrospectionQuery>(getIntrospectionQuery());
    const served = `${printSchema(buildClientSchema(data!))}\n`;
    if (process.env.UPDATE_SCHEMA === '1') {
      writeFileSync(SCHEMA_FILE, served);
    }
    // A schema change must show in review: run the tests with UPDATE_SCHEMA=1 and commit.
    expect(served).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });
});
