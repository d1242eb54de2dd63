import { expect } from '@open-wc/testing';
import { MAX_OPERATORS, compileExpression, quote } from './query-expression.js';

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
    expect(filter('data.attributes.level == 3')).to.deep.equal(['ann']);
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

  it('refuses 30 operators or more, like Flex', () => {
    const clause = (i: number) => `data.worker_sid == "WK${i}"`;
    const allowed = Array.from({ length: 15 }, (_, i) => clause(i)).join(' OR '); // 15 + 14 = 29
    expect(() => compileExpression(allowed)).not.to.throw();
    const tooMany = Array.from({ length: 16 }, (_, i) => clause(i)).join(' OR ');
    expect(() => compileExpression(tooMany)).to.throw(new RegExp(`at most ${MAX_OPERATORS}`));
  });
});
