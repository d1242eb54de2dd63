// Where the command's words go: results and the summary on stdout, progress and problems on
// stderr (so `... > idle.txt` keeps a clean list). On a terminal the progress line rewrites itself.

/**
 * @typedef {object} Output
 * @property {(text: string) => void} line      a result line, on stdout
 * @property {(text: string) => void} problem   a failure in words, on stderr
 * @property {(text: string) => void} progress  a progress line, on stderr, replaced by the next one
 */

/**
 * @param {{ stdout: NodeJS.WriteStream, stderr: NodeJS.WriteStream }} streams
 * @returns {Output}
 */
export function createOutput({ stdout, stderr }) {
  const live = Boolean(stderr.isTTY);
  let showing = false;
  const clear = () => {
    if (showing) stderr.write('\r\x1b[K');
    showing = false;
  };
  return {
    line(text) {
      clear();
      stdout.write(`${text}\n`);
    },
    problem(text) {
      clear();
      stderr.write(`${text}\n`);
    },
    progress(text) {
      if (!live) {
        stderr.write(`${text}\n`);
        return;
      }
      stderr.write(`\r\x1b[K${text}`);
      showing = true;
    },
  };
}

const numbers = new Intl.NumberFormat('en-US');

/** @param {number} n */
export const count = (n) => numbers.format(n);

/**
 * "1 idle chat", "137 idle chats".
 * @param {number} n
 * @param {string} one
 * @param {string} [many]
 */
export const plural = (n, one, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

/**
 * Text from a conversation (a name someone chose) made safe to print on a terminal: control and
 * bidirectional-override characters are shown escaped, never obeyed, and long names are cut.
 * @param {unknown} text
 * @param {number} [max]
 */
export function printable(text, max = 80) {
  const value = typeof text === 'string' ? text : '';
  // eslint-disable-next-line no-control-regex
  const safe = value.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) =>
    `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}

/** @param {Date} date */
export const day = (date) => date.toISOString().slice(0, 10);
