/**
 * Flex insights query expressions, parsed and evaluated locally:
 *   data.attributes.full_name CONTAINS "ann" AND (data.activity_name == "Available" OR
 *   data.worker_sid IN ["WK1", "WK2"])
 * Paths start at `data` (the item's value). Operators: CONTAINS (case-insensitive substring, or
 * membership for arrays), ==, !=, IN [..], NOT_IN [..], AND, OR, parentheses. Strings are
 * double-quoted with \" and \\ escapes. An empty expression matches every item.
 */

type Literal = string | number | boolean;
type Comparison = { op: '==' | '!=' | 'CONTAINS'; path: string[]; value: Literal } | { op: 'IN' | 'NOT_IN'; path: string[]; values: Literal[] };
export type Expression = { op: 'AND' | 'OR'; left: Expression; right: Expression } | Comparison | { op: 'ALL' };

/** Flex refuses expressions with 30 operators or more. */
export const MAX_OPERATORS = 29;

type Token =
  | { type: 'word'; text: string; at: number }
  | { type: 'string'; text: string; at: number }
  | { type: 'number'; value: number; at: number }
  | { type: 'symbol'; text: '==' | '!=' | '(' | ')' | '[' | ']' | ','; at: number };

/** Quotes user text as a string literal the parser reads back unchanged. */
export function quote(text: string): string {
  return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

export function parseExpression(source: string): Expression {
  const tokens = tokenize(source);
  if (tokens.length === 0) return { op: 'ALL' };
  const parser = new Parser(source, tokens);
  const expression = parser.expression();
  parser.expectEnd();
  if (parser.operators > MAX_OPERATORS) {
    throw new Error(`Query has ${parser.operators} operators; at most ${MAX_OPERATORS} are allowed.`);
  }
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
      return expression.values.includes(resolve(item, expression.path) as Literal);
    case 'NOT_IN':
      return !expression.values.includes(resolve(item, expression.path) as Literal);
  }
}

/** Parses once and returns a predicate; throws on a malformed expression. */
export function compileExpression(source: string): (item: unknown) => boolean {
  const expression = parseExpression(source);
  return (item) => matches(expression, item);
}

function resolve(item: unknown, path: string[]): unknown {
  let value = item;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function contains(field: unknown, value: Literal): boolean {
  if (Array.isArray(field)) return field.some((element) => element === value || sameText(element, value));
  if (typeof field !== 'string') return false;
  return field.toLowerCase().includes(String(value).toLowerCase());
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
    } else if (source.startsWith('==', i) || source.startsWith('!=', i)) {
      tokens.push({ type: 'symbol', text: source.slice(i, i + 2) as '==' | '!=', at: i });
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
    while (this.keyword('OR')) {
      this.operators++;
      left = { op: 'OR', left, right: this.conjunction() };
    }
    return left;
  }

  expectEnd(): void {
    const token = this.tokens[this.position];
    if (token) throw syntaxError(this.source, token.at, `unexpected ${describe(token)}`);
  }

  private conjunction(): Expression {
    let left = this.primary();
    while (this.keyword('AND')) {
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
    if (this.symbol('==')) return { op: '==', path, value: this.literal() };
    if (this.symbol('!=')) return { op: '!=', path, value: this.literal() };
    if (this.keyword('CONTAINS')) return { op: 'CONTAINS', path, value: this.literal() };
    if (this.keyword('IN')) return { op: 'IN', path, values: this.list() };
    if (this.keyword('NOT_IN')) return { op: 'NOT_IN', path, values: this.list() };
    throw this.unexpected('an operator (==, !=, CONTAINS, IN, NOT_IN)');
  }

  private path(): string[] {
    const token = this.tokens[this.position];
    if (token?.type !== 'word' || isKeyword(token.text)) throw this.unexpected('a path such as data.activity_name');
    const path = token.text.split('.');
    if (path[0] !== 'data' || path.length < 2 || path.some((key) => key === '')) {
      throw syntaxError(this.source, token.at, `"${token.text}" is not a path under data (such as data.activity_name)`);
    }
    this.position++;
    return path.slice(1);
  }

  private literal(): Literal {
    const token = this.tokens[this.position];
    if (token?.type === 'string') {
      this.position++;
      return token.text;
    }
    if (token?.type === 'number') {
      this.position++;
      return token.value;
    }
    if (token?.type === 'word' && /^(true|false)$/i.test(token.text)) {
      this.position++;
      return token.text.toLowerCase() === 'true';
    }
    throw this.unexpected('a value (a "quoted string", number, true or false)');
  }

  private list(): Literal[] {
    this.require('[');
    const values: Literal[] = [];
    if (this.symbol(']')) return values;
    do values.push(this.literal());
    while (this.symbol(','));
    this.require(']');
    return values;
  }

  private keyword(word: string): boolean {
    const token = this.tokens[this.position];
    if (token?.type === 'word' && token.text.toUpperCase() === word) {
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

const KEYWORDS = new Set(['AND', 'OR', 'CONTAINS', 'IN', 'NOT_IN']);
const isKeyword = (word: string) => KEYWORDS.has(word.toUpperCase());

function describe(token: Token): string {
  if (token.type === 'string') return quote(token.text);
  if (token.type === 'number') return String(token.value);
  return `"${token.text}"`;
}

function syntaxError(source: string, at: number, problem: string): Error {
  return new Error(`Malformed query expression at character ${at + 1}: ${problem}. Expression: ${source}`);
}
