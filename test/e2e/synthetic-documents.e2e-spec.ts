import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { startDemoSites } from '@chc/demo';
import { DocumentSandbox } from '@ingest/extract';
import { extractDocument } from '@ingest/pipeline';
import { renderDocument, SYNTHETIC_FORMATS, syntheticSector } from '@ingest/synthetic';

describe('synthetic sector documents', () => {
  const sandbox = new DocumentSandbox();
  afterAll(() => sandbox.close());
  const [assessment] = syntheticSector({
    seed: 11,
    landlords: 1,
    secondYearShare: 0,
    edition2022Share: 0,
  });

  it.each(SYNTHETIC_FORMATS)(
    'should extract every answer of a generated %s document as generated',
    async (format) => {
      const result = await extractDocument(
        `synthetic.${format}`,
        await renderDocument(assessment!, format),
        sandbox,
      );
      expect(result.format).toBe(format);
      expect(result.landlord).toBe(assessment!.landlord.name);
      // Every answer written as text in its own cell: nothing for an analyst to check.
      expect(result.confidence?.level).toBe('high');
      expect(result.responses.map((r) => [r.provision, r.compliance])).toEqual(
        assessment!.responses.map((r) => [r.provision, r.compliance]),
      );
      const words = (text: string) => text.replace(/\s+/g, ' ').trim();
      expect(result.responses.map((r) => words(r.commentary))).toEqual(
        assessment!.responses.map((r) => words(r.commentary)),
      );
    },
  );

  it.each(SYNTHETIC_FORMATS)(
    'should give a generated %s document the same bytes each time it is rendered',
    async (format) => {
      const sha = async () =>
        createHash('sha256')
          .update(await renderDocument(assessment!, format))
          .digest('hex');
      const first = await sha();
      // Long enough for any clock stamp (zip entries keep two-second steps) to move on.
      await sleep(2_100);
      expect(await sha()).toBe(first);
    },
  );

  it('should publish demo documents that state their period and completion date, the same bytes every run', async () => {
    const documentsOf = async () => {
      const sites = await startDemoSites(4);
      try {
        const found = new Map<string, Buffer>();
        for (const landlord of sites.landlords) {
          const page = await (await fetch(`${landlord.website}your-home/complaints`)).text();
          for (const [, href] of page.matchAll(/href="(\/documents\/[^"]+)"/g)) {
            const bytes = Buffer.from(
              await (await fetch(new URL(href!, landlord.website))).arrayBuffer(),
            );
            found.set(`${landlord.name}${href}`, bytes);
          }
        }
        return found;
      } finally {
        await sites.close();
      }
    };
    const first = await documentsOf();
    await sleep(2_100);
    const second = await documentsOf();
    const digest = (documents: Map<string, Buffer>) =>
      [...documents].map(([key, bytes]) => [key, createHash('sha256').update(bytes).digest('hex')]);
    expect(first.size).toBeGreaterThanOrEqual(4);
    expect(digest(second)).toEqual(digest(first));
    for (const [key, bytes] of first) {
      const extracted = await extractDocument(key, bytes, sandbox);
      expect({ key, year: extracted.year }).toEqual({
        key,
        year: Number(/-(\d{4})\.\w+$/.exec(key)![1]),
      });
      expect(extracted.period).toMatch(/^April \d{4} - March \d{4}$/);
      expect(extracted.assessmentDate).toMatch(/^\d{4}-0[5-7]-\d{2}$/);
    }
  }, 120_000);
});
