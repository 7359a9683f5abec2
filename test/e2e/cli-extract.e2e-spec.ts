import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ExtractionResult } from '@ingest/core';
import { corpusDir } from '../support/corpus';

const CLI = path.resolve(__dirname, '../../dist/apps/cli/main.js');

function chc(...args: string[]) {
  if (!existsSync(CLI)) {
    throw new Error(`build the CLI first (npm run build): ${CLI} is missing`);
  }
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 120_000 });
}

describe('chc extract', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'chc-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('should extract a folder as a batch, report a bad file on one line and exit 1', () => {
    const inputs = path.join(dir, 'in');
    const out = path.join(dir, 'out');
    mkdirSync(inputs);
    const [seed, pdf] = [corpusDir('seeds'), corpusDir('pdf')].map((d) =>
      path.join(d, readdirSync(d).sort()[0]!),
    );
    copyFileSync(seed!, path.join(inputs, 'assessment.txt'));
    copyFileSync(pdf!, path.join(inputs, 'assessment.pdf'));
    writeFileSync(path.join(inputs, 'broken.pdf'), '');
    const run = chc('extract', inputs, '--format', 'json', '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`error: ${path.join(inputs, 'broken.pdf')}: the file is empty`);
    expect(run.stderr).toContain('2 extracted, 1 failed');
    expect(readdirSync(out).sort()).toEqual(['assessment.pdf.json', 'assessment.txt.json']);
    const result = JSON.parse(
      readFileSync(path.join(out, 'assessment.pdf.json'), 'utf8'),
    ) as ExtractionResult;
    expect(result.format).toBe('pdf');
    expect(result.responses).toHaveLength(72);
  });

  it('should print one JSON document for one file and exit 0', () => {
    const seedDir = corpusDir('seeds');
    const run = chc(
      'extract',
      path.join(seedDir, readdirSync(seedDir).sort()[0]!),
      '--format',
      'json',
    );
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as ExtractionResult;
    expect(result.responses.map((r) => r.provision)).toContain('9.8');
  });

  it('should explain a bad option instead of failing quietly', () => {
    const run = chc('extract', dir, '--format', 'xml');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/--format must be json or table/);
  });

  it('should analyse a folder of extractions as a sector and compare two years', () => {
    const out = path.join(dir, 'extracted');
    const seeds = corpusDir('seeds');
    expect(chc('extract', seeds, '--format', 'json', '--out', out).status).toBe(0);
    const analyse = chc('analyse', out, '--phrases', '3');
    expect(analyse.status).toBe(0);
    expect(analyse.stdout).toContain('5 assessments from');
    expect(analyse.stdout).toContain('most common boilerplate sentences');
    const [first] = readdirSync(out).sort();
    const compare = chc(
      'compare',
      path.join(out, first!),
      path.join(out, first!),
      '--format',
      'json',
    );
    const changes = JSON.parse(compare.stdout) as {
      answerChanged: boolean;
      modification: number | null;
    }[];
    expect(
      changes.every((c) => !c.answerChanged && (c.modification === null || c.modification === 0)),
    ).toBe(true);
  });
});
