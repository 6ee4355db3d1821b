/**
 * An input the tool cannot process. `code` is stable and machine-readable (it appears in
 * batch error records); `message` is one human line without the file name, which the CLI adds.
 */
export class ExtractError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}

/** Turns anything thrown into a one-line error record: never a stack trace for the user. */
export function toErrorInfo(error: unknown): { code: string; message: string } {
  if (error instanceof ExtractError) return { code: error.code, message: error.message };
  const node = error as NodeJS.ErrnoException | undefined;
  if (node && typeof node.code === 'string') return { code: systemCode(node.code), message: systemMessage(node) };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `internal error: ${firstLine(message)}` };
}

const SYSTEM_CODES: Record<string, string> = {
  ENOENT: 'not-found',
  EACCES: 'permission-denied',
  EPERM: 'permission-denied',
  EISDIR: 'is-directory',
  ELOOP: 'symlink-loop',
};

function systemCode(code: string): string {
  return SYSTEM_CODES[code] ?? 'read-error';
}

function systemMessage(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EMFILE':
      return 'too many open files';
    default:
      return firstLine(error.message.replace(/^[A-Z]+: /, ''));
  }
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? '';
}
