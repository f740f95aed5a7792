/**
 * Parses a formula into a tree. Operators and precedence follow Sheets: comparison < '&' < '+-' <
 * '*\/' < '^' < unary minus < '%'. Arguments may be separated by ',' (as scripts write formulas) or
 * ';' (as people in comma-decimal locales such as id_ID type them).
 */
import type { A1Ref } from '../a1';
import type { Token } from './tokens';
import { FormulaSyntaxError, tokenize } from './tokens';

export type Node =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'bool'; v: boolean }
  | { k: 'err'; code: string }
  | { k: 'ref'; ref: A1Ref }
  | { k: 'name'; name: string }
  | { k: 'call'; name: string; args: Node[] }
  | { k: 'neg'; x: Node }
  | { k: 'pct'; x: Node }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'empty' };

const binaryPrecedence: Record<string, number> = {
  '=': 1,
  '<>': 1,
  '<': 1,
  '>': 1,
  '<=': 1,
  '>=': 1,
  '&': 2,
  '+': 3,
  '-': 3,
  '*': 4,
  '/': 4,
  '^': 5,
};

const cache = new Map<string, Node>();

/** The tree of a formula ('=SUM(A1:A3)'); throws FormulaSyntaxError when Sheets would say so. */
export function parseFormula(formula: string): Node {
  const hit = cache.get(formula);
  if (hit) return hit;
  const tokens = tokenize(formula.replace(/^=/, ''));
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isPunct = (t: Token | undefined, v: string) => t?.type === 'punct' && t.value === v;

  function expression(minPrecedence: number): Node {
    let left = unary();
    for (;;) {
      const t = peek();
      if (t?.type !== 'op' || t.value === '%') break;
      const prec = binaryPrecedence[t.value]!;
      if (prec < minPrecedence) break;
      pos++;
      const right = expression(t.value === '^' ? prec : prec + 1);
      left = { k: 'bin', op: t.value, a: left, b: right };
    }
    return left;
  }

  function unary(): Node {
    const t = peek();
    if (t?.type === 'op' && (t.value === '-' || t.value === '+')) {
      pos++;
      const x = unary();
      return t.value === '-' ? { k: 'neg', x } : x;
    }
    let node = primary();
    while (peek()?.type === 'op' && (peek() as { value: string }).value === '%') {
      pos++;
      node = { k: 'pct', x: node };
    }
    return node;
  }

  function primary(): Node {
    const t = tokens[pos++];
    if (!t) throw new FormulaSyntaxError('Unexpected end of formula');
    switch (t.type) {
      case 'num':
        return { k: 'num', v: t.value };
      case 'str':
        return { k: 'str', v: t.value };
      case 'err':
        return { k: 'err', code: t.value };
      case 'ref':
        return { k: 'ref', ref: t.ref };
      case 'name': {
        const upper = t.value.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') return { k: 'bool', v: upper === 'TRUE' };
        return { k: 'name', name: t.value };
      }
      case 'func':
        return call(t.value);
      case 'punct':
        if (t.value === '(') {
          const inner = expression(1);
          if (!isPunct(tokens[pos++], ')')) throw new FormulaSyntaxError('Missing )');
          return inner;
        }
        throw new FormulaSyntaxError(`Unexpected '${t.value}'`);
      default:
        throw new FormulaSyntaxError(`Unexpected '${t.value}'`);
    }
  }

  function call(name: string): Node {
    pos++; // '('
    const args: Node[] = [];
    if (isPunct(peek(), ')')) {
      pos++;
      return { k: 'call', name, args };
    }
    for (;;) {
      const t = peek();
      args.push(isPunct(t, ',') || isPunct(t, ';') || isPunct(t, ')') ? { k: 'empty' } : expression(1));
      const sep = tokens[pos++];
      if (isPunct(sep, ')')) return { k: 'call', name, args };
      if (!isPunct(sep, ',') && !isPunct(sep, ';')) throw new FormulaSyntaxError('Expected , or )');
    }
  }

  const tree = expression(1);
  if (pos !== tokens.length) throw new FormulaSyntaxError('Unexpected text after formula');
  if (cache.size > 5000) cache.clear();
  cache.set(formula, tree);
  return tree;
}

export { FormulaSyntaxError };
