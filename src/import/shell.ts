/**
 * A POSIX-shell tokenizer for pasted commands: words with single, double and ANSI-C (`$'...'`)
 * quoting, backslash escapes and line continuations, split into commands at newlines, `;`,
 * `&&`, `||` and `|`. Nothing is expanded: `$VAR` and `$(...)` stay as written.
 */

export interface ShellCommand {
  words: string[];
  /** 1-based line where the command starts in the source. */
  line: number;
}

export class ShellSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'ShellSyntaxError';
  }
}

/** Splits shell source into commands of words. */
export function tokenizeShell(source: string): ShellCommand[] {
  return new Tokenizer(source.replace(/\r\n/g, '\n')).run();
}

class Tokenizer {
  private index = 0;
  private line = 1;
  private lineStart = 0;
  private readonly commands: ShellCommand[] = [];
  private words: string[] = [];
  private commandLine = 1;
  private word: string | undefined;

  constructor(private readonly text: string) {}

  run(): ShellCommand[] {
    while (this.index < this.text.length) {
      const char = this.text[this.index] ?? '';
      if (char === '\\' && this.text[this.index + 1] === '\n') {
        // A line continuation joins the next line to this word or command.
        this.advance(2);
      } else if (char === ' ' || char === '\t') {
        this.endWord();
        this.index++;
      } else if (char === '\n' || char === ';') {
        this.endCommand();
        this.advance(1);
      } else if (char === '&' || char === '|') {
        this.endCommand();
        this.index += this.text[this.index + 1] === char ? 2 : 1;
      } else if (char === '#' && this.word === undefined) {
        while (this.index < this.text.length && this.text[this.index] !== '\n') this.index++;
      } else if (char === "'") {
        this.singleQuoted();
      } else if (char === '"') {
        this.doubleQuoted();
      } else if (char === '$' && this.text[this.index + 1] === "'") {
        this.ansiQuoted();
      } else if (char === '\\') {
        this.append(this.text[this.index + 1] ?? '');
        this.index += 2;
      } else {
        this.append(char);
        this.index++;
      }
    }
    this.endCommand();
    return this.commands;
  }

  private advance(count: number): void {
    for (let i = 0; i < count; i++) {
      if (this.text[this.index] === '\n') {
        this.line++;
        this.lineStart = this.index + 1;
      }
      this.index++;
    }
  }

  private append(text: string): void {
    if (this.word === undefined && this.words.length === 0) this.commandLine = this.line;
    this.word = (this.word ?? '') + text;
  }

  private endWord(): void {
    if (this.word !== undefined) this.words.push(this.word);
    this.word = undefined;
  }

  private endCommand(): void {
    this.endWord();
    if (this.words.length > 0) this.commands.push({ words: this.words, line: this.commandLine });
    this.words = [];
  }

  private unterminated(quote: string, startLine: number, startColumn: number): never {
    throw new ShellSyntaxError(`unterminated ${quote} quote`, startLine, startColumn);
  }

  private singleQuoted(): void {
    const start = this.index;
    const line = this.line;
    const column = start - this.lineStart + 1;
    const end = this.text.indexOf("'", start + 1);
    if (end < 0) this.unterminated('single', line, column);
    this.append(this.text.slice(start + 1, end));
    this.advance(end + 1 - start);
  }

  private doubleQuoted(): void {
    const start = this.index;
    const line = this.line;
    const column = start - this.lineStart + 1;
    this.append('');
    this.advance(1);
    for (;;) {
      if (this.index >= this.text.length) this.unterminated('double', line, column);
      const char = this.text[this.index] ?? '';
      if (char === '"') {
        this.index++;
        return;
      }
      if (char === '\\') {
        const next = this.text[this.index + 1] ?? '';
        // Inside double quotes a backslash escapes only these; before others it stays.
        if (next === '\n') this.advance(2);
        else if ('"\\$`'.includes(next)) {
          this.append(next);
          this.index += 2;
        } else {
          this.append('\\');
          this.index++;
        }
        continue;
      }
      this.append(char);
      this.advance(1);
    }
  }

  private ansiQuoted(): void {
    const start = this.index;
    const line = this.line;
    const column = start - this.lineStart + 1;
    this.append('');
    this.index += 2;
    for (;;) {
      if (this.index >= this.text.length) this.unterminated("$'", line, column);
      const char = this.text[this.index] ?? '';
      if (char === "'") {
        this.index++;
        return;
      }
      if (char !== '\\') {
        this.append(char);
        this.advance(1);
        continue;
      }
      const { text, length } = ansiEscape(this.text, this.index + 1);
      this.append(text);
      this.index += 1 + length;
    }
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

/** Decodes one escape of `$'...'` starting after the backslash, as bash does. */
function ansiEscape(text: string, at: number): { text: string; length: number } {
  const char = text[at] ?? '';
  const simple = SIMPLE_ESCAPES[char];
  if (simple !== undefined) return { text: simple, length: 1 };

  const digits = (pattern: RegExp, max: number, from: number): string => {
    let found = '';
    while (found.length < max && pattern.test(text[from + found.length] ?? ''))
      found += text[from + found.length];
    return found;
  };
  if (char === 'x') {
    const hex = digits(/[0-9a-fA-F]/, 2, at + 1);
    if (hex === '') return { text: '\\x', length: 1 };
    return { text: String.fromCharCode(parseInt(hex, 16)), length: 1 + hex.length };
  }
  if (char === 'u' || char === 'U') {
    const hex = digits(/[0-9a-fA-F]/, char === 'u' ? 4 : 8, at + 1);
    if (hex === '') return { text: `\\${char}`, length: 1 };
    return { text: String.fromCodePoint(parseInt(hex, 16)), length: 1 + hex.length };
  }
  if (/[0-7]/.test(char)) {
    const octal = digits(/[0-7]/, 3, at);
    return { text: String.fromCharCode(parseInt(octal, 8) & 0xff), length: octal.length };
  }
  if (char === 'c') {
    const control = text[at + 1] ?? '';
    return { text: String.fromCharCode(control.toUpperCase().charCodeAt(0) & 0x1f), length: 2 };
  }
  // An unknown escape keeps its backslash.
  return { text: `\\${char}`, length: 1 };
}
