/** The directory's expressions, read back by the embedded client's parser, strict as Twilio documents. */
import { expect } from '@open-wc/testing';
import { CONTACTS_PER_QUERY, contactExpressions, searchExpression, searchWords } from './insights-expressions.js';
import { parseExpression, type Expression } from '../local/query-expression.js';

/** The string values an expression compares with. */
function values(expression: Expression): string[] {
  switch (expression.op) {
    case 'ALL':
      return [];
    case 'AND':
    case 'OR':
      return [...values(expression.left), ...values(expression.right)];
    case 'IN':
    case 'NOT_IN':
      return expression.values;
    default:
      return [expression.value];
  }
}

describe('insights expressions', () => {
  it('searches as typed, in lower case and in Title Case, so a case-sensitive CONTAINS still finds a name', () => {
    expect(values(parseExpression(searchExpression(searchWords('  ann   LEE '))))).to.include.members(['ann LEE', 'ann lee', 'Ann Lee']);
    expect(values(parseExpression(searchExpression("siobhán o'connor-smith")))).to.include("Siobhán O'Connor-Smith");
    expect(new Set(values(parseExpression(searchExpression('bob')))), 'no spelling asked twice per field').to.have.property('size', 2);
    expect(parseExpression(searchExpression(''))).to.deep.include({ op: '!=' });
  });

  it('stays under the 30-operator limit for any text', () => {
    for (const text of ['x', 'Ann Lee', 'A very long name with many words in it', '" OR data.worker_sid != "']) {
      expect(() => parseExpression(searchExpression(searchWords(text))), text).not.to.throw();
    }
  });

  it('chunks identities: each once, at most CONTACTS_PER_QUERY a query, as one IN operator each', () => {
    const identities = Array.from({ length: 250 }, (_, i) => `agent.${i}`);
    const expressions = contactExpressions([...identities, ...identities.slice(0, 10), 'quote"d']);
    expect(CONTACTS_PER_QUERY).to.be.at.most(100);
    expect(expressions).to.have.length(3);
    const chunks = expressions.map((expression) => parseExpression(expression));
    for (const chunk of chunks) expect(chunk).to.include({ op: 'IN' }).and.to.deep.include({ path: ['attributes', 'contact_uri'] });
    const uris = chunks.flatMap(values);
    expect(uris).to.have.length(251);
    expect(uris).to.include.members(['client:agent.0', 'client:agent.249', 'client:quote"d']);
    expect(contactExpressions([])).to.deep.equal([]);
  });
});
