import type { EntityManager } from 'typeorm';
import type { AnalysedResponse } from '@ingest/nlp';
import { ActionEntity } from './entities/action.entity';
import { CitedDocumentEntity } from './entities/cited-document.entity';
import { FlagEntity } from './entities/flag.entity';

/** The analysis columns of a response row. */
export function analysisColumns(r: AnalysedResponse) {
  return {
    boilerplate: r.boilerplate.flag,
    boilerplateScore: r.boilerplate.score,
    specificity: r.specificity.score,
    analysis: {
      boilerplate: r.boilerplate,
      specificity: r.specificity,
      contradiction: r.contradiction,
    },
  };
}

/** The cited documents, actions and flags of analysed responses, each with its response's index. */
export function analysisRowsOf(responses: readonly AnalysedResponse[]) {
  return {
    cited: responses.flatMap((r, row) =>
      r.citedDocuments.map((d) => ({ row, name: d.name, sections: d.sections })),
    ),
    actions: responses.flatMap((r, row) =>
      r.actions.map((a) => ({
        row,
        text: a.text,
        dueFrom: a.due?.from ?? null,
        dueTo: a.due?.to ?? null,
      })),
    ),
    flags: responses.flatMap((r, row) => [
      ...(r.boilerplate.flag
        ? [{ row, kind: 'boilerplate' as const, reason: r.boilerplate.reasons.join('; ') }]
        : []),
      ...(r.contradiction
        ? [{ row, kind: 'contradiction' as const, reason: r.contradiction.words }]
        : []),
    ]),
  };
}

/** Cited documents, actions and flags of analysed responses, stored against their row ids. */
export async function insertAnalysisRows(
  manager: EntityManager,
  responseIds: readonly string[],
  responses: readonly AnalysedResponse[],
): Promise<void> {
  const { cited, actions, flags } = analysisRowsOf(responses);
  const against = <T extends { row: number }>(rows: T[]) =>
    rows.map(({ row, ...rest }) => ({ ...rest, responseId: responseIds[row]! }));
  for (const [entity, rows] of [
    [CitedDocumentEntity, against(cited)],
    [ActionEntity, against(actions)],
    [FlagEntity, against(flags)],
  ] as const) {
    for (let i = 0; i < rows.length; i += 500) {
      await manager.getRepository(entity).insert(rows.slice(i, i + 500));
    }
  }
}

/**
 * Analysts' verdicts outrank the analysis: a flag marked wrong stays overruled, and a
 * response whose boilerplate flag was marked wrong is not counted as boilerplate.
 */
export async function applyFlagReviews(
  manager: EntityManager,
  responseIds: readonly string[],
): Promise<void> {
  if (responseIds.length === 0) {
    return;
  }
  await manager.query(
    `UPDATE "flag" f SET "overruled" = true FROM "flag_review" v
     WHERE f."responseId" = ANY($1::uuid[]) AND v."responseId" = f."responseId" AND v."kind" = f."kind"`,
    [responseIds],
  );
  await manager.query(
    `UPDATE "response" r SET "boilerplate" = false FROM "flag_review" v
     WHERE r."id" = ANY($1::uuid[]) AND v."responseId" = r."id" AND v."kind" = 'boilerplate'`,
    [responseIds],
  );
}

/** Removes the cited documents, actions and flags of responses, before they are analysed again. */
export async function deleteAnalysisRows(
  manager: EntityManager,
  responseIds: readonly string[],
): Promise<void> {
  if (responseIds.length === 0) {
    return;
  }
  for (const entity of [CitedDocumentEntity, ActionEntity, FlagEntity]) {
    await manager
      .createQueryBuilder()
      .delete()
      .from(entity)
      .where('"responseId" IN (:...ids)', { ids: responseIds })
      .execute();
  }
}
