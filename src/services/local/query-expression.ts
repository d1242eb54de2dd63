/**
 * Flex insights query expressions (Twilio Sync's Live Query Language), parsed and evaluated
 * locally, as strictly as Twilio documents them (https://www.twilio.com/docs/sync/live-query):
 *   data.attributes.full_name CONTAINS "ann" AND (data.activity_name == "Available" OR
 *   data.worker_sid IN ["WK1", "WK2"])
 *
 * Verified (documented): the operators and their only spellings, `and` (and, AND, &&), `or`
 * (or, OR, ||), `in` (in, IN), `eq` (eq, EQ, ==), `not_in` (not_in, NOT_IN), `not_eq` (not_eq,
 * NOT_EQ, !=), `contains` (contains, CONTAINS); parentheses; `[..]` lists; values are
 * double-quoted strings only; fewer than 30 operators, else error 54509 "Query expression
 * contains too many operators". Anything else is refused here with an error.
 * Assumed (not documented): an `in` list counts as one operator however long (the docs count
 * `in` as one operator and say no more); CONTAINS ignores case here (a substring test, or
 * membership for an array field) — whether Twilio's does is not verified, so the product must
 * not rely on it; \" and \\ are the only escapes; paths start at `data` (the item's value); an
 * empty expression matches every item.
 */
import { quoteLiteral as quote } from '../directory/insights-expressions.js';
import { tooManyOperators } from './sync-errors.js';

/** Quotes user text as a string literal the parser reads back unchanged: the directory's own quoting. */
export { quote };

type Comparison =
  | { op: '==' | '!=' | 'CONTAINS'; path: string[]; value: string }
  | { op: 'IN' | 'NOT_IN'; path: string[]; values: string[]; set: ReadonlySet<string> };
export type Expression = { op: 'AND' | 'OR'; left: Expression; right: Expression } | Comparison | { op: 'ALL' };

/** Twilio refuses expressions with 30 operators or more (error 54509). */
export const MAX_OPERATORS = 29;

/** Every documented spelling of each operator, and nothing else. */
const SPELLINGS = {
  AND: ['and', 'AND', '&&'],
  OR: ['or', 'OR', '||'],
  IN: ['in', 'IN'],
  '==': ['eq', 'EQ', '=='],
  NOT_IN: ['not_in', 'NOT_IN'],
  '!=': ['not_eq', 'NOT_EQ', '!='],
  CONTAINS: ['contains', 'CONTAINS'],
} as const;
type Operator = keyof typeof SPELLINGS;
const OPERATOR_BY_SPELLING = new Map<string, Operator>(
  Object.entries(SPELLINGS).flatMap(([operator, spellings]) => spellings.map((spelling) => [spelling, operator as Operator])),
);
const DOCUMENTED = Object.values(SPELLINGS).map((spellings) => spellings.join(' ')).join(', ');

type Token =
  | { type: 'word'; text: string; at: number }
  | { type: 'string'; text: string; at: number }
  | { type: 'number'; value: number; at: number }
  | { type: 'symbol'; text: '==' | '!=' | '&&' | '||' | '(' | ')' | '[' | ']' | ','; at: number };

export function parseExpression(source: string): Expression {
  const tokens = tokenize(source);
  if (tokens.length === 0) return { op: 'ALL' };
  const parser = new Parser(source, tokens);
  const expression = parser.expression();
  parser.expectEnd();
  if (parser.operators > MAX_OPERATORS) throw tooManyOperators();
  return expression;
}

/** Whether `item` (the `data` of the expression) matches. */
export function matches(expression: Expression, item: unknown): boolean {
  switch (expression.op) {
    case 'ALL':
      return true;
    case 'AND':
      return matches(expression.left, item) && matches(expression.right, item);
    case 'OR':
      return matches(expression.left, item) || matches(expression.right, item);
    case '==':
      return resolve(item, expression.path) === expression.value;
    case '!=':
      return resolve(item, expression.path) !== expression.value;
    case 'CONTAINS':
      return contains(resolve(item, expression.path), expression.value);
    case 'IN':
      return expression.set.has(resolve(item, expression.path) as string);
    case 'NOT_IN':
      return !expression.set.has(resolve(item, expression.path) as string);
  }
}

/** Parses once and returns a predicate; throws on a malformed expression. */
export function compileExpression(source: string): (item: unknown) => boolean {
  const expression = parseExpression(source);
  return (item) => matches(expression, item);
}

function inList(op: 'IN' | 'NOT_IN', path: string[], values: string[]): Comparison {
  return { op, path, values, set: new Set(values) };
}

