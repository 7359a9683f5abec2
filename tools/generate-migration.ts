/* npm run migration:generate -- <Name>: writes libs/db/migrations/<timestamp>-<Name>.ts with
   the SQL that brings a database migrated so far up to the entities, and its reverse. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDataSource } from '../libs/db/data-source';
import { startEmbeddedPostgres } from '../libs/db/embedded-postgres';

const quote = (sql: string) => '`' + sql.replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('usage: npm run migration:generate -- <PascalCaseName>');
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'chc-migration-'));
  const embedded = await startEmbeddedPostgres(dir);
  const dataSource = createDataSource({ url: embedded.url, poolSize: 1 });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      process.stdout.write('the schema already matches the entities: no migration written\n');
      return;
    }
    const timestamp = Date.now();
    const up = sql.upQueries
      .map((q) => `    await queryRunner.query(${quote(q.query)});`)
      .join('\n');
    const down = [...sql.downQueries]
      .reverse()
      .map((q) => `    await queryRunner.query(${quote(q.query)});`)
      .join('\n');
    const file = path.resolve(__dirname, '../../libs/db/migrations', `${timestamp}-${name}.ts`);
    writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${timestamp} implements MigrationInterface {\n  name = '${name}${timestamp}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    process.stdout.write(`wrote ${file}; add it to libs/db/migrations/index.ts\n`);
  } finally {
    if (dataSource.isInitialized) {
      await dataSource.destroy();
    }
    await embedded.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
