/**
 * dBase III+ tables (the .dbf of a shapefile), read record by record: header and field list, then one record at a
 * time with each field decoded by its type.
 */
import { ImportError } from './ImportError.js';
import type { ByteReader, Part } from './byteReader.js';
import { dbfEncoding, decoderFor, type Decode } from './dbfEncoding.js';

interface DbfField {
  name: string;
  type: string;
  /** Byte offset in the record (after the deletion flag). */
  offset: number;
  length: number;
}

export interface DbfTable {
  count: number;
  headerLength: number;
  recordLength: number;
  fields: DbfField[];
  decode: Decode;
}

async function readDbfHeader(reader: ByteReader): Promise<Buffer> {
  const label = reader.part.label;
  const head = await reader.read(32);
  if (head.length < 32) throw new ImportError(`${label} is too short for a dBase header (${head.length} bytes)`);
  const headerLength = head.readUInt16LE(8);
  if (headerLength < 33) throw new ImportError(`${label} is corrupt: its header length is ${headerLength} bytes`);
  const rest = await reader.read(headerLength - 32);
  if (rest.length < headerLength - 32) {
    throw new ImportError(`${label} is truncated inside its header (${reader.offset} of ${headerLength} bytes)`);
  }
  return Buffer.concat([head, rest]);
}

function parseDbfHeader(buf: Buffer, decode: Decode, part: Part): DbfTable {
  const count = buf.readUInt32LE(4);
  const headerLength = buf.readUInt16LE(8);
  const recordLength = buf.readUInt16LE(10);
  const fields: DbfField[] = [];
  let offset = 1;
  let at = 32;
  for (; at + 32 <= headerLength && buf[at] !== 0x0d; at += 32) {
    const raw = buf.subarray(at, at + 11);
    const nul = raw.indexOf(0);
    const length = buf[at + 16]!;
    const type = String.fromCharCode(buf[at + 11]!);
    const name = decode(nul < 0 ? raw : raw.subarray(0, nul)).trim();
    // Memo, general and picture fields hold block numbers into a .dbt/.fpt this reader does not open.
    const memo = 'MGP'.includes(type) || (type === 'B' && length !== 8);
    if (!memo) fields.push({ name, type, offset, length });
    offset += length;
  }
  if (buf[at] !== 0x0d) throw new ImportError(`${part.label} is corrupt: its field list has no terminator`);
  if (offset !== recordLength) {
    throw new ImportError(`${part.label} is corrupt: its records are ${recordLength} bytes, its fields ${offset}`);
  }
  const whole = Math.floor((part.size - headerLength) / recordLength);
  if (whole < count) {
    throw new ImportError(
      `${part.label} is truncated: its header declares ${count} records of ${recordLength} bytes, the file ends at ` +
        `byte ${part.size}, ${headerLength + whole * recordLength === part.size ? `after record ${whole}` : `inside record ${whole + 1}`}`,
    );
  }
  return { count, headerLength, recordLength, fields, decode };
}

/**
 * Reads the header and field list of the .dbf behind `reader`, checked against the size of the file. Its text is
 * decoded in `encodingOption`, else the encoding named by `cpg`, else by the header's language driver id.
 */
export async function readDbfTable(
  reader: ByteReader,
  cpg: Part | undefined,
  encodingOption: string | undefined,
): Promise<DbfTable> {
  const header = await readDbfHeader(reader);
  const decode = decoderFor(await dbfEncoding(encodingOption, cpg, header[29]!));
  return parseDbfHeader(header, decode, reader.part);
}

const trimEnd = (s: string) => s.replace(/[\s\0]+$/, '');

/** One DBF value: text trimmed at the end, numbers (overflow asterisks and blanks → null), booleans, ISO dates. */
function fieldValue(type: string, bytes: Buffer, decode: Decode): unknown {
  switch (type) {
    case 'N':
    case 'F': {
      const s = bytes.toString('latin1').replace(/\0/g, '').trim();
      if (s === '' || /^\*+$/.test(s)) return null;
      const v = Number(s);
      return Number.isFinite(v) ? v : null;
    }
    case 'L': {
      const c = bytes.toString('latin1').trim().toUpperCase();
      return c === 'T' || c === 'Y' ? true : c === 'F' || c === 'N' ? false : null;
    }
    case 'D': {
      const s = bytes.toString('latin1').replace(/\0/g, '').trim();
      const m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
      if (s === '' || /^0+$/.test(s)) return null;
      return m ? `${m[1]}-${m[2]}-${m[3]}` : s;
    }
    case 'I':
    case '+':
      return bytes.length === 4 ? bytes.readInt32LE(0) : null;
    case 'O':
    case 'B':
      return bytes.length === 8 ? bytes.readDoubleLE(0) : null;
    default: {
      const s = trimEnd(decode(bytes));
      return s === '' ? null : s;
    }
  }
}

/**
 * Reads record `index` (counted from 0, numbered from 1 in messages) at the reader's position: its fields by name,
 * and whether its flag marks it deleted.
 */
export async function readDbfRecord(
  reader: ByteReader,
  table: DbfTable,
  index: number,
): Promise<{ properties: Record<string, unknown>; deleted: boolean }> {
  const label = reader.part.label;
  const n = index + 1;
  const recordAt = table.headerLength + index * table.recordLength;
  const record = await reader.read(table.recordLength);
  if (record.length < table.recordLength) {
    throw new ImportError(`${label} is truncated: it ends at byte ${reader.offset}, inside record ${n}`);
  }
  const flag = record[0]!;
  if (flag !== 0x20 && flag !== 0x2a) {
    const what = flag === 0x1a ? 'the end-of-file marker' : `byte 0x${flag.toString(16)}`;
    throw new ImportError(`${label} record ${n} (at byte ${recordAt}) is corrupt: it starts with ${what}`);
  }
  const properties: Record<string, unknown> = {};
  for (const f of table.fields) {
    properties[f.name] = fieldValue(f.type, record.subarray(f.offset, f.offset + f.length), table.decode);
  }
  return { properties, deleted: flag === 0x2a };
}
