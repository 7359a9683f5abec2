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
});
