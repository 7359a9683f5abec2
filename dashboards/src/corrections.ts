/** The review page's writes, in one place: correctResponse, undoCorrection, confirmResponse. */
import { gql } from './api';

/** The fields an analyst may correct on a response (all optional). */
export interface ResponseCorrection {
  compliance?: string;
  evidence?: string;
  commentary?: string;
}

/**
 * Corrects a response and returns the ids of the corrections made, one per value changed
 * (the response's corrections come newest first), so that Undo can take them all back.
 */
export async function correctResponse(
  responseId: string,
  input: ResponseCorrection,
  note: string,
): Promise<string[]> {
  const data = await gql<{ correctResponse: { corrections: { id: string }[] | null } }>(
    `mutation($id: ID!, $input: ResponseCorrectionInput!, $note: String!) {
      correctResponse(id: $id, input: $input, note: $note) { corrections { id } } }`,
    { id: responseId, input, note },
  );
  return (data.correctResponse.corrections ?? [])
    .slice(0, Object.keys(input).length)
    .map((correction) => correction.id);
}

/** Takes back corrections, newest first. */
export async function undoCorrections(correctionIds: readonly string[]): Promise<void> {
  for (const id of correctionIds) {
    await gql(`mutation($id: ID!) { undoCorrection(id: $id) { id } }`, { id });
  }
}

/** "Looks right": the analyst checked the values against the source and found them right. */
export async function confirmResponse(responseId: string, note: string): Promise<void> {
  await gql(`mutation($id: ID!, $note: String!) { confirmResponse(id: $id, note: $note) { id } }`, {
    id: responseId,
    note,
  });
}
