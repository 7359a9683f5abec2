import type { EntityManager } from 'typeorm';
import { FlagEntity } from '@chc/assessments/entities/flag.entity';

/** The GraphQL type of each table whose rows are Nodes. */
const TABLES: readonly [typename: string, table: string][] = [
  ['Landlord', 'landlord'],
  ['Assessment', 'assessment'],
  ['Response', 'response'],
  ['Flag', 'flag'],
  ['SourceDocument', 'source_document'],
];

/** Finds which kind of object a global id (a UUID, unique across tables) names. */
export class NodeTypesRepository {
  constructor(private readonly manager: EntityManager) {}

  async typeOf(id: string): Promise<string | null> {
    const rows = await this.manager.query<{ typename: string }[]>(
      TABLES.map(
        ([typename, table]) => `SELECT '${typename}' AS "typename" FROM "${table}" WHERE "id" = $1`,
      ).join(' UNION ALL '),
      [id],
    );
    return rows[0]?.typename ?? null;
  }

  flag(id: string): Promise<FlagEntity | null> {
    return this.manager.getRepository(FlagEntity).findOneBy({ id });
  }
}
