import fs from 'node:fs';
import zlib from 'node:zlib';

/** One file to put in the archive: `name` inside the zip (folders with '/'), `path` on disk. */
export interface ZipEntryInput {
  name: string;
  path: string;
}

const U32_MAX = 0xffff_ffff;
// 1980-01-01 00:00 in MS-DOS date/time: fixed so that the same inputs give the same archive bytes.
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
// Bit 11: file names are UTF-8 (BD TOPO folder names are ASCII, but test names may carry accents).
const FLAG_UTF8 = 0x0800;

/**
 * Writes a zip archive of the given files, streamed from disk (constant memory in the file sizes): stored by
 * default, deflated (node:zlib) with `deflate`. CRC-32 from node:zlib. No ZIP64: each file and the archive must stay
 * under 4 GiB, and there must be fewer than 65,535 entries.
 */
export async function writeZip(
  zipPath: string,
  entries: ZipEntryInput[],
  options: { deflate?: boolean } = {},
): Promise<void> {
  if (entries.length >= 0xffff) throw new RangeError(`writeZip takes fewer than 65535 entries, got ${entries.length}`);
  const method = options.deflate ? 8 : 0;
  const fh = await fs.promises.open(zipPath, 'w');
  try {
    let offset = 0;
    const write = async (buf: Buffer) => {
      await fh.write(buf);
      offset += buf.length;
    };
    const central: Buffer[] = [];
    for (const entry of entries) {
      let crc = 0;
      let size = 0;
      for await (const chunk of fs.createReadStream(entry.path)) {
        crc = zlib.crc32(chunk as Buffer, crc);
        size += (chunk as Buffer).length;
      }
      if (size > U32_MAX) throw new RangeError(`${entry.path} is over 4 GiB; writeZip writes no ZIP64`);
      const name = Buffer.from(entry.name, 'utf8');
      const headerAt = offset;
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(FLAG_UTF8, 6);
      local.writeUInt16LE(method, 8);
      local.writeUInt16LE(DOS_TIME, 10);
      local.writeUInt16LE(DOS_DATE, 12);
      local.writeUInt32LE(crc >>> 0, 14);
      local.writeUInt32LE(size, 18); // compressed size: patched below when deflating
      local.writeUInt32LE(size, 22);
      local.writeUInt16LE(name.length, 26);
      local.writeUInt16LE(0, 28);
      await write(local);
      await write(name);
      const dataAt = offset;
      const data = fs.createReadStream(entry.path, { highWaterMark: 1 << 20 });
      for await (const chunk of method === 8 ? data.pipe(zlib.createDeflateRaw()) : data) await write(chunk as Buffer);
      const compressed = offset - dataAt;
      if (method === 8) {
        const patch = Buffer.alloc(4);
        patch.writeUInt32LE(compressed, 0);
        await fh.write(patch, 0, 4, headerAt + 18);
      }
      const cd = Buffer.alloc(46);
      cd.writeUInt32LE(0x02014b50, 0);
      cd.writeUInt16LE(20, 4);
      cd.writeUInt16LE(20, 6);
      cd.writeUInt16LE(FLAG_UTF8, 8);
      cd.writeUInt16LE(method, 10);
      cd.writeUInt16LE(DOS_TIME, 12);
      cd.writeUInt16LE(DOS_DATE, 14);
      cd.writeUInt32LE(crc >>> 0, 16);
      cd.writeUInt32LE(compressed, 20);
      cd.writeUInt32LE(size, 24);
      cd.writeUInt16LE(name.length, 28);
      cd.writeUInt32LE(headerAt, 42);
      central.push(cd, name);
    }
    const cdAt = offset;
    for (const buf of central) await write(buf);
    if (offset > U32_MAX) throw new RangeError('the archive is over 4 GiB; writeZip writes no ZIP64');
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(offset - cdAt, 12);
    end.writeUInt32LE(cdAt, 16);
    await write(end);
  } finally {
    await fh.close();
  }
}
