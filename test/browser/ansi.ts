/**
 * Terminal output with SGR colour codes as an HTML page that looks like the terminal: used to
 * take a picture of the pretty view (captured from a real pane with `tmux capture-pane -e`).
 * Handles what chalk and tmux write: reset, bold, dim, italic, underline, strikethrough and the
 * 16 foreground colours.
 */

const PALETTE: Record<number, string> = {
  30: '#3b4252', 31: '#f47067', 32: '#8ddb8c', 33: '#daaa3f', 34: '#6cb6ff', 35: '#dcbdfb', 36: '#56d4dd', 37: '#d1d7e0',
  90: '#768390', 91: '#ff938a', 92: '#b4f1b4', 93: '#f8e3a1', 94: '#96d0ff', 95: '#eedcff', 96: '#a2f0f5', 97: '#ffffff',
};

interface State {
  bold: boolean;
  dim: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  fg: number | null;
}

const initial = (): State => ({ bold: false, dim: false, italic: false, underline: false, strike: false, fg: null });

function apply(state: State, codes: number[]): void {
  if (codes.length === 0) codes = [0];
  for (const code of codes) {
    if (code === 0) Object.assign(state, initial());
    else if (code === 1) state.bold = true;
    else if (code === 2) state.dim = true;
    else if (code === 3) state.italic = true;
    else if (code === 4) state.underline = true;
    else if (code === 9) state.strike = true;
    else if (code === 22) state.bold = state.dim = false;
    else if (code === 23) state.italic = false;
    else if (code === 24) state.underline = false;
    else if (code === 29) state.strike = false;
    else if (code === 39) state.fg = null;
    else if (PALETTE[code]) state.fg = code;
  }
}

function css(state: State): string {
  const rules: string[] = [];
  if (state.fg !== null) rules.push(`color:${PALETTE[state.fg]}`);
  if (state.bold) rules.push('font-weight:700');
  if (state.dim) rules.push('opacity:.62');
  if (state.italic) rules.push('font-style:italic');
  const lines = [state.underline && 'underline', state.strike && 'line-through'].filter(Boolean);
  if (lines.length) rules.push(`text-decoration:${lines.join(' ')}`);
  return rules.join(';');
}

const escape = (text: string) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

export function ansiToHtml(ansi: string, title: string, columns: number): string {
  const state = initial();
  let body = '';
  // eslint-disable-next-line no-control-regex -- escape sequences are what this reads
  for (const part of ansi.split(/(\u001b\[[0-9;]*m)/)) {
    // eslint-disable-next-line no-control-regex -- as above
    const sgr = /^\u001b\[([0-9;]*)m$/.exec(part);
    if (sgr) {
      apply(state, sgr[1] ? sgr[1].split(';').map(Number) : []);
      continue;
    }
    if (part === '') continue;
    const style = css(state);
    body += style ? `<span style="${style}">${escape(part)}</span>` : escape(part);
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title><style>
body { margin: 0; background: #22272e; }
.window { display: inline-block; margin: 0; background: #22272e; }
.bar { background: #2d333b; color: #909dab; font: 12px system-ui, 'DejaVu Sans', sans-serif; padding: 6px 12px; }
pre { margin: 0; padding: 12px 16px 16px; color: #adbac7; font: 14px/1.35 'DejaVu Sans Mono', 'Liberation Mono', monospace; width: ${columns}ch; white-space: pre; }
</style></head><body><div class="window"><div class="bar">${escape(title)}</div><pre>${body}</pre></div></body></html>`;
}
