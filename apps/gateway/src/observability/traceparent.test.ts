import { describe, expect, it } from 'vitest';
import { parseTraceparent } from './traceparent.js';

describe('the W3C traceparent header', () => {
  it('gives the trace, the parent span and the flags', () => {
    expect(parseTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')).toEqual({
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanId: '00f067aa0ba902b7',
      traceFlags: 1,
    });
  });

  it('starts a new trace for a missing, malformed or invalid one', () => {
    expect(parseTraceparent(undefined)).toBeUndefined();
    expect(parseTraceparent('00-not-a-trace-01')).toBeUndefined();
    expect(parseTraceparent('ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')).toBeUndefined();
    expect(parseTraceparent('00-00000000000000000000000000000000-00f067aa0ba902b7-01')).toBeUndefined();
  });
});
