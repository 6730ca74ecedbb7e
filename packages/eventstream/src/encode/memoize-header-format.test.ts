import { EventStreamCodec } from '@smithy/core/event-streams';
import { describe, expect, it } from 'vitest';
import { stringToUtf8, utf8ToString } from '../codec/utf8.js';
import { memoizeHeaderFormatting } from './memoize-header-format.js';

describe('memoized header formatting', () => {
  it('takes hold of the codec in use, and frames stay byte for byte what the codec alone writes', () => {
    const plain = new EventStreamCodec(utf8ToString, stringToUtf8);
    const memoized = new EventStreamCodec(utf8ToString, stringToUtf8);
    expect(memoizeHeaderFormatting(memoized)).toBe(true);
    const headers = {
      ':event-type': { type: 'string' as const, value: 'contentBlockDelta' },
      ':content-type': { type: 'string' as const, value: 'application/json' },
      ':message-type': { type: 'string' as const, value: 'event' },
    };
    for (const text of ['one', 'two, longer', '']) {
      const body = stringToUtf8(`{"text":"${text}"}`);
      expect(memoized.encode({ headers, body })).toEqual(plain.encode({ headers, body }));
    }
    const frame = memoized.encode({ headers, body: stringToUtf8('{}') });
    expect(memoized.decode(frame).headers[':event-type']?.value).toBe('contentBlockDelta');
  });
});
