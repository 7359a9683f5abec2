import { cell, type Block } from '@ingest/core';
import { readPeriod } from './assessment-period';
import { readMetadata } from './document-metadata';

const text = (line: string, heading = false): Block => ({
  kind: 'text',
  text: line,
  heading,
  page: 1,
});
const labelled = (label: string, value: string): Block => ({
  kind: 'row',
  cells: [cell(label), cell(value)],
  markedHeader: false,
  page: 1,
});
const provisionRow = (id: string, evidence: string): Block => ({
  kind: 'row',
  cells: [cell(id), cell('The landlord must…'), cell('Yes'), cell(evidence), cell('')],
  markedHeader: false,
  page: 1,
});
const TITLE_ONLY = { bareFinancialYear: true, loneYear: true };
const BODY = { bareFinancialYear: false, loneYear: false };

describe(readPeriod.name, () => {
  it.each([
    ['April 2024 - March 2025', '2024-04-01', '2025-03-31', 2025],
    ['Period: April 2023 – March 2024', '2023-04-01', '2024-03-31', 2024],
    ['1 April 2024 to 31 March 2025', '2024-04-01', '2025-03-31', 2025],
    ['Apr 2024 until Mar 2025', '2024-04-01', '2025-03-31', 2025],
    ['covering 01/04/2024 - 31/03/2025', '2024-04-01', '2025-03-31', 2025],
    ['January 2024 to December 2024', '2024-01-01', '2024-12-31', 2024],
    ['Self-assessment 2024/25', '2024-04-01', '2025-03-31', 2025],
    ['Complaint Handling Code self-assessment 2024-25', '2024-04-01', '2025-03-31', 2025],
    ['FY 2024/25', '2024-04-01', '2025-03-31', 2025],
    ['FY24/25 self-assessment', '2024-04-01', '2025-03-31', 2025],
    ['2023/2024 annual report', '2023-04-01', '2024-03-31', 2024],
    ['financial year 2024 to 2025', '2024-04-01', '2025-03-31', 2025],
  ])('should read "%s" as %s to %s, year %i', (line, start, end, year) => {
    expect(readPeriod(line, TITLE_ONLY)).toMatchObject({ start, end, year });
  });

  it('should read a lone year after "self-assessment" as the year, with no dates', () => {
    expect(readPeriod('Self-assessment 2025', TITLE_ONLY)).toEqual({
      text: '2025',
      start: null,
      end: null,
      year: 2025,
    });
    expect(readPeriod('Our 2024 self-assessment', TITLE_ONLY)?.year).toBe(2024);
    expect(readPeriod('Self-assessment March 2025', TITLE_ONLY)?.year).toBe(2025);
  });

  it.each([
    'Complaint Handling Code self-assessment',
    'Housing Ombudsman Complaint Handling Code (2024)',
    'Reviewed on 2025-03-21',
    'Our strategy 2024-2027',
    'Our plan for 2024/26',
    'March 2025 - April 2024',
    'April 2021 - March 2025',
    '31/02/2024 - 31/03/2025',
  ])('should find no period in "%s"', (line) => {
    expect(readPeriod(line, TITLE_ONLY)).toBeNull();
  });

  it('should take a bare financial year in body text only with "FY" or "financial year"', () => {
    expect(readPeriod('92% answered on time in 2024/25.', BODY)).toBeNull();
    expect(readPeriod('Figures for the financial year 2024/25.', BODY)?.year).toBe(2025);
  });
});

describe(readMetadata.name, () => {
  it('should derive the year from a period when no completion date is stated', () => {
    const found = readMetadata([
      text('Example Homes: Complaint Handling Code self-assessment', true),
      text('Period: April 2024 - March 2025'),
      provisionRow('1.2', 'Policy section 2'),
    ]);
    expect(found).toMatchObject({
      assessmentDate: null,
      period: 'April 2024 - March 2025',
      periodStart: '2024-04-01',
      periodEnd: '2025-03-31',
      year: 2025,
    });
  });

  it('should derive the year from the title when the document states only that', () => {
    expect(
      readMetadata([text('Complaint Handling Code Self-Assessment 2024/25', true)]),
    ).toMatchObject({ period: '2024/25', year: 2025 });
    expect(readMetadata([text('Self-assessment 2025', true)]).year).toBe(2025);
  });

  it.each([
    ['Date completed', '12 June 2025', '2025-06-12', 2025],
    ['Reviewed', '03/2025', null, 2025],
    ['Date of review', 'March 2024', null, 2024],
    ['Approved on', '21/03/2025', '2025-03-21', 2025],
    ['Last reviewed', '2024-11-05', '2024-11-05', 2024],
  ])('should take the year from "%s: %s"', (label, value, date, year) => {
    const found = readMetadata([
      text('Complaint handling self-assessment', true),
      labelled(label, value),
    ]);
    expect(found).toMatchObject({ assessmentDate: date, year });
  });

  it('should prefer the stated period to the completion date when they disagree', () => {
    const found = readMetadata([
      text('Period: April 2023 - March 2024'),
      text('Date completed: 12 June 2025'),
    ]);
    expect(found).toMatchObject({ assessmentDate: '2025-06-12', year: 2024 });
  });

  it('should prefer a labelled period to the title, and the title to the body', () => {
    expect(
      readMetadata([
        text('Self-assessment 2024/25', true),
        text('Reporting period: 1 April 2023 to 31 March 2024'),
      ]).year,
    ).toBe(2024);
    expect(
      readMetadata([
        text('Self-assessment 2024/25', true),
        text('Figures compare April 2022 - March 2023 with this year.'),
      ]).year,
    ).toBe(2025);
  });

  it('should not take a year from dates in the evidence', () => {
    const found = readMetadata([
      text('Complaint Handling Code self-assessment', true),
      provisionRow('1.2', '92% answered on time in 2024/25; policy approved 12 March 2025.'),
      provisionRow('1.3', 'ACTION: update letters by end Q2 2025/26.'),
    ]);
    expect(found).toMatchObject({ period: null, assessmentDate: null, year: null });
  });

  it('should keep a labelled period it cannot date as text, with no year', () => {
    expect(readMetadata([text('Period: Quarter one')])).toMatchObject({
      period: 'Quarter one',
      year: null,
    });
  });
});
