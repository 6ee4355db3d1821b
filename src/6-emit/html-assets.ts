/**
 * The style sheet and script inlined into every HTML report. Both are constants, so the report's
 * Content-Security-Policy allows exactly these two by hash: nothing else runs or loads, even if a
 * story managed to smuggle markup in.
 */
import { createHash } from 'node:crypto';

export const REPORT_CSS = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --paper: #fff; --panel: #f6f8fa;
  --actor: #2563eb; --person: #db2777; --organization: #0891b2; --media: #a16207; --group: #16a34a;
  --place: #0d9488; --date: #d97706; --weapon: #dc2626; --quote: #7c3aed; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--paper);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', 'Liberation Sans', sans-serif; }
header { padding: 16px 24px 10px; border-bottom: 1px solid var(--line); }
h1 { font-size: 22px; line-height: 1.25; margin: 0 0 4px; }
h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 18px 0 6px; }
.meta { color: var(--muted); margin: 0 0 8px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; }
.legend label { cursor: pointer; user-select: none; }
main { display: grid; grid-template-columns: minmax(0, 1fr) minmax(340px, 42%); gap: 24px; padding: 16px 24px 40px; }
@media (max-width: 960px) { main { grid-template-columns: minmax(0, 1fr); } }
.story { white-space: pre-wrap; overflow-wrap: anywhere; font: 17px/1.75 Georgia, 'DejaVu Serif', 'Liberation Serif', serif;
  max-width: 46em; margin: 0; }
aside { min-width: 0; }
#inspector { position: sticky; top: 0; z-index: 1; background: var(--panel); border: 1px solid var(--line);
  border-radius: 6px; padding: 10px 12px; min-height: 64px; max-height: 60vh; overflow: auto; }
