// A ZIP archive (an Excel workbook is one) read from its central directory, the list at the end
// of the file, so every entry's name and sizes are known before any byte is inflated, and only
// the entries asked for are inflated, each with a hard cap on its output. The sizes an archive
// declares are never trusted: inflation stops at the cap whatever the headers say.
// Also the writer of an archive of stored or already-deflated entries (see writeZip).
import { crc32, inflateRawSync } from 'node:zlib';
import { limitError, UPLOAD_LIMITS } from './upload-limits.js';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** As declared by the archive; checked against what inflation really gives. */
  declaredSize: number;
  /** Where the entry's local header starts. */
  localHeaderOffset: number;
}

/** The bounds an archive is read within: uploads use UPLOAD_LIMITS, business-case workbooks theirs. */
export interface ZipLimits {
  zipEntries: number;
  entryBytes: number;
  totalBytes: number;
  compressionRatio: number;
}

/** The archive is damaged (truncated, inconsistent, or a kind of ZIP this reader does not take). */
export class BrokenZipError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'BrokenZipError';
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const MIB = 1024 * 1024;

function findEndOfDirectory(zip: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= earliest; at--) {
    if (zip.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  throw new BrokenZipError('no end of central directory record');
}

/** The entries of an archive, from its central directory; at most UPLOAD_LIMITS.zipEntries. */
export function readZipDirectory(zip: Buffer, limits: ZipLimits = UPLOAD_LIMITS): ZipEntry[] {
  const end = findEndOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  const directorySize = zip.readUInt32LE(end + 12);
  const directoryOffset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new BrokenZipError('a ZIP64 archive, which no workbook of 5 MB needs');
  }
  if (count > limits.zipEntries) throw limitError('zipEntries', `${count} parts`);
  if (directoryOffset + directorySize > end) throw new BrokenZipError('directory out of bounds');
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      throw new BrokenZipError('damaged central directory');
    }
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    if (at + 46 + nameLength > end) throw new BrokenZipError('damaged central directory');
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      declaredSize: zip.readUInt32LE(at + 24),
      localHeaderOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's compressed bytes are, checked against the archive's bounds. */
function compressedBytes(zip: Buffer, entry: ZipEntry): Buffer {
  const local = entry.localHeaderOffset;
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_SIGNATURE) {
    throw new BrokenZipError(`damaged entry ${entry.name}`);
  }
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const stop = start + entry.compressedSize;
  if (stop > zip.length) throw new BrokenZipError(`entry ${entry.name} is cut short`);
  return zip.subarray(start, stop);
}

/**
 * One entry's content, inflated with a cap of `maxBytes` (at most the per-entry bound): past the
 * cap inflation stops and the entry is refused, whatever size the archive declares.
 */
export function inflateEntry(
  zip: Buffer,
  entry: ZipEntry,
  maxBytes: number,
  limits: ZipLimits = UPLOAD_LIMITS,
): Buffer {
  if (entry.declaredSize > limits.entryBytes) throw limitError('entryBytes', entry.name);
  const compressed = compressedBytes(zip, entry);
  let content: Buffer;
  if (entry.method === STORED) {
    content = compressed;
  } else if (entry.method === DEFLATED) {
    try {
      content = inflateRawSync(compressed, { maxOutputLength: Math.max(1, maxBytes) });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw limitError(maxBytes < limits.entryBytes ? 'totalBytes' : 'entryBytes', entry.name);
      }
      throw new BrokenZipError(`entry ${entry.name} cannot be inflated`);
    }
  } else {
    throw new BrokenZipError(`entry ${entry.name} uses compression method ${entry.method}`);
  }
  if (content.length > maxBytes) {
    throw limitError(maxBytes < limits.entryBytes ? 'totalBytes' : 'entryBytes', entry.name);
  }
  if (
    content.length > MIB &&
    content.length > limits.compressionRatio * Math.max(1, compressed.length)
  ) {
    throw limitError('compressionRatio', entry.name);
  }
  if (content.length !== entry.declaredSize) {
    throw new BrokenZipError(`entry ${entry.name} is not the size its header declares`);
  }
  return content;
}

/**
 * The entries whose names pass `wanted`, inflated; the rest (pictures, drawings, anything else)
 * are never touched. Together they may unpack to UPLOAD_LIMITS.totalBytes at most.
 */
export function extractEntries(
  zip: Buffer,
  wanted: (name: string) => boolean,
  limits: ZipLimits = UPLOAD_LIMITS,
): Map<string, Buffer> {
  const contents = new Map<string, Buffer>();
  let total = 0;
  for (const entry of readZipDirectory(zip, limits)) {
    if (!wanted(entry.name) || contents.has(entry.name)) continue;
    if (entry.declaredSize > limits.entryBytes) throw limitError('entryBytes', entry.name);
    const room = limits.totalBytes - total;
    if (entry.declaredSize > room) throw limitError('totalBytes', entry.name);
    const content = inflateEntry(zip, entry, Math.min(limits.entryBytes, room), limits);
    total += content.length;
    contents.set(entry.name, content);
  }
  return contents;
}

/** An entry to write: stored as is, or already deflated (raw) with its original's size and CRC. */
export type ZipSource =
  { name: string; data: Buffer } | { name: string; deflated: Buffer; size: number; crc: number };

/** An archive of the given entries (no ZIP64: each under 4 GiB, the whole under 4 GiB). */
export function writeZip(sources: readonly ZipSource[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const source of sources) {
    const name = Buffer.from(source.name, 'utf8');
    const [method, body, size, crc] =
      'data' in source
        ? [STORED, source.data, source.data.length, crc32(source.data)]
        : [DEFLATED, source.deflated, source.size, source.crc];
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_SIGNATURE, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_SIGNATURE, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD_SIGNATURE, 0);
  end.writeUInt16LE(sources.length, 8);
  end.writeUInt16LE(sources.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
