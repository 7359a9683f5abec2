import { splitSentences } from '../text/sentences';
import { readDueDate, type DueDate } from './due-dates';

/** Something the landlord says it will do, with when, where the text says. */
export interface Action {
  text: string;
  due: DueDate | null;
}

const ACTION_LABEL = /\b(?:ACTIONS?|Action(?:s)?(?: required| plan)?)\s*[:–-]\s*/;
const COMMITMENT =
  /\b(?:will be (?:addressed|updated|reviewed|implemented|introduced|completed|improved|developed|rolled out|published|delivered|put in place|in place)|will (?:be )?(?:update|review|implement|introduce|complete|improve|develop|publish|deliver|launch|roll out|ensure|carry out)|(?:is|are) (?:due|scheduled|planned) (?:to|for|in)|plan(?:s|ned)? to|aim(?:s)? to|by (?:the )?end(?: of)?)\b/i;

/**
 * Actions and deadlines in a response: every "ACTION:" item (to the end of the cell, as
 * such items run on), and sentences that commit to future work with a date or period.
 * @param referenceDate reserved for resolving relative dates ("next quarter"); may be null.
 */
export function findActions(text: string, referenceDate: string | null): Action[] {
  void referenceDate;
  const actions: Action[] = [];
  const labelled = ACTION_LABEL.exec(text);
  const before = labelled ? text.slice(0, labelled.index) : text;
  if (labelled) {
    const item = text.slice(labelled.index).replace(/\s+/g, ' ').trim();
    actions.push({ text: item, due: readDueDate(item) });
  }
  for (const sentence of splitSentences(before)) {
    if (!COMMITMENT.test(sentence)) {
      continue;
    }
    const due = readDueDate(sentence);
    if (due) {
      actions.push({ text: sentence, due });
    }
  }
  return actions;
}
