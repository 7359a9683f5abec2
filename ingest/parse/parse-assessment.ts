import type { CodeEdition, ExtractedResponse, ExtractionConfidence } from '@ingest/core';
import { detectEdition, findProvision, formProvisionsOf, mapTo2024 } from '@ingest/code';
import type { Block } from '@ingest/core';
import { readRag } from './answer-normaliser';
import { documentStructure, responseSignals } from './confidence-signals';
import { readMetadata, type DocumentMetadata } from './document-metadata';
import { extractionConfidence, responseConfidence } from './extraction-confidence';
import { labelledRecords } from './labelled-records';
import { recordAnswer } from './record-answer';
import { resolveProvisions } from './provision-resolver';
import { joinParts, type RowRecord } from './row-record';
import { tableRecords } from './table-records';

export interface ParsedAssessment extends DocumentMetadata {
  codeVersion: CodeEdition | null;
  responses: ExtractedResponse[];
  warnings: string[];
  confidence: ExtractionConfidence;
}

function toResponse(
  id: string,
  record: RowRecord,
  edition: CodeEdition | null,
  mergedInto?: string,
): ExtractedResponse {
  const answer = recordAnswer(record);
  return {
    provision: id,
    provision2024: edition ? mapTo2024(edition, id) : null,
    compliance: answer.compliance,
    rawAnswer: answer.rawAnswer,
    rag: readRag(joinParts(record.parts.rag), record.ragFill),
    requirement: mergedInto ? '' : joinParts(record.parts.requirement),
    evidence: mergedInto ? '' : answer.evidence,
    commentary: mergedInto ? '' : answer.commentary,
    page: record.page,
    ...(mergedInto ? { mergedInto } : {}),
  };
}

function documentText(blocks: readonly Block[]): string {
  return blocks
    .map((b) =>
      b.kind === 'text' ? b.text : b.kind === 'row' ? b.cells.map((c) => c.text).join(' ') : '',
    )
    .join('\n');
}

/**
 * Turns a document's rows and text into one response per Code provision: the edition
 * from numbering and wording, table rows (or labelled paragraphs) into records, ids
 * settled, answers normalised, and every repair it made listed as a warning.
 */
export function parseAssessment(blocks: readonly Block[]): ParsedAssessment {
  const warnings: string[] = [];
  // Records are first read against the 2024 form, then re-read once the edition is known.
  const readRecords = (edition: CodeEdition) => {
    const table = tableRecords(blocks, {
      lookup: (id) => findProvision(edition, id),
      formProvisions: formProvisionsOf(edition),
    });
    const labelled = labelledRecords(blocks);
    return labelled.length > table.filter((r) => r.id).length
      ? { records: labelled, labelled: true }
      : { records: table, labelled: false };
  };
  const { records: draft, labelled } = readRecords('2024');
  const numbered = draft
    .filter((r) => r.id)
    .map((r) => ({ id: r.id!, requirement: joinParts(r.parts.requirement) }));
  const questions = draft.filter((r) => !r.id && /\?/.test(joinParts(r.parts.requirement))).length;
  const verdict = detectEdition(numbered, documentText(blocks), questions);
  const { records, labelled: readAsLabelled } =
    verdict.edition && verdict.edition !== '2024'
      ? readRecords(verdict.edition)
      : { records: draft, labelled };
  if (records.length === 0) {
    warnings.push('no self-assessment table or provision list found');
  } else if (!verdict.edition) {
    warnings.push('could not tell which edition of the Code the document follows');
  }
  const resolved = resolveProvisions(records, verdict.edition, warnings);
  for (const r of records) {
    warnings.push(...r.warnings);
  }
  const responses = resolved.map(({ id, record, mergedInto }) =>
    toResponse(id, record, verdict.edition, mergedInto),
  );
  // Confidence: what parsing had to guess, scored per response and for the whole document.
  const signals = responses.map((r, i) => responseSignals(r, resolved[i]!.record));
  const confidence = extractionConfidence({
    structure: documentStructure(blocks, records, readAsLabelled),
    provisionsExpected: verdict.edition ? formProvisionsOf(verdict.edition).length : null,
    responses: signals,
  });
  if (confidence.level !== 'high') {
    warnings.push(`${confidence.level} extraction confidence: ${confidence.reasons.join('; ')}`);
  }
  return {
    ...readMetadata(blocks),
    codeVersion: verdict.edition,
    responses: responses.map((r, i) => ({ ...r, confidence: responseConfidence(signals[i]!) })),
    warnings,
    confidence,
  };
}
