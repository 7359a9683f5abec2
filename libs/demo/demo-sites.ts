import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DocumentFormat } from '@ingest/core';
import { renderDocument, syntheticSector, type SyntheticAssessment } from '@ingest/synthetic';

/** Sites publish PDFs, Word files and web pages in turn. */
const SITE_FORMATS: readonly DocumentFormat[] = ['pdf', 'docx', 'html'];

export interface DemoLandlord {
  name: string;
  kind: string;
  region: string;
  homes: number;
  website: string;
}

export interface DemoSites {
  landlords: DemoLandlord[];
  /** The registry as `chc landlords import` reads it. */
  registryCsv: string;
  close(): Promise<void>;
}

const MEDIA: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  text: 'text/plain; charset=utf-8',
};

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><nav><a href="/">Home</a> <a href="/about-us">About us</a> <a href="/contact-us">Contact us</a></nav><h1>${title}</h1>${body}</body></html>`;

interface SiteDocument {
  path: string;
  label: string;
  bytes: Buffer;
  format: DocumentFormat;
}

/** One landlord's website: a home page, a complaints page, and its self-assessments. */
function siteHandler(name: string, documents: SiteDocument[]): http.RequestListener {
  const pages: Record<string, string> = {
    '/': page(
      name,
      '<p>Welcome. <a href="/about-us">About us</a> · <a href="/your-home/complaints">Complaints and feedback</a></p>',
    ),
    '/about-us': page('About us', '<p>We are a social landlord.</p>'),
    '/contact-us': page('Contact us', '<p>Call us on 0300 000 0000.</p>'),
    '/your-home/complaints': page(
      'Complaints and feedback',
      `<p>How to complain, and how we handle complaints.</p><ul>${documents.map((d) => `<li><a href="${d.path}">${d.label}</a></li>`).join('')}</ul>`,
    ),
  };
  return (request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    const document = documents.find((d) => d.path === path);
    if (path === '/robots.txt') {
      response.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    } else if (document) {
      response
        .writeHead(200, {
          'content-type': MEDIA[document.format],
          'content-length': document.bytes.length,
        })
        .end(document.bytes);
    } else if (pages[path]) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[path]);
    } else {
      response.writeHead(404, { 'content-type': 'text/html' }).end(page('Not found', ''));
    }
  };
}

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/**
 * Generated landlords, each with a website on loopback that publishes its self-assessments
 * (PDF, Word or web page in turn), for `npm start` to crawl. Deterministic: the same seed
 * gives the same documents, so a second run finds them unchanged.
 */
export async function startDemoSites(count: number, seed = 2026): Promise<DemoSites> {
  const sector = syntheticSector({
    seed,
    landlords: count,
    secondYearShare: 0.5,
    edition2022Share: 0.15,
  });
  const byLandlord = new Map<string, SyntheticAssessment[]>();
  for (const assessment of sector) {
    byLandlord.set(assessment.landlord.name, [
      ...(byLandlord.get(assessment.landlord.name) ?? []),
      assessment,
    ]);
  }
  const servers: http.Server[] = [];
  const landlords: DemoLandlord[] = [];
  for (const [index, assessments] of [...byLandlord.values()].entries()) {
    const documents: SiteDocument[] = [];
    for (const assessment of assessments) {
      const format = SITE_FORMATS[index % SITE_FORMATS.length]!;
      documents.push({
        path: `/documents/complaint-handling-code-self-assessment-${assessment.year}.${format}`,
        label: `Complaint Handling Code self-assessment ${assessment.year}`,
        bytes: await renderDocument(assessment, format),
        format,
      });
    }
    const owner = assessments[0]!.landlord;
    const server = http.createServer(siteHandler(owner.name, documents));
    servers.push(server);
    const port = await listen(server);
    landlords.push({
      name: owner.name,
      kind: owner.kind,
      region: owner.region,
      homes: owner.homes,
      website: `http://127.0.0.1:${port}/`,
    });
  }
  const csvCell = (value: string | number) => `"${String(value).replace(/"/g, '""')}"`;
  return {
    landlords,
    registryCsv: [
      'name,website,kind,region,homes',
      ...landlords.map((l) =>
        [l.name, l.website, l.kind, l.region, l.homes].map(csvCell).join(','),
      ),
    ].join('\n'),
    async close() {
      await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    },
  };
}
