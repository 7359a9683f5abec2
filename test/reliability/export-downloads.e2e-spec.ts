import http from 'node:http';
import { startApiFixture, type ApiFixture } from '../support/api-fixture';

const FORMATS = ['csv', 'jsonl', 'parquet'] as const;
const LANDLORD_COUNT = '{ landlords(first: 1) { totalCount } }';

/**
 * Copies every stored answer with fresh evidence of random text, so an export is many
 * megabytes (more than the sockets hold) and a cancelled download leaves the server with
 * rows still to send.
 */
async function inflateResponses(api: ApiFixture, copies: number): Promise<void> {
  await api.pipeline.database.dataSource.query(
    `INSERT INTO "response" ("assessmentId", "provision", "provision2024", "compliance",
       "rawAnswer", "rag", "requirement", "evidence", "commentary", "page", "row", "mergedInto",
       "boilerplate", "boilerplateScore", "specificity", "analysis", "hasText")
     SELECT "assessmentId", "provision" || '~' || n, "provision2024", "compliance",
       "rawAnswer", "rag", "requirement",
       (SELECT string_agg(md5(random()::text), ' ') FROM generate_series(1, 40 + n % 2)),
       "commentary", "page", "row", "mergedInto",
       "boilerplate", "boilerplateScore", "specificity", "analysis", "hasText"
     FROM "response", generate_series(1, $1::int) AS n`,
    [copies],
  );
}

/**
 * What `curl … | head -c 200` does: reads the start, then closes the connection (at the
 * first bytes, since a Parquet file starts with 4 bytes and then a whole row group).
 */
function cancelledDownload(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, (response) => {
      response.once('data', () => {
        request.destroy();
        resolve();
      });
      response.on('end', () => reject(new Error(`${url} ended before it was cancelled`)));
    });
    request.on('error', (error) => {
      if (!request.destroyed) {
        reject(error);
      }
    });
  });
}

describe.each([
  ['PostgreSQL', false, 15],
  ['the embedded database', true, 3],
])('export downloads on %s', (_name, embedded, downloads) => {
  let api: ApiFixture;
  let closed = false;

  beforeAll(async () => {
    api = await startApiFixture({}, { embedded });
    await inflateResponses(api, 30);
    // The first query compiles what later ones reuse: the bound below is for a warm server.
    await api.gql(LANDLORD_COUNT);
  }, 600_000);

  afterAll(async () => {
    if (!closed) {
      await api.close();
    }
  });

  /** A query that needs a database connection, answered within a second. */
  async function expectAnswered(): Promise<void> {
    const response = await fetch(`${api.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LANDLORD_COUNT }),
      signal: AbortSignal.timeout(1_000),
    });
    const body = (await response.json()) as { data?: { landlords: { totalCount: number } } };
    expect(body.data?.landlords.totalCount).toBe(5);
  }

  it('should refuse unknown and repeated parameters, and answer 404 for inherited names', async () => {
    const refused = async (query: string, named: string) => {
      const response = await fetch(`${api.server.url}/api/exports/responses.csv?${query}`);
      expect([query, response.status]).toEqual([query, 400]);
      expect(((await response.json()) as { message: string }).message).toContain(named);
    };
    await refused('years[]=2024', '"years[]"');
    await refused('kind=almo', '"kind"');
    await refused('kinds=almo&kinds=other', 'kinds');
    await refused('years=2024&years=2025', 'years');
    for (const file of ['__proto__.csv', 'constructor.csv', 'toString.jsonl', 'hasOwnProperty']) {
      const response = await fetch(`${api.server.url}/api/exports/${file}`);
      expect([file, response.status]).toEqual([file, 404]);
    }
    for (const file of ['responses.constructor', 'responses.__proto__', 'responses']) {
      const response = await fetch(`${api.server.url}/api/exports/${file}`);
      expect([file, response.status]).toEqual([file, 400]);
    }
  });

  it.each(FORMATS)(
    'should keep answering after cancelled %s downloads',
    async (format) => {
      for (let i = 0; i < downloads; i++) {
        await cancelledDownload(`${api.server.url}/api/exports/responses.${format}`);
      }
      await expectAnswered();
    },
    120_000,
  );

  it('should still stop when asked, after cancelled downloads', async () => {
    await cancelledDownload(`${api.server.url}/api/exports/responses.csv`);
    let timer: NodeJS.Timeout | undefined;
    const stopped = await Promise.race([
      api.close().then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), 20_000);
      }),
    ]);
    clearTimeout(timer);
    closed = stopped;
    expect(stopped).toBe(true);
  }, 60_000);
});
