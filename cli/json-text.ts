/**
 * JSON parsing that reports a syntax error by line and column, in Norwegian. JSON.parse does the
 * parsing; when it fails, a small scanner finds where (Node 20's V8 often gives no position).
 */
export type JsonParseResult = { ok: true; value: unknown } | { ok: false; message: string };

export function parseJsonText(text: string): JsonParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false, message: describeSyntaxError(body) };
  }
}

function describeSyntaxError(text: string): string {
  if (text.trim() === '') return 'Ugyldig JSON: filen er tom.';
  const offset = jsonErrorOffset(text);
  if (offset < 0) return 'Ugyldig JSON (for dypt nøstet til å finne stedet).';
  const { line, column } = lineAndColumn(text, offset);
  const ch = text[offset];
  const what = ch === undefined ? 'filen slutter før JSON-en er ferdig' : `uventet ${describeChar(ch)}`;
  return `Ugyldig JSON på linje ${line}, kolonne ${column}: ${what}.`;
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

function describeChar(ch: string): string {
  if (ch === '\n' || ch === '\r') return 'linjeskift';
  if (ch < ' ') return 'kontrolltegn';
  return `tegn «${ch}»`;
}

/** The offset of the first character that makes `text` invalid JSON (text.length when it ends too early; -1 if unknown). */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (at: number): never => {
    throw new JsonSyntaxAt(at);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) if (text[i] === ch) i++; else fail(i);
  };
  const digits = () => {
    const start = i;
    while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i++;
    if (i === start) fail(i);
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') { i++; digits(); }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      const ch = text[i];
      if (ch === undefined || ch < ' ') fail(i);
      if (ch === '"') { i++; return; }
      if (ch === '\\') {
        i++;
        if (text[i] === 'u') {
          i++;
          for (let k = 0; k < 4; k++) if (/[0-9a-fA-F]/.test(text[i] ?? '')) i++; else fail(i);
        } else if (text[i] !== undefined && '"\\/bfnrt'.includes(text[i]!)) i++;
        else fail(i);
      } else i++;
    }
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++; ws();
      if (text[i] === '}') { i++; return; }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(i);
        string(); ws();
        if (text[i] !== ':') fail(i);
        i++; value(); ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; return; }
        fail(i);
      }
    } else if (ch === '[') {
      i++; ws();
      if (text[i] === ']') { i++; return; }
      for (;;) {
        value(); ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; return; }
        fail(i);
      }
    } else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) number();
    else fail(i);
  };
  try {
    value(); ws();
    return i < text.length ? i : text.length;
  } catch (error) {
    if (error instanceof JsonSyntaxAt) return error.offset;
    return -1; // nested too deep for the scanner: the position is unknown
  }
}

class JsonSyntaxAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}
