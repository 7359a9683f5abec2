import { In, IsNull, type EntityManager } from 'typeorm';
import type { KeysetRow, SortKey } from '../graphql/keyset';
import { keysetPageSql } from '../graphql/keyset';
import type { PageRequest } from '../graphql/page-request';
import { ASSESSMENT_KINDS, PROVISION_KINDS, type CorrectionKind } from './correction-kinds';
import { CorrectionEntity } from './entities/correction.entity';

/** Which corrections a list shows. */
export interface CorrectionFilter {
  kind?: CorrectionKind | null;
  assessmentId?: string | null;
  responseId?: string | null;
  /** Only those in force (true), or only those undone or dropped (false). */
  active?: boolean | null;
}

const NEWEST_FIRST: readonly SortKey[] = [
  { sql: '"correctedAt"', type: 'timestamptz', descending: true },
  { sql: '"id"', type: 'uuid', descending: true },
];

/** The audit log of corrections: every one made, in force, undone or dropped. */
export class CorrectionLogRepository {
  constructor(private readonly manager: EntityManager) {}

  private get table() {
    return this.manager.getRepository(CorrectionEntity);
  }

  record(
    correction: Omit<
      CorrectionEntity,
      'id' | 'correctedAt' | 'undoneAt' | 'undoneBy' | 'droppedAt' | 'droppedReason'
    >,
  ): Promise<CorrectionEntity> {
    return this.table.save(this.table.create(correction));
  }

  findById(id: string): Promise<CorrectionEntity | null> {
    return this.table.findOne({ where: { id } });
  }

  /** Corrections in force on these assessments, oldest first (the order to apply them in). */
  findActive(assessmentIds: readonly string[]): Promise<CorrectionEntity[]> {
    if (assessmentIds.length === 0) {
      return Promise.resolve([]);
    }
    return this.table.find({
      where: { assessmentId: In([...assessmentIds]), undoneAt: IsNull(), droppedAt: IsNull() },
      order: { correctedAt: 'ASC', id: 'ASC' },
    });
  }

  /** Corrections in force on some responses, newest first. */
  findActiveOfResponses(responseIds: readonly string[]): Promise<CorrectionEntity[]> {
    return this.table.find({
      where: { responseId: In([...responseIds]), undoneAt: IsNull(), droppedAt: IsNull() },
      order: { correctedAt: 'DESC', id: 'DESC' },
    });
  }

  /**
   * Later corrections in force that build on this one, so it cannot be undone alone: of the
   * same value, or of the same provision where either adds or removes its row.
   */
  async findLaterDependents(correction: CorrectionEntity): Promise<CorrectionEntity[]> {
    const later = (await this.findActive([correction.assessmentId])).filter(
      (c) =>
        c.id !== correction.id &&
        (c.correctedAt > correction.correctedAt ||
          (c.correctedAt.getTime() === correction.correctedAt.getTime() && c.id > correction.id)),
    );
    const rowKind = (k: CorrectionKind) => PROVISION_KINDS.includes(k);
    return later.filter((c) =>
      ASSESSMENT_KINDS.includes(correction.kind)
        ? c.kind === correction.kind
        : c.provision === correction.provision &&
          c.kind !== 'confirmed' &&
          (c.kind === correction.kind || rowKind(c.kind) || rowKind(correction.kind)),
    );
  }

  async markUndone(id: string, by: string): Promise<void> {
    await this.table.update(id, { undoneAt: new Date(), undoneBy: by });
  }

  async markDropped(id: string, reason: string): Promise<void> {
    await this.table.update(id, { droppedAt: new Date(), droppedReason: reason });
  }

  /** Carries a correction over to a new version of its assessment. */
  async moveTo(id: string, assessmentId: string, responseId: string | null): Promise<void> {
    await this.table.update(id, { assessmentId, responseId });
  }

  /** One page of the log, newest first. */
  async page(
    filter: CorrectionFilter,
    page: PageRequest,
  ): Promise<(KeysetRow & { id: string; correction: CorrectionEntity })[]> {
    const params: unknown[] = [];
    const bind = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = [
      filter.kind ? `"kind" = ${bind(filter.kind)}` : null,
      filter.assessmentId ? `"assessmentId" = ${bind(filter.assessmentId)}::uuid` : null,
      filter.responseId ? `"responseId" = ${bind(filter.responseId)}::uuid` : null,
      filter.active === true ? '"undoneAt" IS NULL AND "droppedAt" IS NULL' : null,
      filter.active === false ? '("undoneAt" IS NOT NULL OR "droppedAt" IS NOT NULL)' : null,
    ].filter(Boolean);
    const base = `SELECT "id", "correctedAt" FROM "correction"${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
    const rows = await this.manager.query<(KeysetRow & { id: string })[]>(
      keysetPageSql(base, NEWEST_FIRST, page, bind),
      params,
    );
    const ids = rows.filter((r) => r.page_keys !== null).map((r) => r.id);
    const found = ids.length ? await this.table.find({ where: { id: In(ids) } }) : [];
    const byId = new Map(found.map((c) => [c.id, c]));
    return rows.map((r) => ({ ...r, correction: byId.get(r.id)! }));
  }
}
