/**
 * The review page's writes, in one place: the corrections mutations live on another branch
 * of the API (correctResponse, undoCorrection, confirmResponse), so these are the only
 * lines that depend on their names and shapes.
 */
import { gql } from './api';

/** The fields an analyst may correct on a response (all optional). */
export interface ResponseCorrection {
  compliance?: string;
  evidence?: string;
  commentary?: string;
}

/** Assumed shape of what correctResponse returns: the correction, whose id undo takes. */
const CORRECTION_FIELDS = 'id';

export async function correctResponse(
  responseId: string,
  input: ResponseCorrection,
  note: string,
): Promise<{ id: string }> {
  const data = await gql<{ correctResponse: { id: string } }>(
    `mutation($id: ID!, $input: ResponseCorrectionInput!, $note: String!) {
      correctResponse(id: $id, input: $input, note: $note) { ${CORRECTION_FIELDS} } }`,
    { id: responseId, input, note },
  );
  return data.correctResponse;
}

export async function undoCorrection(correctionId: string): Promise<void> {
  await gql(`mutation($id: ID!) { undoCorrection(id: $id) { __typename } }`, {
    id: correctionId,
  });
}

/** "Looks right": the analyst checked the values against the source and found them right. */
export async function confirmResponse(responseId: string): Promise<void> {
  await gql(`mutation($id: ID!) { confirmResponse(id: $id) { __typename } }`, { id: responseId });
}
