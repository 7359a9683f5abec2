import { htmlSourceRows, matchingRow, sanitisedRow, textSourceRows } from './source-rows';

const PAGE = `<html><head><script>alert(1)</script></head><body>
<h1>Self-assessment</h1>
<table>
  <tr><th>Ref</th><th>Requirement</th><th>Met?</th><th>Evidence</th></tr>
  <tr><td>5.1</td><td>Landlords must acknowledge a complaint within five working days.</td><td>Yes</td>
      <td><ul><li>Acknowledged within <b>5 days</b> in 98% of cases</li></ul></td></tr>
  <tr><td>5.10</td><td>Landlords must keep residents informed.</td><td>Yes</td>
      <td>Monthly updates sent by the complaints team.</td></tr>
</table></body></html>`;

const response = (provision: string, evidence: string, requirement = '') => ({
  provision,
  requirement,
  rawAnswer: 'Yes',
  evidence,
  commentary: '',
});

describe(matchingRow.name, () => {
  it('should find the table row a response was read from, by its words and number', () => {
    const row = matchingRow(
      htmlSourceRows(PAGE),
      response('5.1', 'Acknowledged within 5 days in 98% of cases'),
    );
    expect(row?.text).toMatch(/^5\.1 Landlords must acknowledge/);
    expect(row?.markup).toMatch(/^<table><tr>/);
  });

  it('should not take 5.10 for 5.1 when the words do not decide', () => {
    const row = matchingRow(htmlSourceRows(PAGE), response('5.1', ''));
    expect(row?.text).toMatch(/^5\.1 /);
  });

  it('should find nothing when no row shares the words or the number', () => {
    expect(matchingRow(htmlSourceRows(PAGE), response('9.9', 'Quarterly board reports'))).toBe(
      null,
    );
  });

  it('should find the line of a text document', () => {
    const rows = textSourceRows('Ref\tEvidence\n\n6.2\tYes\tA named officer handles stage 2\n');
    expect(matchingRow(rows, response('6.2', 'A named officer handles stage 2'))?.text).toBe(
      '6.2 Yes A named officer handles stage 2',
    );
  });
});

describe(sanitisedRow.name, () => {
  it('should keep cells and formatting, and drop everything that could run or load', () => {
    const hostile = `<table><tr><td colspan="2" style="color:red" onclick="x()">Policy <b>v2</b>
      <script>steal()</script><img src="http://evil.example/t.png" onerror="x()">
      <a href="javascript:x()">link</a><iframe src="http://evil.example"></iframe>
      <style>body{background:url(http://evil.example)}</style><svg><use href="#x"/></svg></td></tr></table>`;
    const safe = sanitisedRow(hostile);
    expect(safe).toContain('<td colspan="2">Policy <b>v2</b>');
    expect(safe).toContain('link');
    expect(safe).not.toMatch(/script|steal|img|onerror|onclick|href|iframe|style|evil|svg/i);
  });
});
