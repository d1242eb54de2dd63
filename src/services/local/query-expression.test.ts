import { expect } from '@open-wc/testing';
import { MAX_OPERATORS, compileExpression, quote } from './query-expression.js';
import { TOO_MANY_OPERATORS_CODE } from './sync-errors.js';

const ann = {
  worker_sid: 'WK1',
  friendly_name: 'ann',
  activity_name: 'Available',
  attributes: { full_name: 'Ann Lee', email: 'ann@example.com', skills: ['billing', 'Spanish'], level: 3 },
};
const bo = {
  worker_sid: 'WK2',
  friendly_name: 'bo',
  activity_name: 'Break',
  attributes: { full_name: 'Bo "The Fixer" O\\Neil', email: 'bo@example.com' },
};
const filter = (expression: string) => [ann, bo].filter(compileExpression(expression)).map((w) => w.friendly_name);

describe('query expressions', () => {
  it('matches CONTAINS case-insensitively, == and != exactly', () => {
    expect(filter('data.attributes.full_name CONTAINS "aNn"')).to.deep.equal(['ann']);
    expect(filter('data.activity_name == "Available"')).to.deep.equal(['ann']);
    expect(filter('data.activity_name == "available"')).to.deep.equal([]);
    expect(filter('data.activity_name != "Available"')).to.deep.equal(['bo']);
    expect(filter('data.attributes.skills CONTAINS "spanish"')).to.deep.equal(['ann']);
    expect(filter('data.attributes.missing.deeper CONTAINS "x"')).to.deep.equal([]);
  });

  it('matches IN and NOT_IN lists', () => {
    expect(filter('data.worker_sid IN ["WK2", "WK9"]')).to.deep.equal(['bo']);
    expect(filter('data.worker_sid NOT_IN ["WK2"]')).to.deep.equal(['ann']);
    expect(filter('data.worker_sid IN []')).to.deep.equal([]);
  });

  it('combines with AND, OR and parentheses, AND binding tighter', () => {
    expect(filter('data.friendly_name == "bo" OR data.friendly_name == "ann" AND data.activity_name == "Break"')).to.deep.equal(['bo']);
    expect(filter('(data.friendly_name == "bo" OR data.friendly_name == "ann") AND data.activity_name == "Available"')).to.deep.equal(['ann']);
    expect(filter('data.attributes.email CONTAINS "example" and data.activity_name == "Break"')).to.deep.equal(['bo']);
  });

  it('matches everything on an empty expression', () => {
    expect(filter('')).to.deep.equal(['ann', 'bo']);
    expect(filter('   ')).to.deep.equal(['ann', 'bo']);
  });

  it('quotes user text so it reads back unchanged, quotes and backslashes included', () => {
    expect(quote('plain')).to.equal('"plain"');
    expect(quote('say "hi" \\ bye')).to.equal('"say \\"hi\\" \\\\ bye"');
    expect(filter(`data.attributes.full_name CONTAINS ${quote('"The Fixer" O\\N')}`)).to.deep.equal(['bo']);
    const hostile = '" OR data.worker_sid != "';
    expect(filter(`data.attributes.full_name CONTAINS ${quote(hostile)}`)).to.deep.equal([]);
  });

  it('refuses malformed expressions with a clear message', () => {
    const cases: Array<[string, RegExp]> = [
      ['data.activity_name == "Available', /unterminated string/],
      ['data.activity_name = "x"', /unexpected "="/],
      ['data.activity_name "x"', /expected an operator/],
      ['data.activity_name ==', /ends early/],
      ['activity_name == "x"', /not a path under data/],
      ['(data.activity_name == "x"', /ends early: expected "\)"/],
      ['data.activity_name == "x")', /unexpected "\)"/],
      ['data.activity_name == Available', /expected a value/],
      ['data.worker_sid IN "WK1"', /expected "\["/],
      ['data.activity_name == "a\\nb"', /escapes/],
      ['data.activity_name == "x" AND', /ends early/],
    ];
    for (const [expression, message] of cases) {
      expect(() => compileExpression(expression), expression).to.throw(Error, message);
      expect(() => compileExpression(expression)).to.throw(/Malformed query expression|ends early/);
    }
  });

  it('accepts every operator Twilio documents, in each of its documented forms', () => {
    const forms: Array<[string, string[]]> = [
      ['data.friendly_name {op} "ann"', ['eq', 'EQ', '==']],
      ['data.friendly_name {op} "ann"', ['not_eq', 'NOT_EQ', '!=']],
      ['data.friendly_name {op} ["ann"]', ['in', 'IN']],
      ['data.friendly_name {op} ["ann"]', ['not_in', 'NOT_IN']],
      ['data.attributes.full_name {op} "Ann"', ['contains', 'CONTAINS']],
      ['data.friendly_name == "ann" {op} data.activity_name == "Available"', ['and', 'AND', '&&']],
      ['data.friendly_name == "ann" {op} data.friendly_name == "bo"', ['or', 'OR', '||']],
    ];
    for (const [template, spellings] of forms) {
      const results = spellings.map((op) => filter(template.replace('{op}', op)));
      for (const result of results) expect(result, `${template} with ${spellings.join(', ')}`).to.deep.equal(results[0]);
    }
    expect(filter('data.friendly_name NOT_EQ "ann"')).to.deep.equal(['bo']);
    expect(filter('data.friendly_name == "ann" || data.friendly_name == "bo"')).to.deep.equal(['ann', 'bo']);
    expect(filter('data.friendly_name == "ann" && data.activity_name == "Break"')).to.deep.equal([]);
  });

  it('refuses operators and spellings Twilio does not document', () => {
    const cases: Array<[string, RegExp]> = [
      ['data.friendly_name Eq "ann"', /"Eq" is not an operator/],
      ['data.attributes.full_name Contains "ann"', /"Contains" is not an operator/],
      ['data.friendly_name == "ann" And data.activity_name == "Break"', /unexpected "And"/],
      ['data.friendly_name LIKE "ann"', /"LIKE" is not an operator/],
      ['data.friendly_name STARTS_WITH "a"', /"STARTS_WITH" is not an operator/],
      ['NOT data.friendly_name == "ann"', /not a path under data/],
      ['data.friendly_name > "a"', /unexpected ">"/],
      ['data.friendly_name <= "a"', /unexpected "<"/],
      ['data.friendly_name = "ann"', /unexpected "="/],
      ['data.friendly_name == "ann" & data.friendly_name == "bo"', /unexpected "&"/],
    ];
    for (const [expression, message] of cases) {
      expect(() => compileExpression(expression), expression).to.throw(Error, message);
    }
  });

  it('refuses values other than double-quoted strings, as Twilio documents', () => {
    for (const expression of ['data.attributes.level == 3', 'data.attributes.level == -1.5', 'data.available == true', 'data.worker_sid IN ["WK1", 2]']) {
      expect(() => compileExpression(expression), expression).to.throw(/only double-quoted strings/);
    }
  });

  it("refuses 30 operators or more with Twilio's 54509, counting an IN list as one", () => {
    const clause = (i: number) => `data.worker_sid == "WK${i}"`;
    const allowed = Array.from({ length: 15 }, (_, i) => clause(i)).join(' OR '); // 15 + 14 = 29
    expect(() => compileExpression(allowed)).not.to.throw();
    const tooMany = Array.from({ length: 16 }, (_, i) => clause(i)).join(' OR ');
    let refusal: (Error & { code?: number; status?: number }) | undefined;
    try {
      compileExpression(tooMany);
    } catch (error) {
      refusal = error as Error & { code?: number };
    }
    expect(refusal?.message).to.equal('Query expression contains too many operators');
    expect(refusal?.code).to.equal(TOO_MANY_OPERATORS_CODE);
    expect(TOO_MANY_OPERATORS_CODE).to.equal(54509);
    expect(MAX_OPERATORS).to.equal(29);
    const longList = `data.worker_sid IN [${Array.from({ length: 500 }, (_, i) => quote(`WK${i}`)).join(', ')}]`;
    expect(() => compileExpression(longList), 'one IN operator, however long its list').not.to.throw();
  });
});
