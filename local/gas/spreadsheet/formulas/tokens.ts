/**
 * Splits a formula into tokens that keep their source positions, so that the parser can build a
 * tree and the reference rewriter can edit references in place (when columns move or sheets are
 * renamed) without touching anything else.
 */
import type { A1Ref } from '../a1';
import { combineEndpoints, readEndpoint } from '../a1';

export type Token =
  | { type: 'num'; value: number; start: number; end: number }
  | { type: 'str'; value: string; start: number; end: number }
  | { type: 'err'; value: string; start: number; end: number }
  | { type: 'ref'; ref: A1Ref; start: number; end: number }
  | { type: 'func'; value: string; start: number; end: number }
  | { type: 'name'; value: string; start: number; end: number }
  | { type: 'op'; value: string; start: number; end: number }
  | { type: 'punct'; value: '(' | ')' | ',' | ';' | '{' | '}'; start: number; end: number };

export class FormulaSyntaxError extends Error {}

const errorPattern = /#(?:REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!)/y;
const numberPattern = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const namePattern = /[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*/y;
const quotedSheetPattern = /'((?:[^']|'')+)'!/y;
const plainSheetPattern = /([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!/y;

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** A reference (with its optional sheet prefix) starting at `pos`, or null. */
function readRef(text: string, pos: number): { ref: A1Ref; end: number } | null {
  let sheet: string | undefined;
  let at = pos;
  const quoted = sticky(quotedSheetPattern, text, pos);
  const plain = quoted ? null : sticky(plainSheetPattern, text, pos);
  if (quoted) sheet = quoted[1]!.replace(/''/g, "'");
  else if (plain) sheet = plain[1]!;
  if (quoted || plain) at = pos + (quoted ?? plain)![0].length;
  const first = readEndpoint(text, at);
  if (!first) return null;
  let end = first.end;
  let second: ReturnType<typeof readEndpoint> = null;
  if (text[end] === ':') {
    second = readEndpoint(text, end + 1);
    if (second) end = second.end;
  }
  if (/[\w.(!$]/.test(text[end] ?? '')) return null;
  const ref = combineEndpoints(first.point, second?.point ?? null);
  if (!ref) return null;
  return { ref: sheet === undefined ? ref : { sheet, ...ref }, end };
}

/** Tokens of a formula body (the text after '='). Throws FormulaSyntaxError on junk. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const start = i;
    if (ch === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new FormulaSyntaxError('Unterminated string');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i++];
      }
      tokens.push({ type: 'str', value, start, end: i });
      continue;
    }
    const err = sticky(errorPattern, text, i);
    if (err) {
      i += err[0].length;
      tokens.push({ type: 'err', value: err[0], start, end: i });
      continue;
    }
    const ref = /[A-Za-z$'\d_\u00C0-\uFFFF]/.test(ch) ? readRef(text, i) : null;
    if (ref) {
      i = ref.end;
      tokens.push({ type: 'ref', ref: ref.ref, start, end: i });
      continue;
    }
    const num = sticky(numberPattern, text, i);
    if (num) {
      i += num[0].length;
      tokens.push({ type: 'num', value: Number(num[0]), start, end: i });
      continue;
    }
    const name = sticky(namePattern, text, i);
    if (name) {
      i += name[0].length;
      let j = i;
      while (/\s/.test(text[j] ?? '')) j++;
      tokens.push({ type: text[j] === '(' ? 'func' : 'name', value: name[0], start, end: i });
      continue;
    }
    const op = /^(<>|<=|>=|[-+*/^&=<>%])/.exec(text.slice(i, i + 2));
    if (op) {
      i += op[1]!.length;
      tokens.push({ type: 'op', value: op[1]!, start, end: i });
      continue;
    }
    if ('(),;{}'.includes(ch)) {
      i++;
      tokens.push({ type: 'punct', value: ch as '(' | ')' | ',' | ';' | '{' | '}', start, end: i });
      continue;
    }
    throw new FormulaSyntaxError(`Unexpected '${ch}'`);
  }
  return tokens;
}
