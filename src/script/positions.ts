/**
 * How user code is wrapped for evaluation, and how QuickJS positions in the wrapped code map
 * back to the flow file (or the script file).
 */
import type { Script } from '../flow/model.js';
import type { ScriptError, ScriptPhase } from './types.js';

/** File name given to QuickJS for user code, so its frames can be told from the bootstrap's. */
export const USER_FILE = 'flow-runner:script';

/** Lines the wrapper adds before the user's first line. */
const PREFIX_LINES = 1;

/**
 * Wraps the source in an async function so scripts may use top-level await; an `if` script is an
 * expression whose value the function returns. The user's code always starts at line 2, column 1.
 */
export function wrapSource(script: Script, phase: ScriptPhase): string {
  if (phase === 'if') return `(async function () { return (\n${script.source}\n); })()`;
  return `(async function () {\n${script.source}\n})()`;
}

const FRAME = new RegExp(`${escapeRegExp(USER_FILE)}:(\\d+):(\\d+)`);

/** Builds a ScriptError whose position points into the flow file, from a QuickJS stack. */
export function mapScriptError(
  script: Script,
  name: string,
  message: string,
  stack: string,
): ScriptError {
  const error: ScriptError = { name, message };
  const match = FRAME.exec(stack);
  if (match === null) return error;

  const lines = script.source.split('\n');
  let userLine = Number(match[1]) - PREFIX_LINES;
  let column = Number(match[2]);
  if (userLine < 1) return error;
  if (userLine > lines.length) {
    // A syntax error at the end of the input is reported on the wrapper's closing line: point
    // just past the last line of the user's code instead.
    userLine = lines.length;
    column = (lines[userLine - 1] ?? '').replace(/\r$/, '').length + 1;
  }

  // Inline scripts are YAML block scalars: every line carries the first line's indentation in
  // the file, so the column offset applies to each line; a script file starts at column 1.
  const columnOffset = script.loc.column - 1;
  error.loc = {
    file: script.loc.file,
    line: script.loc.line + userLine - 1,
    column: userLine === 1 || script.kind === 'inline' ? column + columnOffset : column,
  };
  error.sourceLine = lines[userLine - 1]?.replace(/\r$/, '');
  return error;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
