import { cellDate } from './cell-date';
import { columnOf, findHeaderRow } from './find-header';
import { OutcomeFileError, OutcomeFileErrorCode, type RowProblem } from './outcomes.errors';
import type { SheetTable } from './sheet-table';

export type ProviderKind = 'housing_association' | 'local_authority' | 'other';

/** One provider on the Regulator of Social Housing's list. */
export interface RegisteredProvider {
  sheet: string;
  row: number;
  name: string;
  registrationNumber: string;
  corporateForm: string | null;
  designation: string;
  kind: ProviderKind;
  registeredOn: string | null;
  /** Where the list gives one (the list of de-registered providers does). */
  deregisteredOn: string | null;
}

const NAME = ['organisation name', 'provider name', 'name'];
const NUMBER = ['registration number', 'registration no', 'reg no'];

/** Designation → kind: the list says non-profit, for-profit or local authority. */
export function kindOfDesignation(designation: string): ProviderKind | null {
  const words = designation.toLowerCase().replace(/[^a-z]+/g, ' ');
  if (/\blocal authority\b/.test(words)) {
    return 'local_authority';
  }
  if (/\bnon profit\b/.test(words)) {
    return 'housing_association';
  }
  return /\bfor profit\b/.test(words) ? 'other' : null;
}

/**
 * The providers on the Regulator's list (any sheet whose header has "Organisation name" and
 * "Registration number", in any capitalisation and on any of the first rows), with each row
 * that cannot be used and why; `deregistrationList` when it is the list of de-registered
 * providers (it has their dates). Throws when no sheet has that header.
 */
export function readRegisteredProviders(
  tables: readonly SheetTable[],
  source: string,
): { providers: RegisteredProvider[]; problems: RowProblem[]; deregistrationList: boolean } {
  const providers: RegisteredProvider[] = [];
  const problems: RowProblem[] = [];
  let found = false;
  let deregistrationList = false;
  for (const table of tables) {
    const header = findHeaderRow(table, [NAME, NUMBER]);
    if (!header) {
      continue;
    }
    found = true;
    const col = (wordings: string[]) => columnOf(header.labels, wordings);
    const [name, number, form, designation, registered, deregistered] = [
      col(NAME),
      col(NUMBER),
      col(['corporate form']),
      col(['designation']),
      col(['registration date', 'date of registration']),
      col(['de registration date', 'deregistration date', 'date of de registration']),
    ];
    deregistrationList ||= deregistered >= 0;
    for (const { row, cells } of table.rows.slice(header.index + 1)) {
      const text = (i: number) => (i >= 0 ? (cells[i]?.text ?? '') : '');
      if (cells.every((c) => !c.text)) {
        continue;
      }
      const at = { sheet: table.name, row };
      const kind = kindOfDesignation(text(designation));
      if (!text(name) || !text(number)) {
        problems.push({ ...at, reason: `no ${text(name) ? 'registration number' : 'name'}` });
      } else if (!kind) {
        problems.push({
          ...at,
          reason: `designation "${text(designation)}" is not non-profit, for-profit or local authority`,
        });
      } else {
        providers.push({
          ...at,
          name: text(name),
          registrationNumber: text(number).toUpperCase().replace(/\s+/g, ''),
          corporateForm: text(form) || null,
          designation: text(designation),
          kind,
          registeredOn: cellDate(cells[registered]),
          deregisteredOn: deregistered >= 0 ? cellDate(cells[deregistered]) : null,
        });
      }
    }
  }
  if (!found) {
    throw new OutcomeFileError(
      OutcomeFileErrorCode.NoHeader,
      `${source}: no sheet has a header with "Organisation name" and "Registration number"`,
    );
  }
  return { providers, problems, deregistrationList };
}
