import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { ImportError } from './ImportError.js';

/** The text of a thrown value, for a message that names the file part. */
export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One member file (loose or a zip entry): a name for messages, its size [bytes], its zip CRC-32, a fresh stream. */
export interface Part {
  label: string;
  size: number;
  crc32: number | null;
  open(): Promise<Readable>;
}

/** Exact-length reads over a stream, counting the bytes consumed and, for a zip entry, their CRC-32. */
export class ByteReader {
  offset = 0;
  private chunks: Buffer[] = [];
  private buffered = 0;
  private ended = false;
  private crc = 0;
  private readonly iterator: AsyncIterator<Buffer>;

  constructor(
    private readonly stream: Readable,
    readonly part: Part,
  ) {
    this.iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }

  private async pull(): Promise<boolean> {
    let next: IteratorResult<Buffer>;
    try {
      next = await this.iterator.next();
    } catch (error) {
      throw new ImportError(
        `${this.part.label} could not be read at byte ${this.offset + this.buffered}: ${errorMessage(error)}`,
      );
    }
    if (next.done) {
      this.ended = true;
      return false;
    }
    if (this.part.crc32 !== null) this.crc = zlib.crc32(next.value, this.crc);
    this.chunks.push(next.value);
    this.buffered += next.value.length;
    return true;
  }

  /** `n` bytes, or fewer only when the stream ends first. */
  async read(n: number): Promise<Buffer> {
    while (this.buffered < n && !this.ended) await this.pull();
    const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.buffered);
    const take = Math.min(n, this.buffered);
    const rest = all.subarray(take);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
    this.offset += take;
    return all.subarray(0, take);
  }

  /** For a zip entry, reads to its end (bytes past the last record are ignored) and checks the zip's CRC-32. */
  async finish(): Promise<void> {
    if (this.part.crc32 === null) return;
    this.chunks = [];
    this.buffered = 0;
    while (!this.ended) {
      await this.pull();
      this.chunks = [];
      this.buffered = 0;
    }
    const crc = this.crc >>> 0;
    if (crc !== this.part.crc32 >>> 0) {
      throw new ImportError(
        `${this.part.label} is corrupt: its CRC-32 is ${crc.toString(16)}, the zip records ${(this.part.crc32 >>> 0).toString(16)}`,
      );
    }
  }

  destroy() {
    this.stream.destroy();
  }
}

/** The whole of a small part (.prj, .cpg), refused above 1 MiB. */
export async function readSmall(part: Part): Promise<Buffer> {
  if (part.size > 1 << 20) throw new ImportError(`${part.label} is ${part.size} bytes, too large for a .prj or .cpg`);
  const reader = new ByteReader(await part.open(), part);
  try {
    return Buffer.from(await reader.read(part.size + 1));
  } finally {
    reader.destroy();
  }
}