#inspector .hint { color: var(--muted); margin: 0; }
mark { background: none; color: inherit; border-radius: 2px; -webkit-box-decoration-break: clone; box-decoration-break: clone; cursor: pointer; }
.hl-actor { background: #dbeafe; border-bottom: 2px solid var(--actor); }
.hl-actor.k-person { background: #fce7f3; border-bottom-color: var(--person); }
.hl-actor.k-organization { background: #cffafe; border-bottom-color: var(--organization); }
.hl-actor.k-media { background: #fef9c3; border-bottom-color: var(--media); }
.hl-actor.k-group { background: #dcfce7; border-bottom-color: var(--group); }
.hl-place { background: #ccfbf1; border-bottom: 2px solid var(--place); }
.hl-date { background: #ffedd5; border-bottom: 2px solid var(--date); }
.hl-weapon { background: #fee2e2; border-bottom: 2px solid var(--weapon); font-weight: 600; }
.hl-quote { background: rgba(124, 58, 237, .09); padding: 1px 0; }
.hl-cue { border-bottom: 2px dotted var(--quote); }
.hl-speaker, .speaker { font-weight: 700; }
.hl-transfer { text-decoration: underline dashed var(--weapon); text-underline-offset: 5px; }
.hide-actor .hl-actor, .hide-place .hl-place, .hide-date .hl-date, .hide-weapon .hl-weapon,
.hide-quote .hl-quote, .hide-quote .hl-cue, .hide-quote .hl-speaker, .hide-transfer .hl-transfer {
  background: none; border-bottom: 0; text-decoration: none; font-weight: inherit; cursor: text; }
.selected { outline: 2px solid var(--ink); outline-offset: 1px; }
.swatch { padding: 0 4px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: 3px 6px; border-bottom: 1px solid var(--line); }
th { color: var(--muted); font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr[data-e] { cursor: pointer; }
tr[data-e]:hover, tr[data-e]:focus { background: var(--panel); outline: none; }
.none { color: var(--muted); }
.card + .card { margin-top: 8px; padding-top: 8px; border-top: 1px solid var(--line); }
.card-head { display: flex; gap: 8px; align-items: baseline; }
.badge { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; padding: 0 5px; border-radius: 3px; }
dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 1px 10px; margin: 6px 0 0; }
dt { color: var(--muted); }
dd { margin: 0; overflow-wrap: anywhere; }
.tip { position: absolute; z-index: 2; max-width: 420px; background: var(--paper); border: 1px solid var(--line);
  border-radius: 6px; padding: 8px 10px; box-shadow: 0 4px 16px rgba(0, 0, 0, .15); pointer-events: none; font-size: 13px; }
.tip[hidden] { display: none; }
footer { color: var(--muted); padding: 0 24px 24px; font-size: 12px; }
`;

export const REPORT_SCRIPT = `
(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('extract-data').textContent);
  const story = document.getElementById('story');
  const inspector = document.getElementById('inspector');
  const tip = document.getElementById('tip');
  const body = document.body;
  // The titles are for readers without script; with it, the cards below say more.
  for (const mark of story.querySelectorAll('mark[title]')) mark.removeAttribute('title');

  const element = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const shown = (mark) => !body.classList.contains('hide-' + mark.dataset.k);
  // Every highlight under the pointer, innermost first: an actor inside a quote shows both.
  const chain = (mark) => {
    const marks = [];
    for (let node = mark; node && node !== story; node = node.parentElement) {
      if (node.tagName === 'MARK' && shown(node)) marks.push(node);
    }
    return marks;
  };
  const card = (mark) => {
    const detail = data.details[Number(mark.dataset.h)];
    const box = element('div', 'card');
    const head = element('div', 'card-head');
    head.append(element('span', 'badge hl-' + detail.kind + (detail.subkind ? ' k-' + detail.subkind : ''), detail.label), element('strong', '', detail.title));
    box.append(head);
    const list = element('dl');
    const add = (name, value) => {
      if (value) list.append(element('dt', '', name), element('dd', '', value));
    };
    if (detail.showText) add('text', '\\u201c' + mark.textContent + '\\u201d' + (mark.dataset.form ? ' (' + mark.dataset.form + ')' : ''));
    for (const [name, value] of detail.fields) add(name, value);
    box.append(list);
    return box;
  };
  const select = (key) => {
    for (const node of document.querySelectorAll('.selected')) node.classList.remove('selected');
    if (!key) return;
    for (const node of document.querySelectorAll('[data-e="' + CSS.escape(key) + '"]')) node.classList.add('selected');
  };
  const inspect = (mark) => {
    const cards = chain(mark).map(card);
    if (cards.length) inspector.replaceChildren(...cards);
  };

  story.addEventListener('mouseover', (event) => {
    const mark = event.target.closest && event.target.closest('mark');
    const cards = mark ? chain(mark).map(card) : [];
    if (!cards.length) {
      tip.hidden = true;
      return;
    }
    tip.replaceChildren(...cards);
    tip.hidden = false;
  });
  story.addEventListener('mousemove', (event) => {
    if (tip.hidden) return;
    const left = Math.min(event.pageX + 14, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(window.scrollX + 4, left) + 'px';
    tip.style.top = event.pageY + 18 + 'px';
  });
  story.addEventListener('mouseleave', () => (tip.hidden = true));
  story.addEventListener('click', (event) => {
    const mark = event.target.closest && event.target.closest('mark');
    if (!mark || !shown(mark)) return;
    inspect(mark);
    select(mark.dataset.e);
  });
  // A table row selects its entity in the story and shows its first highlight.
  const activate = (row) => {
    select(row.dataset.e);
    const first = story.querySelector('mark[data-e="' + CSS.escape(row.dataset.e) + '"]');
    if (first) {
      inspect(first);
      first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  };
  for (const row of document.querySelectorAll('tr[data-e]')) {
    row.addEventListener('click', () => activate(row));
    row.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        activate(row);
      }
    });
  }
  for (const box of document.querySelectorAll('.legend input[data-kind]')) {
    const update = () => body.classList.toggle('hide-' + box.dataset.kind, !box.checked);
    box.addEventListener('change', update);
    update();
  }
})();
`;

const hash = (source: string) => `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;

/** Nothing may load or run but the inline style and script above. */
export const REPORT_CSP = [
  "default-src 'none'",
  `style-src ${hash(REPORT_CSS)}`,
  `script-src ${hash(REPORT_SCRIPT)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
