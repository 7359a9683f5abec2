import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AssessmentEntity } from '@chc/assessments/entities/assessment.entity';
import { ResponseEntity } from '@chc/assessments/entities/response.entity';
import { SourceDocumentEntity } from '@chc/documents/entities/source-document.entity';

/**
 * A landlord's current 2024 self-assessment answering Yes to `yes` and No to `no`, stored
 * as ingestion stores one (a document, an assessment, a response per provision).
 */
export async function storeAssessment(
  manager: EntityManager,
  landlordId: string,
  answers: { yes: string[]; no?: string[] },
  when: { period: string; year: number } = { period: '2024-25', year: 2025 },
): Promise<string> {
  const sha256 = createHash('sha256')
    .update(`assessment of ${landlordId} for ${when.period}`)
    .digest('hex');
  const document = await manager.getRepository(SourceDocumentEntity).insert({
    source: `https://example.org/${landlordId}.pdf`,
    sha256,
    mediaType: 'application/pdf',
    size: 1000,
    fetchedAt: new Date('2025-06-01T00:00:00Z'),
    outcome: 'extracted',
  });
  const rows = [
    ...answers.yes.map((p) => [p, 'yes']),
    ...(answers.no ?? []).map((p) => [p, 'no']),
  ] as const;
  const assessment = await manager.getRepository(AssessmentEntity).insert({
    landlordId,
    documentId: document.identifiers[0]!.id as string,
    edition: '2024',
    period: when.period,
    periodKey: String(when.year),
    completedOn: `${when.year}-05-01`,
    year: when.year,
    extractorVersion: 'test',
    analysisVersion: 'test',
    indices: { responses: rows.length },
  });
  const assessmentId = assessment.identifiers[0]!.id as string;
  await manager.getRepository(ResponseEntity).insert(
    rows.map(([provision, compliance], row) => ({
      assessmentId,
      provision,
      provision2024: provision,
      compliance,
      rawAnswer: compliance,
      requirement: '',
      evidence: 'Evidence text.',
      commentary: '',
      hasText: true,
      row,
      boilerplate: false,
      boilerplateScore: 0,
      specificity: 0,
      analysis: {},
    })),
  );
  return assessmentId;
}