function resolve(item: unknown, path: string[]): unknown {
  let value = item;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function contains(field: unknown, value: string): boolean {
  if (Array.isArray(field)) return field.some((element) => element === value || sameText(element, value));
  if (typeof field !== 'string') return false;
  return field.toLowerCase().includes(value.toLowerCase());
}

const sameText = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i]!;
    if (/\s/.test(char)) {
      i++;
    } else if (char === '"') {
      const start = i++;
      let text = '';
      for (;;) {
        if (i >= source.length) throw syntaxError(source, start, 'unterminated string');
        const c = source[i++]!;
        if (c === '"') break;
        if (c === '\\') {
          const escaped = source[i++];
          if (escaped !== '"' && escaped !== '\\') throw syntaxError(source, i - 2, 'only \\" and \\\\ escapes are allowed');
          text += escaped;
        } else {
          text += c;
        }
      }
      tokens.push({ type: 'string', text, at: start });
    } else if (['==', '!=', '&&', '||'].includes(source.slice(i, i + 2))) {
      tokens.push({ type: 'symbol', text: source.slice(i, i + 2) as '==' | '!=' | '&&' | '||', at: i });
      i += 2;
    } else if ('()[],'.includes(char)) {
      tokens.push({ type: 'symbol', text: char as '(' | ')' | '[' | ']' | ',', at: i });
      i++;
    } else if (/[-\d]/.test(char)) {
      const match = /^-?\d+(\.\d+)?/.exec(source.slice(i));
      if (!match) throw syntaxError(source, i, `unexpected "${char}"`);
      tokens.push({ type: 'number', value: Number(match[0]), at: i });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(char)) {
      const match = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(source.slice(i))!;
      tokens.push({ type: 'word', text: match[0], at: i });
      i += match[0].length;
    } else {
      throw syntaxError(source, i, `unexpected "${char}"`);
    }
  }
  return tokens;
}

class Parser {
  private position = 0;
  operators = 0;

  constructor(
    private readonly source: string,
    private readonly tokens: Token[],
  ) {}

  expression(): Expression {
    let left = this.conjunction();
    while (this.operator('OR')) {
      this.operators++;
      left = { op: 'OR', left, right: this.conjunction() };
    }
    return left;
  }

  expectEnd(): void {
    const token = this.tokens[this.position];
    if (token) throw syntaxError(this.source, token.at, `unexpected ${describe(token)}${spellingHint(token)}`);
  }

  private conjunction(): Expression {
    let left = this.primary();
    while (this.operator('AND')) {
      this.operators++;
      left = { op: 'AND', left, right: this.primary() };
    }
    return left;
  }

  private primary(): Expression {
    if (this.symbol('(')) {
      const inner = this.expression();
      this.require(')');
      return inner;
    }
    const path = this.path();
    this.operators++;
    if (this.operator('==')) return { op: '==', path, value: this.literal() };
    if (this.operator('!=')) return { op: '!=', path, value: this.literal() };
    if (this.operator('CONTAINS')) return { op: 'CONTAINS', path, value: this.literal() };
    // A Set for look-ups: an IN list of a hundred identities is matched against every worker.
    if (this.operator('IN')) return inList('IN', path, this.list());
    if (this.operator('NOT_IN')) return inList('NOT_IN', path, this.list());
    const token = this.tokens[this.position];
    if (token?.type === 'word') {
      throw syntaxError(this.source, token.at, `"${token.text}" is not an operator of Twilio's Live Query Language (${DOCUMENTED})`);
    }
    throw this.unexpected(`an operator (${DOCUMENTED})`);
  }

  private path(): string[] {
    const token = this.tokens[this.position];
    if (token?.type !== 'word' || OPERATOR_BY_SPELLING.has(token.text)) throw this.unexpected('a path such as data.activity_name');
    const path = token.text.split('.');
    if (path[0] !== 'data' || path.length < 2 || path.some((key) => key === '')) {
      throw syntaxError(this.source, token.at, `"${token.text}" is not a path under data (such as data.activity_name)`);
    }
    this.position++;
    return path.slice(1);
  }

  /** Twilio: "Only string types are supported for values." */
  private literal(): string {
    const token = this.tokens[this.position];
    if (token?.type === 'string') {
      this.position++;
      return token.text;
    }
    throw this.unexpected('a value (only double-quoted strings are supported)');
  }

  private list(): string[] {
    this.require('[');
    const values: string[] = [];
    if (this.symbol(']')) return values;
    do values.push(this.literal());
    while (this.symbol(','));
    this.require(']');
    return values;
  }

  /** Whether the next token spells `operator` as Twilio documents it; takes it if so. */
  private operator(operator: Operator): boolean {
    const token = this.tokens[this.position];
    if ((token?.type === 'word' || token?.type === 'symbol') && OPERATOR_BY_SPELLING.get(token.text) === operator) {
      this.position++;
      return true;
    }
    return false;
  }

  private symbol(text: string): boolean {
    const token = this.tokens[this.position];
    if (token?.type === 'symbol' && token.text === text) {
      this.position++;
      return true;
    }
    return false;
  }

  private require(text: string): void {
    if (!this.symbol(text)) throw this.unexpected(`"${text}"`);
  }

  private unexpected(expected: string): Error {
    const token = this.tokens[this.position];
    if (!token) return new Error(`Query expression ends early: expected ${expected}.`);
    return syntaxError(this.source, token.at, `expected ${expected} but found ${describe(token)}`);
  }
}

/** For "And" and the like: how Twilio spells the operator it resembles. */
function spellingHint(token: Token): string {
  if (token.type !== 'word') return '';
  const near = [...OPERATOR_BY_SPELLING.keys()].find((spelling) => spelling.toLowerCase() === token.text.toLowerCase());
  return near ? ` (operators are spelled ${SPELLINGS[OPERATOR_BY_SPELLING.get(near)!].join(', ')})` : '';
}

function describe(token: Token): string {
  if (token.type === 'string') return quote(token.text);
  if (token.type === 'number') return String(token.value);
  return `"${token.text}"`;
}

function syntaxError(source: string, at: number, problem: string): Error {
  return new Error(`Malformed query expression at character ${at + 1}: ${problem}. Expression: ${source}`);
}
