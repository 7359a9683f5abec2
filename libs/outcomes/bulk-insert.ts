import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Rows per statement: one array per column, so the statement has a few parameters only. */
const CHUNK = 5000;

/**
 * Inserts rows of an entity many thousand at a time, each column sent as one array and
 * spread by `unnest`: TypeORM's own insert builds a parameter per cell and slows down
 * badly on the tens of thousands of rows of a full TSM file. Columns come from the
 * entity's metadata (generated ones left to the database); `onChunk` hears each batch.
 */
export async function bulkInsert<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  rows: readonly Partial<E>[],
  onChunk: (stored: number) => void = () => undefined,
): Promise<void> {
  const metadata = manager.connection.getMetadata(entity);
  const columns = metadata.columns.filter((c) => !c.isGenerated && !c.isArray);
  const names = columns.map((c) => `"${c.databaseName}"`).join(', ');
  const arrays = columns.map((c, i) => `$${i + 1}::${String(c.type)}[]`).join(', ');
  const sql = `INSERT INTO "${metadata.tableName}" (${names}) SELECT * FROM unnest(${arrays})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await manager.query(
      sql,
      columns.map((c) => chunk.map((row) => (row[c.propertyName] as unknown) ?? null)),
    );
    onChunk(chunk.length);
  }
}
