/**
 * Where results go: a stream on stdout (honouring back-pressure, quiet on a closed pipe) or
 * one file per input under --out-dir, written to a temporary name and renamed into place.
 */
import { once } from 'node:events';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

export class StreamWriter {
  private closed = false;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      // The reader went away (`| head`): stop writing, exit quietly.
      if (error.code === 'EPIPE') {
        this.closed = true;
        process.exit(process.exitCode ?? 0);
      }
      process.stderr.write(`extract: cannot write output: ${error.code ?? error.message}\n`);
      process.exit(1);
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  async write(chunk: string): Promise<void> {
    if (this.closed || chunk === '') return;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}

let tempCounter = 0;

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // A hidden name no reader globs for; only a kill -9 mid-write can leave one behind.
  const temp = join(dirname(path), `.extract-${process.pid}-${tempCounter++}.tmp`);
  await writeFile(temp, content);
  await rename(temp, path);
}

/** `stories/a/b.txt` -> `<outDir>/a/b.claims.yaml` (the sub-folders below the input folder mirrored). */
export function outputPath(outDir: string, relativePath: string, extension: string): string {
  const withoutExt = relativePath.replace(/\.[^./\\]*$/, '');
  return join(outDir, `${withoutExt}.claims.${extension}`);
}
