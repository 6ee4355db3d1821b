/**
 * Turns the paths on the command line into a stream of inputs: files as named, folders walked
 * recursively in sorted order, `-` for standard input. Problems become error or skip items so
 * that the rest of a batch goes on.
 */
import type { Dirent } from 'node:fs';
import { opendir, realpath, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { toErrorInfo } from '../model/errors.js';
import type { FileFilter } from './glob.js';

export type InputItem =
  | {
      kind: 'file';
      path: string;
      /** Path below the folder it was found in, for --out-dir. */
      relativePath: string;
      /** A regular file when listed (a worker may read it); else a FIFO or device named on the command line. */
      regular: boolean;
    }
  | { kind: 'stdin' }
  | { kind: 'error'; path: string; code: string; message: string }
  | { kind: 'skipped'; path: string; message: string };

export interface InputOptions {
  filter: FileFilter;
  filterDescription: string;
}

export async function* listInputs(paths: readonly string[], options: InputOptions): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield { kind: 'error', path, ...toErrorInfo(error) };
      continue;
    }
    if (info.isDirectory()) {
      let found = 0;
      for await (const item of walk(path, path, options.filter, new Set())) {
        if (item.kind === 'file') found++;
        yield item;
      }
      if (found === 0) {
        yield { kind: 'error', path, code: 'no-matching-files', message: `folder has no files matching ${options.filterDescription}` };
      }
    } else {
      // A file named on the command line is read whatever its type (a FIFO from `<(...)` included).
      yield { kind: 'file', path, relativePath: basename(path), regular: info.isFile() };
    }
  }
}

async function* walk(root: string, dir: string, filter: FileFilter, seen: Set<string>): AsyncGenerator<InputItem> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (error) {
    yield { kind: 'error', path: dir, ...toErrorInfo(error) };
    return;
  }
  if (seen.has(real)) {
    yield { kind: 'skipped', path: dir, message: 'symbolic link loop: folder already visited' };
    return;
  }
  seen.add(real);
  let entries: Dirent[];
  try {
    entries = [];
    for await (const entry of await opendir(dir)) entries.push(entry);
  } catch (error) {
    yield { kind: 'error', path: dir, ...toErrorInfo(error) };
    return;
  }
  entries.sort((a, b) => compareNames(a.name, b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    // The directory entry says what a plain file or folder is; only links (and file systems that
    // do not say) need a stat, which is most of the cost of listing a large folder.
    let kind: 'file' | 'folder' | 'other';
    if (entry.isFile()) kind = 'file';
    else if (entry.isDirectory()) kind = 'folder';
    else {
      let info;
      try {
        info = await stat(path);
      } catch (error) {
        const { code, message } = toErrorInfo(error);
        // A dangling link or a file that vanished: say so, but only if it would have been read.
        if (filter(relative(root, path))) yield { kind: 'error', path, code, message };
        continue;
      }
      kind = info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'other';
    }
    if (kind === 'folder') {
      yield* walk(root, path, filter, seen);
    } else if (filter(relative(root, path))) {
      if (kind === 'file') yield { kind: 'file', path, relativePath: relative(root, path), regular: true };
      else yield { kind: 'skipped', path, message: 'not a regular file (FIFO, socket or device)' };
    }
  }
  seen.delete(real);
}

/** Code-point order: the same on every machine and locale. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function basename(path: string): string {
  const parts = path.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? path;
}
