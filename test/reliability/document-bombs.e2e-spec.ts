import { monitorEventLoopDelay } from 'node:perf_hooks';
import { DocumentError, DocumentErrorCode, FailureAction } from '@ingest/core';
import { DocumentSandbox, type SandboxLimits } from '@ingest/extract';
import { extractDocument } from '@ingest/pipeline';
import { BAD_DOCUMENTS } from '../support/bad-documents';
import { BAD_MARKUP } from '../support/bad-markup';

const MIB = 1024 * 1024;

function bytesOf(file: string): Uint8Array {
  const bytes = [...BAD_DOCUMENTS, ...BAD_MARKUP].find((d) => d.file === file)!.bytes();
  return typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
}

/**
 * Extracts one document in a fresh sandbox and reports how it failed, how long it took and
 * the longest the event loop of this thread was blocked meanwhile.
 */
async function failure(bytes: Uint8Array, limits: Partial<SandboxLimits>) {
  const sandbox = new DocumentSandbox({ timeoutMs: 60_000, memoryMb: 256, threads: 1, ...limits });
  const lag = monitorEventLoopDelay({ resolution: 20 });
  lag.enable();
  const started = Date.now();
  try {
    const error = await extractDocument('bomb', bytes, sandbox).then(
      () => null,
      (e: unknown) => e,
    );
    return { error: error as DocumentError, ms: Date.now() - started, lagMs: lag.max / 1e6 };
  } finally {
    lag.disable();
    await sandbox.close();
  }
}

describe('documents built to exhaust a reader', () => {
  // First, while this process's peak memory is still low enough to show the bomb's.
  it('should stop inflating a Word file whose entries lie about their sizes at the limit', async () => {
    const bomb = bytesOf('lying-sizes.docx');
    const peakBefore = process.resourceUsage().maxRSS * 1024;
    const { error } = await failure(bomb, {});
    expect(error).toBeInstanceOf(DocumentError);
    expect(error.code).toBe(DocumentErrorCode.ZipBomb);
    expect(error.action).toBe(FailureAction.GiveUp);
    expect(error.message).toMatch(/^the Word file inflates past \d+ MiB from \d+ KiB/);
    // The entry really inflates to 512 MiB; at most the limit (about 100 MiB here) is made.
    expect(process.resourceUsage().maxRSS * 1024 - peakBefore).toBeLessThan(400 * MIB);
  });

  it('should refuse HTML nested 100,000 deep for good, without blocking this thread', async () => {
    const { error, lagMs } = await failure(bytesOf('deep-nesting.html'), {});
    expect(error).toBeInstanceOf(DocumentError);
    expect(error.code).toBe(DocumentErrorCode.TooDeep);
    expect(error.action).toBe(FailureAction.GiveUp);
    expect(error.message).toBe('HTML nested deeper than 1000 levels');
    expect(lagMs).toBeLessThan(1_000);
  });

  it('should stop a 24 MiB page of inline tags at the heap limit, without blocking this thread', async () => {
    const { error, lagMs } = await failure(bytesOf('inline-tags.html'), { memoryMb: 128 });
    expect(error).toBeInstanceOf(DocumentError);
    expect(error.code).toBe(DocumentErrorCode.OutOfMemory);
    expect(error.action).toBe(FailureAction.GiveUp);
    expect(error.message).toBe('ran out of memory reading the document (the limit is 128 MiB)');
    expect(lagMs).toBeLessThan(1_000);
  });

  it('should stop the same page at the deadline when the heap would allow it', async () => {
    const { error, ms, lagMs } = await failure(bytesOf('inline-tags.html'), {
      memoryMb: 2048,
      timeoutMs: 3_000,
    });
    expect(error).toBeInstanceOf(DocumentError);
    expect(error.code).toBe(DocumentErrorCode.TimedOut);
    expect(error.action).toBe(FailureAction.GiveUp);
    expect(error.message).toBe('reading the document took longer than 3 s');
    expect(ms).toBeLessThan(15_000);
    expect(lagMs).toBeLessThan(1_000);
  });

  it('should give a document queued behind a slow one its own full time', async () => {
    const sandbox = new DocumentSandbox({ timeoutMs: 3_000, memoryMb: 2048, threads: 1 });
    try {
      const slow = extractDocument('bomb', bytesOf('inline-tags.html'), sandbox).catch(
        (e: unknown) => e,
      );
      const page = '<html><body><table><tr><td>1.1</td><td>Yes</td></tr></table></body></html>';
      const queued = await extractDocument('page', Buffer.from(page), sandbox);
      expect(queued.format).toBe('html');
      expect(await slow).toBeInstanceOf(DocumentError);
    } finally {
      await sandbox.close();
    }
  });
});
