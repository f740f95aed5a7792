/** One content, two bodies: what each kind of block becomes in HTML (inline styles only) and in text. */
import { describe, expect, it } from 'vitest';
import { type Block, renderHtml, renderText } from '../../../src/core/summary/render';

const WRAP =
  '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.45;color:#202124;max-width:640px">';
const H1 = (title: string) => `<h1 style="font-size:20px;margin:0 0 12px">${title}</h1>`;
const html = (blocks: Block[]) => renderHtml('Judul', blocks);
const body = (blocks: Block[]) => html(blocks).slice(WRAP.length + H1('Judul').length + 1, -'</div>'.length);

describe('renderHtml', () => {
  it('wraps the title and the blocks, one per line, escaping the title', () => {
    expect(renderHtml('A & B', [])).toBe(`${WRAP}${H1('A &amp; B')}</div>`);
    expect(
      html([
        { kind: 'heading', text: 'X' },
        { kind: 'heading', text: 'Y' },
      ]),
    ).toBe(
      `${WRAP}${H1('Judul')}\n<h2 style="font-size:16px;margin:20px 0 8px">X</h2>\n<h2 style="font-size:16px;margin:20px 0 8px">Y</h2></div>`,
    );
  });

  it('writes a paragraph’s lines with <br>, each in its tone', () => {
    expect(
      body([
        {
          kind: 'para',
          lines: [{ text: 'a<b' }, { text: 'awas', tone: 'alert' }, { text: 'kecil', tone: 'muted' }],
        },
      ]),
    ).toBe(
      '<p style="margin:0 0 10px">a&lt;b<br><span style="color:#b3261e">awas</span><br><span style="color:#5f6368;font-size:12px">kecil</span></p>',
    );
  });

  it('writes items with their title in bold, the note in brackets, and their lines', () => {
    expect(
      body([
        {
          kind: 'items',
          items: [
            { title: 'Ayu', note: '8A', lines: [{ text: 'satu' }, { text: 'dua', tone: 'alert' }] },
            { title: 'Budi', lines: [] },
          ],
        },
      ]),
    ).toBe('<p><b>Ayu</b> (8A)<br>satu<br><span style="color:#b3261e">dua</span></p>\n<p><b>Budi</b></p>');
  });

  it('draws a bar as a table row whose fill is the fraction, kept within 0–100%', () => {
    const bar = (fraction: number) =>
      body([{ kind: 'bars', bars: [{ label: 'L', value: 'V', fraction, colour: '#123456' }] }]);
    const row = (fill: string) =>
      '<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:100%;max-width:600px;margin:0 0 10px">' +
      '<tr><td style="padding:2px 6px">L</td>' +
      `<td style="padding:2px 6px;width:40%;background-color:#f1f3f4">${fill}</td>` +
      '<td style="padding:2px 6px">V</td></tr></table>';
    const fill = (w: number) =>
      `<div style="width:${w}%;height:12px;line-height:12px;font-size:1px;background-color:#123456">&nbsp;</div>`;
    expect(bar(0.384)).toBe(row(fill(38)));
    expect(bar(0.385)).toBe(row(fill(39)));
    expect(bar(1.7)).toBe(row(fill(100)));
    expect(bar(-0.2)).toBe(row(''));
    expect(bar(0)).toBe(row(''));
    expect(bar(0.004)).toBe(row(''));
    const two = body([
      {
        kind: 'bars',
        bars: [
          { label: 'A', value: '1', fraction: 0, colour: '#000' },
          { label: 'B', value: '2', fraction: 0, colour: '#000' },
        ],
      },
    ]);
    expect(two).toContain('>1</td></tr><tr><td');
  });
});

describe('renderText', () => {
  it('underlines the title with = and each heading with -, as long as the text', () => {
    expect(renderText('Judul', [{ kind: 'heading', text: 'Sesi' }])).toBe('Judul\n=====\n\nSesi\n----');
  });

  it('writes lines, items and bars, blocks apart by a blank line', () => {
    expect(
      renderText('T', [
        { kind: 'para', lines: [{ text: 'a' }, { text: 'b', tone: 'alert' }] },
        {
          kind: 'items',
          items: [
            { title: 'Ayu', note: '8A', lines: [{ text: 'x' }, { text: 'y' }] },
            { title: 'Budi', lines: [] },
          ],
        },
        {
          kind: 'bars',
          bars: [
            { label: 'L1', value: 'V1', fraction: 1, colour: '#000' },
            { label: 'L2', value: 'V2', fraction: 0, colour: '#000' },
          ],
        },
      ]),
    ).toBe('T\n=\n\na\nb\n\n* Ayu (8A)\n  x\n  y\n* Budi\n\n  L1: V1\n  L2: V2');
  });
});
