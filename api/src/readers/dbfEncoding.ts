import { ImportError } from './ImportError.js';
import { readSmall, type Part } from './byteReader.js';

/** DBF language driver ids (header byte 29) naming a code page that TextDecoder decodes. */
const LDID_ENCODINGS: Record<number, string> = {
  0x03: 'windows-1252',
  0x04: 'macintosh',
  0x13: 'shift_jis',
  0x26: 'ibm866',
  0x4d: 'gbk',
  0x4e: 'euc-kr',
  0x4f: 'big5',
  0x50: 'windows-874',
  0x57: 'windows-1252',
  0x58: 'windows-1252',
  0x59: 'windows-1252',
  0x65: 'ibm866',
  0x78: 'big5',
  0x79: 'euc-kr',
  0x7a: 'gbk',
  0x7b: 'shift_jis',
  0x7c: 'windows-874',
  0x7d: 'windows-1255',
  0x7e: 'windows-1256',
  0xc8: 'windows-1250',
  0xc9: 'windows-1251',
  0xca: 'windows-1254',
  0xcb: 'windows-1253',
  0xcc: 'windows-1257',
};

/**
 * The TextDecoder label for a .cpg content or an encoding option ("UTF-8", "UTF8", "65001", "1252", "ANSI 1252",
 * "CP1252", "ISO-8859-1", "88591", "latin1"…), or null when no decoder knows it.
 */
export function encodingFromCpg(text: string): string | null {
  const t = text.replace(/^\uFEFF/, '').trim();
  let m: RegExpExecArray | null;
  if (/^(utf-?8|(cp)?65001)$/i.test(t)) return 'utf-8';
  if ((m = /^(?:ansi[ _-]?|cp[ _-]?|windows[ _-]?|ms)?(125\d|874)$/i.exec(t))) return `windows-${m[1]}`;
  if ((m = /^(?:iso[ _-]?)?8859[ _-]?(\d{1,2})$/i.exec(t))) return `iso-8859-${m[1]}`;
  if (/^(cp|ibm)?[ _-]?866$/i.test(t)) return 'ibm866';
  if (t === '') return null;
  try {
    return new TextDecoder(t).encoding;
  } catch {
    return null;
  }
}

/** Encoding of the DBF text: the option, else the .cpg, else the language driver id, else windows-1252. */
export async function dbfEncoding(option: string | undefined, cpg: Part | undefined, ldid: number): Promise<string> {
  if (option !== undefined) {
    const encoding = encodingFromCpg(option);
    if (!encoding) throw new ImportError(`unknown encoding "${option}": give a label such as utf-8 or windows-1252`);
    return encoding;
  }
  const text = cpg && (await readSmall(cpg)).toString('latin1').trim();
  if (cpg && text) {
    const encoding = encodingFromCpg(text);
    if (!encoding) {
      throw new ImportError(`${cpg.label} names an unknown encoding "${text}": give the encoding option (e.g. utf-8)`);
    }
    return encoding;
  }
  // 0x00 (no driver id) and the DOS code pages TextDecoder lacks (437, 850…) fall back to ANSI 1252.
  return LDID_ENCODINGS[ldid] ?? 'windows-1252';
}

/** windows-1252 bytes 0x80–0x9F (WHATWG index-windows-1252): €, ’, œ… where ISO-8859-1 has control codes. */
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export type Decode = (bytes: Uint8Array) => string;

/**
 * A text decoder for the DBF. windows-1252 is decoded here because Node ≥ 20.18.3 decodes it as ISO-8859-1, turning
 * ’ and œ into control codes (nodejs/node#60888); the other encodings go to TextDecoder.
 */
export function decoderFor(encoding: string): Decode {
  if (encoding === 'windows-1252') {
    return (bytes) =>
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
        .toString('latin1')
        .replace(/[\x80-\x9f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]!);
  }
  const decoder = new TextDecoder(encoding);
  return (bytes) => decoder.decode(bytes);
}
