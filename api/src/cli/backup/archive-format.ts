// The backup archive: one file, written front to back and checked before anything is restored from it.
//
//   "FIT-BACKUP\n"  u32 format version  u32 header length  header (JSON)
//   entries: u8 1, u16 name length, name (UTF-8), u64 size, bytes   (a file)
//            u8 2, u16 name length, name                           (a folder, kept even when empty)   …   u8 0 (end)
//   SHA-256 of everything above (32 bytes)
//
// Entries are the database (a dump, or the embedded cluster's files and WAL) and the data folder's files; the
// secrets travel sealed in the header. A reader
// refuses another format version, a file that ends early and any changed byte (the checksum) before it extracts.
import { createHash, type Hash } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import type { SealedSecrets } from './secrets-box.js';

export const MAGIC = Buffer.from('FIT-BACKUP\n', 'utf8');
export const FORMAT_VERSION = 1;
const CHUNK = 1024 * 1024;
const CHECKSUM_BYTES = 32;
const MAX_HEADER_BYTES = 1024 * 1024;

export interface ArchiveHeader {
  format: number;
  createdAt: string;
  /**
   * How the database travels: `dump` (pg_dump's custom format; dumpMajor is that pg_dump's version) or `cluster` (an
   * online copy of the embedded cluster's files with the WAL that makes them consistent, for the same major version).
   */
  postgres: { kind: 'dump' | 'cluster'; serverMajor: number; dumpMajor?: number };
  secrets: SealedSecrets;
  /** Secrets that came from the environment, not the data folder: the operator keeps them (JWT_SECRET, CREDENTIALS_KEY). */
  environmentSecrets: string[];
}

export interface ArchiveEntry {
  name: string;
  /** A folder: no bytes. */
  directory?: boolean;
  size: number;
  /** Where its bytes start in the file. */
  offset: number;
}

export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFileError';
  }
}

/** The bytes that the sealed secrets are bound to: a header moved to another archive does not open. */
export const headerBinding = (h: Pick<ArchiveHeader, 'format' | 'createdAt'>) => `fit-backup:${h.format}:${h.createdAt}`;

/** Writes `path` through a `.partial` file renamed at the end: a backup that failed half way never looks complete. */
export class ArchiveWriter {
  private readonly hash: Hash = createHash('sha256');

  private constructor(
    private readonly file: FileHandle,
    private readonly path: string,
    private readonly partial: string,
  ) {}

  static async create(path: string, header: ArchiveHeader): Promise<ArchiveWriter> {
    const partial = `${path}.partial`;
    // Never overwrite: an operator's earlier backup stays until they remove it.
    const existing = await open(path, 'r').catch(() => undefined);
    if (existing) {
      await existing.close();
      throw new BackupFileError(`${path} already exists; choose another file name (an earlier backup is never overwritten).`);
    }
    const file = await open(partial, 'w', 0o600);
    const writer = new ArchiveWriter(file, path, partial);
    const json = Buffer.from(JSON.stringify(header), 'utf8');
    await writer.write(Buffer.concat([MAGIC, u32(FORMAT_VERSION), u32(json.length), json]));
    return writer;
  }

  async addDirectory(name: string): Promise<void> {
    const nameBytes = Buffer.from(name, 'utf8');
    await this.write(Buffer.concat([Buffer.from([2]), u16(nameBytes.length), nameBytes]));
  }

  async addBytes(name: string, bytes: Buffer): Promise<void> {
    const nameBytes = Buffer.from(name, 'utf8');
    await this.write(Buffer.concat([Buffer.from([1]), u16(nameBytes.length), nameBytes, u64(bytes.length), bytes]));
  }

  /**
   * Copies a file's bytes as of now; one that grows meanwhile is cut. One that shrinks is an error, unless `pad`
   * (a database file under an online copy: the WAL replayed at restore rewrites it, so zeros stand in).
   */
  async addFile(name: string, sourcePath: string, options: { pad?: boolean } = {}): Promise<void> {
    const source = await open(sourcePath, 'r');
    try {
      const { size } = await source.stat();
      const nameBytes = Buffer.from(name, 'utf8');
      await this.write(Buffer.concat([Buffer.from([1]), u16(nameBytes.length), nameBytes, u64(size)]));
      const buffer = Buffer.alloc(CHUNK);
      let done = 0;
      while (done < size) {
        const { bytesRead } = await source.read(buffer, 0, Math.min(CHUNK, size - done), done);
        if (bytesRead === 0) {
          if (!options.pad) throw new BackupFileError(`${sourcePath} shrank while it was being copied; run the backup again.`);
          const zeros = Buffer.alloc(Math.min(CHUNK, size - done));
          await this.write(zeros);
          done += zeros.length;
          continue;
        }
        await this.write(buffer.subarray(0, bytesRead));
        done += bytesRead;
      }
    } finally {
      await source.close();
    }
  }

  /** Ends the archive (end mark, checksum), flushes it to disk and gives it its name. Returns its size. */
  async finish(): Promise<number> {
    await this.write(Buffer.from([0]));
    const digest = this.hash.digest();
    await this.file.write(digest);
    const { size } = await this.file.stat();
    await this.file.sync();
    await this.file.close();
    await rename(this.partial, this.path);
    return size;
  }

