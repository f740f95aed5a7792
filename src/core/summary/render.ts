/**
 * One content, two bodies: an email is built as a list of blocks, and the same blocks are
 * written as HTML and as plain text, so the two bodies cannot drift apart. The HTML is made
 * for Gmail: inline `style` attributes only (no <style>, no scripts, no images, nothing
 * fetched), and every text goes through escapeHtml here, so callers pass plain text.
 */
import { escapeHtml } from '../html';

export type Tone = 'alert' | 'muted';

export interface Line {
  text: string;
  tone?: Tone;
  /** An https address the line links to: the text is the link in HTML, followed by the address in plain text. */
  href?: string;
}

/** A named entry (a mentee, a student): the title in bold, its note after it, then lines. */
export interface Item {
  title: string;
  note?: string;
  lines: Line[];
}

/** A row of a bar chart: `fraction` (0–1) of the full width. */
export interface Bar {
  label: string;
  value: string;
  fraction: number;
  colour: string;
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'para'; lines: Line[] }
  | { kind: 'items'; items: Item[] }
  | { kind: 'bars'; bars: Bar[] };

const TONE: Record<Tone, string> = { alert: 'color:#b3261e', muted: 'color:#5f6368;font-size:12px' };

/** Only web addresses become links: nothing else (javascript:, data:) ever reaches an href. */
const linkable = (href: string | undefined): href is string => href !== undefined && /^https:\/\//.test(href);

function lineHtml(line: Line): string {
  const text = linkable(line.href)
    ? `<a href="${escapeHtml(line.href)}" style="color:#1a73e8">${escapeHtml(line.text)}</a>`
    : escapeHtml(line.text);
  return line.tone ? `<span style="${TONE[line.tone]}">${text}</span>` : text;
}

/** A line in plain text: a link's address after its text, since a plain-text body has no links. */
function lineText(line: Line): string {
  return linkable(line.href) ? `${line.text}: ${line.href}` : line.text;
}

function itemHtml(item: Item): string {
  const note = item.note ? ` (${escapeHtml(item.note)})` : '';
  const lines = item.lines.map((l) => `<br>${lineHtml(l)}`).join('');
  return `<p><b>${escapeHtml(item.title)}</b>${note}${lines}</p>`;
}

const TD = 'padding:2px 6px';

function barHtml(bar: Bar): string {
  const width = Math.round(Math.max(0, Math.min(1, bar.fraction)) * 100);
  const fill = width
    ? `<div style="width:${width}%;height:12px;line-height:12px;font-size:1px;background-color:${bar.colour}">&nbsp;</div>`
    : '';
  // Label and value may wrap: on a 390 px phone a mentor's name beside "4 dari 10 · 3 terlambat"
  // is wider than the screen, and Gmail would cut the column off rather than scroll it.
  return (
    `<tr><td style="${TD}">${escapeHtml(bar.label)}</td>` +
    `<td style="${TD};width:40%;background-color:#f1f3f4">${fill}</td>` +
    `<td style="${TD}">${escapeHtml(bar.value)}</td></tr>`
  );
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h2 style="font-size:16px;margin:20px 0 8px">${escapeHtml(block.text)}</h2>`;
    case 'para':
      return `<p style="margin:0 0 10px">${block.lines.map(lineHtml).join('<br>')}</p>`;
    case 'items':
      return block.items.map(itemHtml).join('\n');
    case 'bars':
      return `<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:100%;max-width:600px;margin:0 0 10px">${block.bars.map(barHtml).join('')}</table>`;
  }
}

/**
 * Writes blocks as an HTML email body under a title.
 * @example renderHtml('Ringkasan', [{ kind: 'para', lines: [{ text: 'Ayu & Budi' }] }])
 * // '<div style="…"><h1 …>Ringkasan</h1>\n<p …>Ayu &amp; Budi</p></div>'
 */
export function renderHtml(title: string, blocks: Block[]): string {
  const body = [
    `<h1 style="font-size:20px;margin:0 0 12px">${escapeHtml(title)}</h1>`,
    ...blocks.map(blockHtml),
  ];
  return `<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.45;color:#202124;max-width:640px">${body.join('\n')}</div>`;
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${block.text}\n${'-'.repeat(block.text.length)}`;
    case 'para':
      return block.lines.map(lineText).join('\n');
    case 'items':
      return block.items
        .map((i) =>
          [`* ${i.title}${i.note ? ` (${i.note})` : ''}`, ...i.lines.map((l) => `  ${lineText(l)}`)].join(
            '\n',
          ),
        )
        .join('\n');
    case 'bars':
      return block.bars.map((b) => `  ${b.label}: ${b.value}`).join('\n');
  }
}

/**
 * Writes the same blocks as a plain-text body.
 * @example renderText('Ringkasan', [{ kind: 'heading', text: 'Sesi' }]) // 'Ringkasan\n=========\n\nSesi\n----'
 */
export function renderText(title: string, blocks: Block[]): string {
  return [`${title}\n${'='.repeat(title.length)}`, ...blocks.map(blockText)].join('\n\n');
}
