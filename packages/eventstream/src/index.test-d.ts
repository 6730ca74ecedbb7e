import type { ConverseStreamEvent } from '@heimdall/spec';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type BedrockErrorOptions,
  createHeimdallError,
  decodeConverseStream,
  encodeConverseEvent,
  encodeConverseStream,
  type HeimdallError,
  ModelStreamErrorException,
  streamExceptionMemberName,
} from './index.js';

describe('public types', () => {
  it('decodes to spec events from a fetch body or any async iterable of bytes', () => {
    const body = new ReadableStream<Uint8Array>();
    expectTypeOf(decodeConverseStream(body)).toEqualTypeOf<AsyncGenerator<ConverseStreamEvent, void, undefined>>();
    expectTypeOf(decodeConverseStream).parameter(0).toExtend<AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>>();
  });

  it('encodes spec events only, to bytes and to a web stream', () => {
    expectTypeOf(encodeConverseEvent).parameter(0).toEqualTypeOf<ConverseStreamEvent>();
    expectTypeOf(encodeConverseEvent).returns.toEqualTypeOf<Uint8Array>();
    expectTypeOf(encodeConverseStream).returns.toEqualTypeOf<ReadableStream<Uint8Array>>();
    // @ts-expect-error a made-up event type is not a ConverseStream event
    encodeConverseEvent({ citationsDelta: {} });
  });

  it('builds errors from one typed object, whose type the subclasses fix', () => {
    expectTypeOf(createHeimdallError({ type: 'ThrottlingException', message: 'm' })).toEqualTypeOf<HeimdallError>();
    expectTypeOf<BedrockErrorOptions>().not.toHaveProperty('type');
    expectTypeOf(new ModelStreamErrorException({ message: 'm' }).originalStatusCode).toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf(streamExceptionMemberName('x')).toEqualTypeOf<
      | 'internalServerException'
      | 'modelStreamErrorException'
      | 'validationException'
      | 'throttlingException'
      | 'serviceUnavailableException'
      | undefined
    >();
  });
});
