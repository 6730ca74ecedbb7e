import { nodeBuiltin } from './node-builtin.js';

type Crc32 = (data: Uint8Array, initial?: number) => number;
type Zlib = { crc32?: Crc32 };

// Node (22.2 and later), Deno and Bun have zlib's native CRC-32, many times faster than one in JS; other runtimes
// fall back to the table below.
const zlib = nodeBuiltin<Zlib>('node:zlib');

let table: Uint32Array | undefined;

/** The CRC-32 (IEEE 802.3, as zlib and the eventstream use) table, built on first use by runtimes without zlib. */
function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let index = 0; index < 256; index++) {
    let crc = index;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
    table[index] = crc >>> 0;
  }
  return table;
}

function tableCrc32(data: Uint8Array, initial = 0): number {
  const lookup = crcTable();
  let crc = ~initial;
  for (let index = 0; index < data.length; index++) {
    crc = (lookup[(crc ^ (data[index] as number)) & 0xff] as number) ^ (crc >>> 8);
  }
  return ~crc >>> 0;
}

/**
 * The CRC-32 of `data`, continuing from the CRC `initial` of the bytes before it (so that a frame's message CRC can
 * go on from its prelude CRC, as the eventstream defines it).
 */
export const crc32: Crc32 = typeof zlib?.crc32 === 'function' ? zlib.crc32 : tableCrc32;

/** The table-driven CRC-32 itself, so that tests can hold it against the native one. */
export const portableCrc32: Crc32 = tableCrc32;
