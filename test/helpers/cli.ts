/** Spawns the real, built binary (bin/extract.js) the way a user would. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = ROOT + 'bin/extract.js';
export const SEED = ROOT + 'fixtures/n1-us-serbia-russia-arms.txt';

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  input?: string | Buffer;
  env?: Record<string, string>;
  cwd?: string;
  /** Run as another user (the tests run as root in CI: root reads any file). */
  uid?: number;
  gid?: number;
}

/** The child process, for tests that talk to it while it runs (signals, pipes). */
export function spawnCli(args: string[], options: Omit<CliOptions, 'input'> = {}): ChildProcessWithoutNullStreams {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...options.env };
  // vitest forces colour in its workers; a user's pipe has no FORCE_COLOR.
  if (!options.env || !('FORCE_COLOR' in options.env)) delete env.FORCE_COLOR;
  return spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(options.uid !== undefined ? { uid: options.uid } : {}),
    ...(options.gid !== undefined ? { gid: options.gid } : {}),
  });
}

/** Collects a child's output until it ends. */
export function finished(child: ChildProcessWithoutNullStreams): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const child = spawnCli(args, options);
  const result = finished(child);
  // The reader may be gone (a usage error) before its input is written.
  child.stdin.on('error', () => undefined);
  if (options.input !== undefined) child.stdin.end(options.input);
  else child.stdin.end();
  return result;
}
