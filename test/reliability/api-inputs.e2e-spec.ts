import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { startApiFixture, type ApiFixture } from '../support/api-fixture';
import { corpusDir } from '../support/corpus';

const SECRETS = /hunter2|t0k3n-s3cret|k3y-s3cret|ann:/;

interface IngestResult {
  source: string;
  status: string;
  assessmentId: string | null;
  error: string | null;
}

describe('what callers send the API: URLs with credentials, uploads', () => {
  let api: ApiFixture;
  let site: http.Server;
  let port: number;
  let analyst: string;
  const authorizations: (string | undefined)[] = [];
  const html = readdirSync(corpusDir('html')).sort()[1]!;

  beforeAll(async () => {
    site = http.createServer((req, res) => {
      authorizations.push(req.headers.authorization);
      if (req.url?.startsWith('/assessment.html')) {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(readFileSync(path.join(corpusDir('html'), html)));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    port = (site.address() as AddressInfo).port;
    api = await startApiFixture({ CHC_CRAWL_ALLOW: '127.0.0.1' });
    analyst = await api.key('analyst');
  }, 300_000);

  afterAll(async () => {
    await api.close();
    await new Promise<void>((resolve) => site.close(() => resolve()));
  });

  const ingestUrl = async (url: string) => {
    const result = await api.gql<{ ingestUrl: IngestResult }>(
      'mutation ($url: String!) { ingestUrl(url: $url) { source status assessmentId error } }',
      { url },
      analyst,
    );
    expect(JSON.stringify(result)).not.toMatch(SECRETS);
    return result.data!.ingestUrl;
  };

  it('should neither store nor show the credentials in a URL given to ingestUrl', async () => {
    const query = 'year=2024&token=t0k3n-s3cret&api_key=k3y-s3cret';
    const ingested = await ingestUrl(
      `http://ann:hunter2@127.0.0.1:${port}/assessment.html?${query}`,
    );
    expect(ingested.status).toBe('INGESTED');
    const shown = `http://127.0.0.1:${port}/assessment.html?year=2024&token=REDACTED&api_key=REDACTED`;
    expect(ingested.source).toBe(shown);
    expect(authorizations).toEqual([undefined]);

    // As a public caller (no key), and in an export.
    const read = await api.gql<{ assessment: { source: { source: string } } }>(
      'query ($id: ID!) { assessment(id: $id) { source { source } } }',
      { id: ingested.assessmentId },
    );
    expect(read.data?.assessment.source.source).toBe(shown);
    const exported = await (
      await fetch(`${api.server.url}/api/exports/assessments.csv?scope=all`)
    ).text();
    expect(exported).toContain(shown);
    expect(exported).not.toMatch(SECRETS);

    // Nor in the reason a fetch failed.
    const missing = await ingestUrl(
      `http://ann:hunter2@127.0.0.1:${port}/gone.pdf?token=t0k3n-s3cret`,
    );
    expect(missing).toMatchObject({
      status: 'FAILED',
      source: `http://127.0.0.1:${port}/gone.pdf?token=REDACTED`,
    });
    expect(missing.error).toContain('answered HTTP 404');
  });

  const upload = (query: string, body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(`${api.server.url}/api/documents${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${analyst}`, ...headers },
      body,
    });

  async function storedSha256(result: Response): Promise<string> {
    const ingested = (await result.json()) as IngestResult;
    expect(ingested).toMatchObject({ status: 'ingested', error: null });
    const read = await api.gql<{ assessment: { source: { sha256: string } } }>(
      'query ($id: ID!) { assessment(id: $id) { source { sha256 } } }',
      { id: ingested.assessmentId },
    );
    return read.data!.assessment.source.sha256;
  }

  const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

  it('should store multipart and raw uploads as the file itself', async () => {
    const [first, second] = readdirSync(corpusDir('docx')).sort();
    const docx = readFileSync(path.join(corpusDir('docx'), first!));
    // curl -F file=@assessment.docx
    const form = new FormData();
    form.append('file', new Blob([docx]), first);
    expect(await storedSha256(await upload('', form))).toBe(sha256(docx));

    // curl --data-binary @assessment.docx: curl's default content type is form-urlencoded.
    const raw = readFileSync(path.join(corpusDir('docx'), second!));
    const sent = await upload(`?name=${second!}`, raw, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(await storedSha256(sent)).toBe(sha256(raw));
  }, 120_000);
});
