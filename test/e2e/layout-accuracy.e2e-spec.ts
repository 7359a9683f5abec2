import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DocumentSandbox } from '@ingest/extract';
import { sharedDir } from '../support/corpus';
import { extractAll, scoreAgainst, scoreLine } from '../support/corpus-scoring';

/** Issue 11's targets on every layout family and format. */
const TARGET = { recall: 0.98, precision: 0.98, compliance: 0.98, textF1: 0.93 };

/** `<family>/<format>` folders of the layouts corpus, where it is provided. */
function layoutFolders(): string[] {
  const root = path.join(sharedDir(), 'corpus', 'layouts');
  if (!existsSync(root)) {
    return [];
  }
  return readdirSync(root)
    .sort()
    .flatMap((family) =>
      readdirSync(path.join(root, family))
        .sort()
        .map((format) => `${family}/${format}`),
    );
}

const folders = layoutFolders();

describe('extraction accuracy on the same assessments in other layouts', () => {
  const sandbox = new DocumentSandbox();
  afterAll(() => sandbox.close());

  it('should find the layouts corpus (20 folders) beside the checkout', () => {
    expect(folders.length).toBeGreaterThanOrEqual(20);
  });

  it.each(folders)('should read %s to the targets', async (folder) => {
    const input = path.join(sharedDir(), 'corpus', 'layouts', folder);
    const outDir = await extractAll(input, sandbox, folder.replace('/', '-'));
    const score = scoreAgainst(path.join(sharedDir(), 'corpus', 'gold'), outDir);
    process.stdout.write(scoreLine(folder, score));
    expect(score.recall).toBeGreaterThanOrEqual(TARGET.recall);
    expect(score.precision).toBeGreaterThanOrEqual(TARGET.precision);
    expect(score.compliance).toBeGreaterThanOrEqual(TARGET.compliance);
    expect(score.textF1).toBeGreaterThanOrEqual(TARGET.textF1);
  });
});
