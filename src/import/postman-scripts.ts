/**
 * Postman scripts at import: the calls the sandbox's `pm` layer does not support, found by
 * name and line so the summary can list them before anything runs.
 */

/** Unsupported Postman calls and the pattern that finds each one in a script. */
const UNSUPPORTED: [string, RegExp][] = [
  ['pm.visualizer', /\bpm\.visualizer\b/],
  ['pm.vault', /\bpm\.vault\b/],
  ['pm.require', /\bpm\.require\s*\(/],
  ['pm.execution.setNextRequest', /\bpm\.execution\.setNextRequest\b/],
  ['postman.setNextRequest', /\bpostman\.setNextRequest\b/],
  ['pm.environment.clear', /\bpm\.environment\.clear\s*\(/],
  ['pm.globals.clear', /\bpm\.globals\.clear\s*\(/],
  ['pm.collectionVariables.clear', /\bpm\.collectionVariables\.clear\s*\(/],
  ['pm.environment.toObject', /\bpm\.environment\.toObject\s*\(/],
  ['pm.globals.toObject', /\bpm\.globals\.toObject\s*\(/],
  ['pm.collectionVariables.toObject', /\bpm\.collectionVariables\.toObject\s*\(/],
  ['pm.iterationData.toObject', /\bpm\.iterationData\.toObject\s*\(/],
  ['postman.clearEnvironmentVariables', /\bpostman\.clearEnvironmentVariables\s*\(/],
  ['postman.clearGlobalVariables', /\bpostman\.clearGlobalVariables\s*\(/],
  ['require', /(?<![.\w])require\s*\(/],
  ['CryptoJS', /\bCryptoJS\b/],
  ['cheerio', /\bcheerio\b/],
  ['xml2Json', /\bxml2Json\b/],
  ['_', /(?<![.\w$])_\.[A-Za-z]/],
  ['setTimeout', /(?<![.\w])setTimeout\s*\(/],
  // Methods of Postman's cookie list beyond get, has, toObject and jar.
  ...[
    'all',
    'count',
    'each',
    'filter',
    'find',
    'idx',
    'indexOf',
    'map',
    'one',
    'reduce',
    'add',
    'append',
    'clear',
    'insert',
    'populate',
    'prepend',
    'remove',
    'upsert',
  ].map((method): [string, RegExp] => [
    `pm.cookies.${method}`,
    new RegExp(`\\bpm\\.cookies\\.${method}\\s*\\(`),
  ]),
];

/** Names of the unsupported calls, in the order the scan reports them. */
export const UNSUPPORTED_CALLS: readonly string[] = UNSUPPORTED.map(([name]) => name);

export interface UnsupportedCall {
  name: string;
  /** 1-based line inside the script. */
  line: number;
}

/** Finds each unsupported call in a script, once per line; lines holding only a `//` comment are skipped. */
export function findUnsupportedCalls(source: string): UnsupportedCall[] {
  const found: UnsupportedCall[] = [];
  const lines = source.split('\n');
  lines.forEach((text, index) => {
    const code = text.replace(/^\s*\/\/.*$/, '');
    for (const [name, pattern] of UNSUPPORTED) {
      if (pattern.test(code)) found.push({ name, line: index + 1 });
    }
  });
  return found;
}

/**
 * Rewrites calls that have an exact standard equivalent. Postman's legacy sandbox loaded
 * Sugar.js, whose `String#has(text)` is `String#includes(text)`. The sandbox's built-ins are
 * frozen, so the method cannot be added back. Returns the script and the lines it changed.
 */
export function translateScript(source: string): { source: string; lines: number[] } {
  const lines: number[] = [];
  const translated = source
    .split('\n')
    .map((text, index) => {
      const next = text.replace(/\bresponseBody\.has\s*\(/g, 'responseBody.includes(');
      if (next !== text) lines.push(index + 1);
      return next;
    })
    .join('\n');
  return { source: translated, lines };
}

/** Reports whether a test script reads the request, which needs it kept by a pre script. */
export function readsRequest(source: string): boolean {
  return /\bpm\.request\b|(?<![.\w])request\.(?:url|method|headers|data|name)\b/.test(source);
}
