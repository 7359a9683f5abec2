import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '@chc/config';
import { reviewedGold } from '@chc/corrections/reviewed-gold';
import { openDatabase } from '@chc/db';

export async function runReviewExport(options: { out: string }): Promise<void> {
  const database = await openDatabase(loadConfig());
  try {
    const files = await reviewedGold(database.dataSource.manager);
    await mkdir(options.out, { recursive: true });
    let responses = 0;
    let reviewed = 0;
    for (const file of files) {
      await writeFile(
        path.join(options.out, file.fileName),
        `${JSON.stringify(file.gold, null, 1)}\n`,
      );
      responses += file.gold.responses.length;
      reviewed += file.gold.responses.filter((r) => r.reviewed).length;
    }
    process.stdout.write(
      `${files.length} reviewed assessments (${responses} responses, ${reviewed} reviewed by analysts) written to ${options.out} in the corpus gold format\n`,
    );
  } finally {
    await database.close();
  }
}
