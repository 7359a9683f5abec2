import { execFileSync } from 'node:child_process';
import path from 'node:path';

// Loaded in a process of its own, as a reader thread loads it: jest's module system would
// hide what pdf.js does to the thread's built-ins. Compared by identity, since core-js makes
// its replacements print as native code.
const keepsNativePush = (module: string) =>
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const push = Array.prototype.push; await import(${JSON.stringify(module)}); process.stdout.write(String(Array.prototype.push === push));`,
    ],
    { encoding: 'utf8' },
  );

describe('pdf.js as the reader loads it', () => {
  it("leaves the thread's native Array.prototype.push in place", () => {
    expect(keepsNativePush(path.join(__dirname, 'pdfjs.mjs'))).toBe('true');
  });

  it('is needed: the legacy build on its own replaces it', () => {
    const legacy = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
    expect(keepsNativePush(legacy)).toBe('false');
  });
});
