import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startChc } from '../support/chc-process';

/** What a command's own work needs, and help never should. */
const HEAVY = ['typeorm', '@nestjs/core', 'pdfjs-dist', 'bullmq', 'natural', 'exceljs'];

describe('chc start-up: help loads no command’s work', () => {
  let dir: string;
  let preload: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'chc-startup-'));
    preload = path.join(dir, 'record-modules.js');
    // Records every module the process loaded, as it exits.
    writeFileSync(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(path.join(dir, 'loaded.json'))}, JSON.stringify(Object.keys(require.cache))));`,
    );
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function modulesLoadedBy(args: string[]): Promise<{ stdout: string; loaded: string[] }> {
    const run = await startChc(args, { NODE_OPTIONS: `--require ${preload}` }).exited;
    expect(run.code).toBe(0);
    return {
      stdout: run.stdout,
      loaded: JSON.parse(readFileSync(path.join(dir, 'loaded.json'), 'utf8')) as string[],
    };
  }

  const heavyIn = (loaded: string[]) =>
    HEAVY.filter((name) => loaded.some((file) => file.includes(`node_modules/${name}/`)));

  it.each([[['--help']], [['extract', '--help']], [['outcomes', 'import', '--help']]])(
    'should answer %j without loading the libraries commands run on',
    async (args) => {
      const { stdout, loaded } = await modulesLoadedBy(args);
      expect(stdout).toMatch(/Usage: chc/);
      expect(heavyIn(loaded)).toEqual([]);
    },
  );

  it('should load a command’s libraries when the command runs', async () => {
    const document = path.join(dir, 'assessment.html');
    writeFileSync(
      document,
      '<table><tr><th>Provision</th><th>Requirement</th><th>Comply</th><th>Evidence</th></tr>' +
        '<tr><td>1.2</td><td>A complaint must be defined</td><td>Yes</td><td>Policy section 2</td></tr>' +
        '<tr><td>1.3</td><td>A service request is not a complaint</td><td>No</td><td>Under review</td></tr></table>',
    );
    const { stdout, loaded } = await modulesLoadedBy(['extract', document, '--format', 'json']);
    expect(JSON.parse(stdout)).toHaveProperty('responses');
    expect(heavyIn(loaded)).toContain('@nestjs/core');
  });
});
