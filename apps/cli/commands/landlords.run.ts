import { promises as fs } from 'node:fs';
import { loadConfig } from '@chc/config';
import { openDatabase } from '@chc/db';
import { importLandlordFile } from '@chc/landlords';

export async function runImport(file: string): Promise<void> {
  const bytes = await fs.readFile(file).catch(() => {
    throw new Error(`${file}: cannot be read`);
  });
  const database = await openDatabase(loadConfig());
  try {
    // Row by row, not one transaction: a row the database refuses must not undo the others.
    const today = new Date().toISOString().slice(0, 10);
    const result = await importLandlordFile(database.dataSource.manager, bytes, file, today);
    process.stdout.write(
      `${result.created} landlords added, ${result.updated} updated, ${result.rejected.length} rejected; ${result.linked} stored documents linked to them\n`,
    );
    if (result.deregistered > 0) {
      process.stdout.write(`${result.deregistered} no longer on the list: marked de-registered\n`);
    }
    for (const reason of result.rejected) {
      process.stderr.write(`error: ${reason}\n`);
    }
    if (result.rejected.length > 0) {
      process.exitCode = 1;
    }
  } finally {
    await database.close();
  }
}
