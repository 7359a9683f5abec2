import { Presets, SingleBar } from 'cli-progress';

/** A progress bar on stderr for batches of more than one item, when stderr is a terminal. */
export function batchProgress(
  label: string,
  total: number,
): { tick: (detail: string, count?: number) => void; stop: () => void } {
  if (total <= 1 || !process.stderr.isTTY) {
    return { tick: () => undefined, stop: () => undefined };
  }
  const bar = new SingleBar(
    { format: `${label} [{bar}] {value}/{total} {detail}`, stream: process.stderr },
    Presets.shades_classic,
  );
  bar.start(total, 0, { detail: '' });
  return { tick: (detail, count = 1) => bar.increment(count, { detail }), stop: () => bar.stop() };
}
