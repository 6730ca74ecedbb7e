import * as bedrockSdk from '@aws-sdk/client-bedrock-runtime';
import { bedrockErrorTypes } from '@heimdall/spec';
import {
  bedrockErrorClasses,
  HeimdallError,
  ModelStreamErrorException,
  ServiceUnavailableException,
  ThrottlingException,
  ValidationException,
} from '@heimdall/spec/errors';
import { describe, expect, it } from 'vitest';
import { createHeimdallError, normalizeErrorType } from './create-heimdall-error.js';
import { EventStreamDecodeError } from './event-stream-decode-error.js';

const classes = Object.entries(bedrockErrorClasses).map(([type, { errorClass }]) => [type, errorClass] as const);

describe('createHeimdallError', () => {
  it.each(classes)('gives a %s its own class, name and the status the spec gives it', (type, errorClass) => {
    const error = createHeimdallError({ type, message: 'went wrong', requestId: 'request-1' });
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toBeInstanceOf(HeimdallError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: type, type, message: 'went wrong', requestId: 'request-1' });
    expect(error.status).toBe(bedrockErrorTypes[type as keyof typeof bedrockErrorTypes].status);
  });

  // The answer of any AWS service to a path it does not serve, so not in Bedrock's own service model.
  const modelledBySdk = classes.filter(([type]) => type !== 'UnknownOperationException');
  it.each(modelledBySdk)('names %s as the AWS SDK does, so code that checks `error.name` works with either', (type) => {
    const sdkClass = (bedrockSdk as Record<string, unknown>)[type];
    expect(sdkClass).toBeTypeOf('function');
    const sdkError = new (sdkClass as new (options: object) => Error)({ message: 'm', $metadata: {} });
    expect(sdkError.name).toBe(createHeimdallError({ type, message: 'm' }).name);
  });

  it.each([
    ['ThrottlingException', ThrottlingException],
    ['throttlingException', ThrottlingException],
    ['ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/', ValidationException],
    ['com.amazon.coral#ThrottlingException', ThrottlingException],
    ['com.amazon.bedrock#ModelStreamErrorException:http://internal.amazon.com/coral/', ModelStreamErrorException],
    ['ServiceUnavailableException,ServiceUnavailableException', ServiceUnavailableException],
  ])('recognises the type written as %s, so every client sees the same class', (type, errorClass) => {
    expect(createHeimdallError({ type, message: 'm' })).toBeInstanceOf(errorClass);
  });

  it('keeps the status the response was sent with over the default of the type', () => {
    expect(createHeimdallError({ type: 'ValidationException', message: 'm', status: 413 }).status).toBe(413);
  });

  it('gives ModelStreamErrorException the 424 of the service model and keeps what the model returned', () => {
    const error = createHeimdallError({
      type: 'modelStreamErrorException',
      message: 'the model failed',
      fields: { originalStatusCode: 500, originalMessage: 'upstream exploded', ignored: true },
    });
    expect(error).toBeInstanceOf(ModelStreamErrorException);
    expect(error).toMatchObject({ status: 424, originalStatusCode: 500, originalMessage: 'upstream exploded' });
  });

  it('keeps the originalStatusCode and resourceName of a ModelErrorException, ignoring mistyped fields', () => {
    const error = createHeimdallError({
      type: 'ModelErrorException',
      message: 'm',
      fields: { originalStatusCode: 503, resourceName: 'arn:model' },
    });
    expect(error).toMatchObject({ status: 424, originalStatusCode: 503, resourceName: 'arn:model' });
    const mistyped = createHeimdallError({
      type: 'ModelErrorException',
      message: 'm',
      fields: { originalStatusCode: '503' },
    });
    expect(mistyped).toMatchObject({ originalStatusCode: undefined });
  });

  it('gives an unknown type a plain HeimdallError that still names the type', () => {
    const error = createHeimdallError({
      type: 'aws#ConflictException:http://x/',
      message: 'm',
      status: 400,
    });
    expect(error.constructor).toBe(HeimdallError);
    expect(error).toMatchObject({
      name: 'ConflictException',
      type: 'ConflictException',
      status: 400,
    });
    expect(createHeimdallError({ type: 'weirdException', message: 'm' })).toMatchObject({
      type: 'weirdException',
      status: undefined,
    });
  });

  it('keeps the cause for logs', () => {
    const cause = new Error('socket closed');
    expect(createHeimdallError({ type: 'InternalServerException', message: 'm', cause }).cause).toBe(cause);
  });
});

describe('normalizeErrorType', () => {
  it('turns every spelling of a known type into PascalCase and leaves unknown names as written', () => {
    expect(normalizeErrorType('modelNotReadyException')).toBe('ModelNotReadyException');
    expect(normalizeErrorType(' AccessDeniedException ')).toBe('AccessDeniedException');
    expect(normalizeErrorType('InternalFailure')).toBe('InternalFailure');
    expect(normalizeErrorType('')).toBe('UnknownError');
  });
});

describe('EventStreamDecodeError', () => {
  it('is a HeimdallError with no status that says where in the stream the problem is', () => {
    const error = new EventStreamDecodeError({ message: 'bad CRC', offset: 144, requestId: 'request-2' });
    expect(error).toBeInstanceOf(HeimdallError);
    expect(error).toMatchObject({ name: 'EventStreamDecodeError', type: 'EventStreamDecodeError', status: undefined });
    expect(error).toMatchObject({ offset: 144, requestId: 'request-2', message: 'bad CRC (at byte 144)' });
  });
});
