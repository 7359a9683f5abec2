import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const CLI = path.resolve(__dirname, '../../dist/apps/cli/main.js');

export interface ChcRun {
  /** Exit code; null when it was killed (by `timeoutMs` or a test). */
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface ChcProcess {
  child: ChildProcess;
  /** Everything written so far, stdout and stderr together. */
  output(): string;
  exited: Promise<ChcRun>;
}

/** Starts the built `chc` with only PATH and `env` set, killed after `timeoutMs`. */
export function startChc(
  args: string[],
  env: Record<string, string>,
  timeoutMs = 180_000,
): ChcProcess {
  const started = performance.now();
  const child = spawn(process.execPath, [path.resolve(CLI), ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const exited = new Promise<ChcRun>((resolve) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    }),
  );
  return { child, output: () => stdout + stderr, exited };
}

export function runChc(
  args: string[],
  env: Record<string, string>,
  timeoutMs?: number,
): Promise<ChcRun> {
  return startChc(args, env, timeoutMs).exited;
}

/** `chc serve --port 0`, once it says where it listens. */
export async function startChcServer(env: Record<string, string>): Promise<ChcProcess> {
  const server = startChc(['serve', '--port', '0'], env, 600_000);
  for (;;) {
    if (/API at http:\/\/\S+\/graphql/.test(server.output())) {
      return server;
    }
    const ended = await Promise.race([
      server.exited,
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 200)),
    ]);
    if (ended) {
      throw new Error(`chc serve exited with ${ended.code}: ${ended.stdout}${ended.stderr}`);
    }
  }
}
