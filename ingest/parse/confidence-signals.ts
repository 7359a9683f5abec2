import type { Block, DocumentStructure, ExtractedResponse } from '@ingest/core';
import type { AnswerSource, ResponseSignals } from './extraction-confidence';
import type { RowRecord } from './row-record';
import { tableHasHeader } from './table-records';

/** The structure a document's records were read from. */
export function documentStructure(
  blocks: readonly Block[],
  records: readonly RowRecord[],
  labelled: boolean,
): DocumentStructure {
  if (records.length === 0) {
    return 'none';
  }
  if (labelled) {
    return 'labelled';
  }
  return tableHasHeader(blocks) ? 'table' : 'table_without_header';
}

function answerSourceOf(response: ExtractedResponse): AnswerSource {
  if (response.compliance === 'not_stated') {
    return response.rawAnswer.trim() ? 'unreadable' : 'missing';
  }
  // A merged provision takes its host's answer; a blank answer read as N/A came from the evidence.
  return response.mergedInto || !response.rawAnswer.trim() ? 'inferred' : 'read';
}

/** What one response's extraction had to guess, for scoring its confidence. */
export function responseSignals(response: ExtractedResponse, record: RowRecord): ResponseSignals {
  return {
    answerSource: answerSourceOf(response),
    idGuessed: !response.mergedInto && record.id !== response.provision,
    repairs: record.warnings.length,
  };
}
