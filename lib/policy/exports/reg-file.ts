// A small reader and writer for Windows .reg files (Registry Editor version 5.00): enough to write
// a policy and to read back one written by us or by an administrator's own tooling (comments,
// key deletions, line continuations, hex(…) values). Key paths compare case-insensitively, as in
// Windows.

export type RegValue =
  | { type: 'sz'; value: string }
  | { type: 'dword'; value: number }
  | { type: 'hex'; kind: number; bytes: number[] };

export interface RegKey {
  path: string;
  values: Map<string, RegValue>;
}

export interface RegFile {
  /** Keys in file order; a key written twice is merged. */
  keys: RegKey[];
  /** Keys removed by `[-…]` lines, before the keys were (re)written. */
  deleted: string[];
}

export class RegParseError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`regel ${line}: ${message}`);
  }
}

const HEADER = 'Windows Registry Editor Version 5.00';

// --- writing -----------------------------------------------------------------------------------

export function quoteRegString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** REG_SZ with line breaks cannot be a quoted string: such values go as hex(1) (UTF-16LE + NUL). */
function hexSz(s: string): string {
  const bytes: string[] = [];
  for (const ch of `${s}\0`) {
    const code = ch.charCodeAt(0);
    bytes.push((code & 0xff).toString(16).padStart(2, '0'), (code >> 8).toString(16).padStart(2, '0'));
  }
  return `hex(1):${bytes.join(',')}`;
}

export function formatRegValue(value: RegValue): string {
  switch (value.type) {
    case 'sz':
      return /[\r\n\0]/.test(value.value) ? hexSz(value.value) : quoteRegString(value.value);
    case 'dword':
      return `dword:${(value.value >>> 0).toString(16).padStart(8, '0')}`;
    case 'hex':
      return `hex(${value.kind.toString(16)}):${value.bytes.map((b) => b.toString(16).padStart(2, '0')).join(',')}`;
  }
}

export function formatRegFile(file: RegFile, comments: string[] = []): string {
  const lines = [HEADER, ''];
  for (const c of comments) lines.push(`; ${c}`);
  if (comments.length) lines.push('');
  for (const d of file.deleted) lines.push(`[-${d}]`, '');
  for (const key of file.keys) {
    lines.push(`[${key.path}]`);
    for (const [name, value] of key.values) lines.push(`${quoteRegString(name)}=${formatRegValue(value)}`);
    lines.push('');
  }
  // regedit expects CRLF line ends.
  return lines.join('\r\n');
}

/** regedit reads version 5.00 files as UTF-16LE with a byte-order mark; UTF-8 mangles "é". */
export function encodeUtf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + i * 2] = code & 0xff;
    out[3 + i * 2] = code >> 8;
  }
  return out;
}

export function decodeRegBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

// --- reading -----------------------------------------------------------------------------------

function readQuoted(s: string, at: number, line: number): { text: string; end: number } {
  if (s[at] !== '"') throw new RegParseError(line, `verwacht " op positie ${at + 1}`);
  let text = '';
  for (let i = at + 1; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\\') {
      const next = s[i + 1];
      if (next === undefined) break;
      text += next;
      i++;
    } else if (ch === '"') return { text, end: i + 1 };
    else text += ch;
  }
  throw new RegParseError(line, 'aanhalingsteken niet gesloten');
}

function parseHexBytes(list: string, line: number): number[] {
  const parts = list.split(',').map((p) => p.trim()).filter((p) => p !== '');
  return parts.map((p) => {
    if (!/^[0-9a-fA-F]{1,2}$/.test(p)) throw new RegParseError(line, `ongeldige hex-byte "${p}"`);
    return parseInt(p, 16);
  });
}

function parseData(data: string, line: number): RegValue | null {
  if (data === '-') return null;
  if (data.startsWith('"')) {
    const { text, end } = readQuoted(data, 0, line);
    if (data.slice(end).trim() !== '') throw new RegParseError(line, 'tekst na de waarde');
    return { type: 'sz', value: text };
  }
  const dword = /^dword:([0-9a-fA-F]{1,8})$/.exec(data);
  if (dword) return { type: 'dword', value: parseInt(dword[1]!, 16) };
  const hex = /^hex(?:\(([0-9a-fA-F]+)\))?:(.*)$/.exec(data);
  if (hex) return { type: 'hex', kind: hex[1] === undefined ? 3 : parseInt(hex[1], 16), bytes: parseHexBytes(hex[2]!, line) };
  throw new RegParseError(line, `onbekend waardetype: ${data.slice(0, 20)}`);
}

/** Parses .reg text. Throws RegParseError with the line number on anything malformed. */
export function parseRegFile(text: string): RegFile {
  const raw = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (raw[0]?.trim() !== HEADER && raw[0]?.trim() !== 'REGEDIT4')
    throw new RegParseError(1, `eerste regel moet "${HEADER}" zijn`);
  const keys = new Map<string, RegKey>();
  const deleted: string[] = [];
  let current: RegKey | undefined;
  for (let i = 1; i < raw.length; i++) {
    const lineNo = i + 1;
    let line = raw[i]!.trim();
    // Hex data may continue over lines ending in a backslash.
    while (line.endsWith('\\') && /=hex/.test(line) && i + 1 < raw.length) line = line.slice(0, -1) + raw[++i]!.trim();
    if (line === '' || line.startsWith(';')) continue;
    if (line.startsWith('[')) {
      if (!line.endsWith(']')) throw new RegParseError(lineNo, 'sleutel niet gesloten met ]');
      const path = line.slice(1, -1);
      if (path.startsWith('-')) {
        deleted.push(path.slice(1));
        current = undefined;
        continue;
      }
      const id = path.toLowerCase();
      current = keys.get(id) ?? { path, values: new Map() };
      keys.set(id, current);
      continue;
    }
    if (!current) throw new RegParseError(lineNo, 'waarde buiten een sleutel');
    let name: string;
    let rest: string;
    if (line.startsWith('@')) {
      name = '';
      rest = line.slice(1);
    } else {
      const q = readQuoted(line, 0, lineNo);
      name = q.text;
      rest = line.slice(q.end);
    }
    if (!rest.startsWith('=')) throw new RegParseError(lineNo, 'verwacht = na de naam');
    const value = parseData(rest.slice(1).trim(), lineNo);
    if (value === null) current.values.delete(name);
    else current.values.set(name, value);
  }
  return { keys: [...keys.values()], deleted };
}

/** REG_SZ / REG_EXPAND_SZ / REG_MULTI_SZ bytes (UTF-16LE) → string; multi-strings joined by \n. */
export function hexToString(bytes: number[]): string {
  let s = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes[i]! | (bytes[i + 1]! << 8));
  return s.replace(/\0+$/, '').replace(/\0/g, '\n');
}
