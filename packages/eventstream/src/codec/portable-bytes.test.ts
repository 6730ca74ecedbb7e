import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../test-support/chunks.js';
import { randomText } from '../test-support/random-text.js';
import { PortableByteBuffer, portableUtf8Length } from './byte-buffer.js';
import { crc32, portableCrc32 } from './crc32.js';

// Node runs the native paths; browsers and edge runtimes run these, so they are held against the native ones here.
describe('the fallbacks for runtimes without Buffer or zlib', () => {
  it('compute the CRC-32 zlib computes, also when continuing from an earlier CRC', () => {
    const random = createSeededRandom(11);
    for (let count = 0; count < 200; count++) {
      const bytes = Uint8Array.from({ length: Math.floor(random() * 600) }, () => Math.floor(random() * 256));
      const cut = Math.floor(random() * (bytes.length + 1));
      expect(portableCrc32(bytes)).toBe(crc32(bytes));
      expect(portableCrc32(bytes.subarray(cut), portableCrc32(bytes.subarray(0, cut)))).toBe(crc32(bytes));
    }
  });

  it('measure and write UTF-8 as Buffer does, lone surrogates included', () => {
    const random = createSeededRandom(12);
    const texts = ['', 'a\ud800b', '\udc00', 'x\ud83d', ...Array.from({ length: 300 }, () => randomText(random, 50))];
    for (const text of texts) {
      const length = portableUtf8Length(text);
      expect(length).toBe(Buffer.byteLength(text, 'utf8'));
      const bytes = new PortableByteBuffer(length + 3);
      expect(bytes.write(text, 3)).toBe(length);
      expect(Buffer.from(bytes.subarray(3)).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }
  });
});
