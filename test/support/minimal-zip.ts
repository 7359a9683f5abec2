import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface ZipFile {
  name: string;
  data: Buffer;
  /** The uncompressed size to write in the headers, when it should lie. */
  declaredSize?: number;
}

/** A deflated entry given compressed, for bombs too big to hold uncompressed. */
export interface DeflatedZipFile {
  name: string;
  deflated: Buffer;
  size: number;
  crc: number;
  declaredSize?: number;
}

/**
 * `megabytes` MiB of zeros, deflated one MiB at a time: each piece is flushed to a byte
 * boundary without ending the stream, so the pieces join into one valid deflate stream.
 */
export function deflatedZeros(name: string, megabytes: number, declaredSize?: number) {
  const mib = Buffer.alloc(1024 * 1024);
  const piece = deflateRawSync(mib, { finishFlush: constants.Z_FULL_FLUSH });
  let crc = 0;
  for (let i = 0; i < megabytes; i++) {
    crc = crc32(mib, crc);
  }
  return {
    name,
    deflated: Buffer.concat([...Array<Buffer>(megabytes - 1).fill(piece), deflateRawSync(mib)]),
    size: megabytes * mib.length,
    crc,
    declaredSize,
  };
}

/** Writes a ZIP archive (deflated entries), enough to build Word files and zip bombs. */
export function buildZip(files: (ZipFile | DeflatedZipFile)[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const compressed = 'deflated' in file ? file.deflated : deflateRawSync(file.data);
    const crc = 'deflated' in file ? file.crc : crc32(file.data);
    const size = file.declaredSize ?? ('deflated' in file ? file.size : file.data.length);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