  async abandon(): Promise<void> {
    await this.file.close().catch(() => undefined);
    await rm(this.partial, { force: true });
  }

  private async write(bytes: Buffer): Promise<void> {
    this.hash.update(bytes);
    let offset = 0;
    while (offset < bytes.length) offset += (await this.file.write(bytes, offset)).bytesWritten;
  }
}

/** Reads and checks an archive: format, structure, checksum. Extracts nothing. */
export async function readArchive(path: string): Promise<{ header: ArchiveHeader; entries: ArchiveEntry[] }> {
  const file = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new BackupFileError(`Cannot open ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}.`);
  });
  try {
    const { size } = await file.stat();
    const at = async (position: number, length: number): Promise<Buffer> => {
      if (position + length > size - CHECKSUM_BYTES) throw truncated(path);
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await file.read(buffer, 0, length, position);
      if (bytesRead < length) throw truncated(path);
      return buffer;
    };
    if (size < MAGIC.length + 8 + CHECKSUM_BYTES) {
      const start = await readPrefix(file, MAGIC.length);
      throw start.equals(MAGIC.subarray(0, start.length)) ? truncated(path) : notABackup(path);
    }
    if (!(await at(0, MAGIC.length)).equals(MAGIC)) throw notABackup(path);
    const version = (await at(MAGIC.length, 4)).readUInt32BE(0);
    if (version !== FORMAT_VERSION) {
      throw new BackupFileError(
        `${path} is a FIT backup of format ${version}; this FIT reads format ${FORMAT_VERSION}. Restore it with the FIT version that made it.`,
      );
    }
    const headerLength = (await at(MAGIC.length + 4, 4)).readUInt32BE(0);
    if (headerLength > MAX_HEADER_BYTES) throw damaged(path);
    let header: ArchiveHeader;
    try {
      header = JSON.parse((await at(MAGIC.length + 8, headerLength)).toString('utf8')) as ArchiveHeader;
    } catch (error) {
      if (error instanceof BackupFileError) throw error;
      throw damaged(path);
    }
    const entries: ArchiveEntry[] = [];
    let position = MAGIC.length + 8 + headerLength;
    for (;;) {
      const type = (await at(position, 1))[0];
      position += 1;
      if (type === 0) break;
      if (type !== 1 && type !== 2) throw damaged(path);
      const nameLength = (await at(position, 2)).readUInt16BE(0);
      if (type === 2) {
        entries.push({ name: (await at(position + 2, nameLength)).toString('utf8'), size: 0, offset: 0, directory: true });
        position += 2 + nameLength;
        continue;
      }
      const name = (await at(position + 2, nameLength)).toString('utf8');
      const entrySize = Number((await at(position + 2 + nameLength, 8)).readBigUInt64BE(0));
      const offset = position + 2 + nameLength + 8;
      if (offset + entrySize > size - CHECKSUM_BYTES) throw truncated(path);
      entries.push({ name, size: entrySize, offset });
      position = offset + entrySize;
    }
    if (position !== size - CHECKSUM_BYTES) throw damaged(path);
    const expected = Buffer.alloc(CHECKSUM_BYTES);
    await file.read(expected, 0, CHECKSUM_BYTES, size - CHECKSUM_BYTES);
    if (!(await sha256Of(file, size - CHECKSUM_BYTES)).equals(expected)) throw damaged(path);
    return { header, entries };
  } finally {
    await file.close();
  }
}

/** Copies one entry's bytes to `destination` (a new file). */
export async function extractEntry(archivePath: string, entry: ArchiveEntry, destination: string): Promise<void> {
  const source = await open(archivePath, 'r');
  const target = await open(destination, 'wx', 0o600);
  try {
    const buffer = Buffer.alloc(CHUNK);
    let done = 0;
    while (done < entry.size) {
      const { bytesRead } = await source.read(buffer, 0, Math.min(CHUNK, entry.size - done), entry.offset + done);
      if (bytesRead === 0) throw truncated(archivePath);
      await target.write(buffer.subarray(0, bytesRead));
      done += bytesRead;
    }
    await target.sync();
  } finally {
    await source.close();
    await target.close();
  }
}

async function sha256Of(file: FileHandle, length: number): Promise<Buffer> {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(CHUNK);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await file.read(buffer, 0, Math.min(CHUNK, length - done), done);
    if (bytesRead === 0) break;
    hash.update(buffer.subarray(0, bytesRead));
    done += bytesRead;
  }
  return hash.digest();
}

async function readPrefix(file: FileHandle, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, 0);
  return buffer.subarray(0, bytesRead);
}

const truncated = (path: string) =>
  new BackupFileError(`${path} is truncated: it ends before the backup does (an interrupted copy?). Nothing was restored.`);
const damaged = (path: string) =>
  new BackupFileError(`${path} is damaged: its checksum does not match its content. Nothing was restored.`);
const notABackup = (path: string) => new BackupFileError(`${path} is not a FIT backup (made by \`npm run fit -- backup FILE\`).`);

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const u64 = (n: number) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
};
