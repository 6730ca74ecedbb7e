import { describe, expect, it } from 'vitest';
import { createLogger } from '../../logging/create-logger.js';
import { RequestRecord } from '../../logging/request-record.js';
import { createMemoryLog } from '../../test-support/memory-log.js';
import { holdStream } from './stream-hold.js';

/** A real record and logger, and counters where the gateway keeps its open-streams gauge. */
function setUp(options: { openedThrows?: boolean; releaseThrows?: boolean } = {}) {
  const log = createMemoryLog();
  const record = new RequestRecord(
    { requestId: 'r1', method: 'POST' },
    createLogger({ LOG_LEVEL: 'info' }, log.destination),
    undefined,
    performance.now(),
  );
  const counts = { opened: 0, closed: 0, released: 0, aborted: [] as unknown[] };
  const streams = {
    opened: () => {
      counts.opened += 1;
      if (options.openedThrows) throw new TypeError('injected fault: counting the stream failed');
    },
    closed: () => {
      counts.closed += 1;
    },
  };
  const hold = () =>
    holdStream({
      record,
      streams,
      clientSignal: new AbortController().signal,
      release: () => {
        counts.released += 1;
        if (options.releaseThrows) throw new TypeError('injected fault: releasing the client watch failed');
      },
      abortUpstream: (reason) => void counts.aborted.push(reason),
    });
  const requestLines = () => log.lines.filter((line) => line.msg === 'request');
  return { hold, counts, requestLines, record };
}

describe('the hold on a stream', () => {
  it('lets go once however often it is ended, and only aborts the upstream of a reply not read to its end', () => {
    const { hold, counts, requestLines } = setUp();
    const stream = hold();
    stream.end({});
    stream.end({ cancelled: true });
    expect(counts).toMatchObject({ opened: 1, closed: 1, released: 1, aborted: [] });
    expect(requestLines()).toHaveLength(1);
  });

  it('a failure to build the response (ended with its error): gauge down, upstream aborted, log line with the error', () => {
    const { hold, counts, requestLines } = setUp();
    const failure = new TypeError('injected fault: the response could not be built');
    hold().end({ error: failure });
    expect(counts).toMatchObject({ closed: 1, aborted: [failure] });
    expect(requestLines()[0]).toMatchObject({ status: 200, error: { type: 'InternalServerException' } });
  });

  it('a release that throws still lets the gauge down and writes the log line', () => {
    const { hold, counts, requestLines } = setUp({ releaseThrows: true });
    expect(() => hold().end({ cancelled: true })).toThrow('releasing the client watch failed');
    expect(counts.closed).toBe(1);
    expect(requestLines()[0]).toMatchObject({ clientClosed: true });
  });

  it('counting the stream open that throws still counts it closed and writes the log line', () => {
    const { hold, counts, requestLines, record } = setUp({ openedThrows: true });
    expect(() => hold()).toThrow('counting the stream failed');
    expect(counts).toMatchObject({ opened: 1, closed: 1 });
    expect(record.deferred).toBe(true);
    expect(requestLines()).toHaveLength(1);
  });
});
