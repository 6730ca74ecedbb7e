import { converseStreamExceptionTypes } from '@heimdall/spec';
import {
  HeimdallError,
  InternalServerException,
  ModelStreamErrorException,
  ServiceUnavailableException,
  ThrottlingException,
  ValidationException,
} from '@heimdall/spec/errors';
import { loadRecording } from '@heimdall/testing';
import { describe, expect, it } from 'vitest';
import { EventStreamDecodeError } from '../errors/event-stream-decode-error.js';
import { createInMemoryBedrockClient, decodeWithAwsSdk } from '../test-support/aws-sdk-decoder.js';
import { collect, createTrackedSource } from '../test-support/chunks.js';
import { decodeUntilFailure, fromChunks } from '../test-support/decoding.js';
import { errorFrame, eventFrame, exceptionFrame, splitFrames } from '../test-support/frames.js';
import { decodeConverseStream } from './decode-converse-stream.js';

const frames = splitFrames(loadRecording('model_stream').eventStream);
const head = frames.slice(0, 3);

function withByteFlipped(frame: Uint8Array, index: number): Uint8Array {
  const copy = frame.slice();
  copy[index] = (copy[index] as number) ^ 0xff;
  return copy;
}

describe('exception and error frames', () => {
  const classes = {
    internalServerException: InternalServerException,
    modelStreamErrorException: ModelStreamErrorException,
    validationException: ValidationException,
    throttlingException: ThrottlingException,
    serviceUnavailableException: ServiceUnavailableException,
  } as const;

  it.each(converseStreamExceptionTypes)('throws %s as its typed error, as the AWS SDK does', async (memberName) => {
    const payload = { message: `${memberName} happened`, originalStatusCode: 529, originalMessage: 'overloaded' };
    const body = [...head, exceptionFrame(memberName, payload)];
    const { events, error } = await decodeUntilFailure(body, 'request-9');
    expect(events).toHaveLength(3);
    expect(error).toBeInstanceOf(classes[memberName]);
    const pascalCase = memberName.charAt(0).toUpperCase() + memberName.slice(1);
    expect(error).toMatchObject({
      name: pascalCase,
      type: pascalCase,
      message: payload.message,
      requestId: 'request-9',
    });
    expect((error as HeimdallError).status).toEqual(expect.any(Number));

    const sdk = await decodeWithAwsSdk(createInMemoryBedrockClient(() => body));
    expect(sdk.events).toHaveLength(3);
    expect(sdk.error).toMatchObject({ name: pascalCase, message: payload.message });
    if (memberName === 'modelStreamErrorException') {
      expect(error).toMatchObject({ status: 424, originalStatusCode: 529, originalMessage: 'overloaded' });
      expect(sdk.error).toMatchObject({ originalStatusCode: 529, originalMessage: 'overloaded' });
    }
  });

  it('throws an exception type it does not know as a HeimdallError carrying the type', async () => {
    const { error } = await decodeUntilFailure([exceptionFrame('quotaExceededException', { message: 'over quota' })]);
    expect(error).toBeInstanceOf(HeimdallError);
    expect(error).toMatchObject({ type: 'quotaExceededException', message: 'over quota', status: undefined });
  });

  it('throws an error frame with its :error-code and :error-message', async () => {
    const { events, error } = await decodeUntilFailure([...head, errorFrame('InternalFailure', 'something failed')]);
    expect(events).toHaveLength(3);
    expect(error).toBeInstanceOf(HeimdallError);
    expect(error).toMatchObject({ name: 'InternalFailure', type: 'InternalFailure', message: 'something failed' });
  });
});

describe('events this version does not know', () => {
  it('skips an unknown event type and goes on, as the AWS SDK does', async () => {
    const body = [...head, eventFrame('citationsDelta', { citation: 1 }), ...frames.slice(-3)];
    const events = await collect(decodeConverseStream(fromChunks(body)));
    expect(events.map((event) => Object.keys(event)[0])).toEqual([
      'messageStart',
      'contentBlockDelta',
      'contentBlockDelta',
      'contentBlockStop',
      'messageStop',
      'metadata',
    ]);
    expect((await decodeWithAwsSdk(createInMemoryBedrockClient(() => body))).events).toHaveLength(events.length);
  });

  it('keeps fields it does not know and drops only the padding', async () => {
    const frame = eventFrame('contentBlockDelta', {
      contentBlockIndex: 0,
      delta: { text: 'Hi', tone: 'warm' },
      p: 'abc',
      rank: 2,
    });
    expect(await collect(decodeConverseStream(fromChunks([frame])))).toEqual([
      { contentBlockDelta: { contentBlockIndex: 0, delta: { text: 'Hi', tone: 'warm' }, rank: 2 } },
    ]);
  });
});

describe('stopping early', () => {
  it('cancels a ReadableStream source when the consumer breaks, aborting the request', async () => {
    const source = createTrackedSource(frames);
    for await (const _event of decodeConverseStream(source.stream)) break;
    expect(source.cancelled).toBe(true);
    expect(source.pulls).toBe(1);
  });

  it('calls return() on an async iterable source when the consumer breaks', async () => {
    const source = createTrackedSource(frames);
    const events = decodeConverseStream(source.iterable);
    await events.next();
    await events.return();
    expect(source.cancelled).toBe(true);
  });

  it('cancels the source when the stream fails', async () => {
    const source = createTrackedSource([...head, withByteFlipped(frames[3] as Uint8Array, 100), ...frames.slice(4)]);
    await expect(collect(decodeConverseStream(source.stream))).rejects.toThrow(EventStreamDecodeError);
    expect(source.cancelled).toBe(true);
    expect(source.pulls).toBe(4);
  });

  it('leaves a source that ended on its own alone', async () => {
    const source = createTrackedSource(frames);
    await collect(decodeConverseStream(source.stream));
    expect(source.cancelled).toBe(false);
  });
});
