import type { EntityManager } from 'typeorm';
import { analyseAssessment } from '@ingest/nlp';
import { ReanalysisRepository } from '../assessments/reanalysis.repository';

/**
 * Judges corrected rows again (boilerplate, specificity, contradiction, actions, flags) from
 * their corrected text, as ingestion judges a new document: within the assessment, without
 * sector commonness, which the next sector pass adds. Rows not corrected keep their
 * judgements, so one correction never moves another row's flag. Call inside a transaction.
 */
export async function analyseCorrectedRows(
  manager: EntityManager,
  assessmentId: string,
  responseIds: readonly string[],
): Promise<void> {
  const wanted = new Set(responseIds);
  if (wanted.size === 0) {
    return;
  }
  const repository = new ReanalysisRepository(manager);
  const input = await repository.findInput(assessmentId);
  const analysis = analyseAssessment(input.responses, { referenceDate: input.completedOn });
  const rows = input.responseIds
    .map((id, i) => ({ id, analysed: analysis.responses[i]! }))
    .filter((r) => wanted.has(r.id));
  await repository.saveResponseAnalysis(
    rows.map((r) => r.id),
    rows.map((r) => r.analysed),
  );
}
