/** File selection for folders: by extension (`--ext txt,md`) or by a glob on the relative path. */

export type FileFilter = (relativePath: string) => boolean;

export function extensionFilter(list: string): FileFilter {
  const extensions = list
    .split(',')
    .map((e) => e.trim().replace(/^\*?\./, '').toLowerCase())
    .filter(Boolean);
  return (relativePath) => {
    const name = relativePath.toLowerCase();
    return extensions.some((ext) => name.endsWith('.' + ext));
  };
}

/**
 * Globs with `*` (within a folder), `**` (across folders), `?` and `{a,b}`. A pattern without
 * a slash matches the file name at any depth, as most users expect from `--glob '*.story'`.
 */
export function globFilter(pattern: string): FileFilter {
  const anchored = pattern.includes('/');
  const regex = new RegExp('^' + globToRegex(anchored ? pattern.replace(/^\.\//, '') : pattern) + '$');
  return (relativePath) => {
    const path = relativePath.split('\\').join('/');
    return regex.test(anchored ? path : path.slice(path.lastIndexOf('/') + 1));
  };
}

function globToRegex(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else if (ch === '{') {
      const close = pattern.indexOf('}', i);
      if (close === -1) out += '\\{';
      else {
        out += '(?:' + pattern.slice(i + 1, close).split(',').map(escape).join('|') + ')';
        i = close;
      }
    } else out += escape(ch);
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
