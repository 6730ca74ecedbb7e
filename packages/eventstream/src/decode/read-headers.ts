import { headerText } from '../codec/utf8.js';

/** The kinds of header value the eventstream has, by their type tag 0–9. */
const headerTypes = [
  'boolean',
  'boolean',
  'byte',
  'short',
  'integer',
  'long',
  'binary',
  'string',
  'timestamp',
  'uuid',
] as const;
type HeaderType = (typeof headerTypes)[number];

/** A header that is not a string. ConverseStream reads only string headers, so of the others only the type is kept. */
export interface OtherHeader {
  readonly type: Exclude<HeaderType, 'string'>;
}

/** A frame's headers by name: a string header as its value, any other as its type. */
export type FrameHeaders = Record<string, string | OtherHeader>;

const stringTag = 7;
const binaryTag = 6;
// The value bytes of each fixed-size type, by tag; binary and string values have a 2-byte length instead.
const valueSizes = [0, 0, 1, 2, 4, 8, -1, -1, 8, 16];
const otherHeaders = headerTypes.map((type) => Object.freeze({ type }) as OtherHeader);

function needs(position: number, count: number, end: number): void {
  if (position + count > end) throw new RangeError('A header runs past the end of the headers');
}

/**
 * The headers in `frame` from `start` to `end`, read where they lie: 1-byte name length, name, 1-byte type tag, and
 * the value — a 2-byte length and bytes for binary and string values, a fixed size for the others. Names and string
 * values must be UTF-8; an unknown type tag or a header running past the end fails, as in Smithy's codec. A name
 * seen twice keeps its last value, as there.
 *
 * @see https://smithy.io/2.0/aws/amazon-eventstream.html
 */
export function readHeaders(frame: Uint8Array, start: number, end: number): FrameHeaders {
  const headers: FrameHeaders = {};
  let position = start;
  while (position < end) {
    const nameLength = frame[position++] as number;
    needs(position, nameLength + 1, end);
    const name = headerText(frame, position, position + nameLength);
    position += nameLength;
    const tag = frame[position++] as number;
    if (tag === stringTag || tag === binaryTag) {
      needs(position, 2, end);
      const length = ((frame[position] as number) << 8) | (frame[position + 1] as number);
      position += 2;
      needs(position, length, end);
      headers[name] =
        tag === stringTag ? headerText(frame, position, position + length) : (otherHeaders[tag] as OtherHeader);
      position += length;
      continue;
    }
    const size = valueSizes[tag];
    if (size === undefined) throw new TypeError(`Unrecognized header type tag ${tag}`);
    needs(position, size, end);
    headers[name] = otherHeaders[tag] as OtherHeader;
    position += size;
  }
  return headers;
}
