import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startChc } from '../support/chc-process';

describe('chc output into a pipe its reader closes early (`| head`)', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'chc-pipes-'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('should stop quietly with success, not with a stack trace', async () => {
    // Far more JSON than a pipe holds, so writing goes on after the reader has gone.
    const rows = Array.from(
      { length: 400 },
      (_, i) =>
        `<tr><td>${1 + Math.floor(i / 9)}.${2 + (i % 9)}</td><td>Requirement ${i}</td><td>Yes</td><td>${'Evidence of handling complaints well. '.repeat(20)}</td></tr>`,
    );
    const document = path.join(dir, 'long.html');
    writeFileSync(
      document,
      `<table><tr><th>Provision</th><th>Requirement</th><th>Comply</th><th>Evidence</th></tr>${rows.join('')}</table>`,
    );
    const { child, exited } = startChc(['extract', document, '--format', 'json'], {});
    child.stdout!.once('data', () => child.stdout!.destroy());
    const { code, stderr } = await exited;
    expect(stderr).not.toMatch(/EPIPE|at .*\(node:/);
    expect(code).toBe(0);
  });
});
