import type { Dataset } from './dataset';

/**
 * Characters a spreadsheet reads as the start of a formula (OWASP's list: `=`, `+`, `-`,
 * `@`, and the tab and carriage return that some applications skip before them).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The UTF-8 byte order mark Excel needs to read a CSV file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * A text cell a spreadsheet will show as text, not run: a leading formula character gets a
 * single quote before it, as OWASP recommends. Only text columns pass through here, so
 * negative numbers stay numbers.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The row with every text cell of the dataset neutralised for spreadsheets. */
export function spreadsheetSafeRow(
  dataset: Dataset,
  row: Record<string, unknown>,
): Record<string, unknown> {
  const safe = { ...row };
  for (const column of dataset.columns) {
    const value = safe[column.name];
    if (column.type === 'string' && typeof value === 'string') {
      safe[column.name] = neutraliseFormula(value);
    }
  }
  return safe;
}
