import { converseStreamExceptionTypes } from '@heimdall/spec';
import { AccessDeniedException, InternalServerException, ThrottlingException } from '@heimdall/spec/errors';
import { describe, expect, it } from 'vitest';
import { EventStreamDecodeError } from './event-stream-decode-error.js';
import {
  errorStreamMemberName,
  isConverseStreamExceptionType,
  streamExceptionMemberName,
  toConverseStreamException,
} from './stream-exceptions.js';

describe('stream exception types', () => {
  it('knows every exception type the spec allows in a stream, by its member name', () => {
    for (const memberName of converseStreamExceptionTypes) expect(isConverseStreamExceptionType(memberName)).toBe(true);
    expect(isConverseStreamExceptionType('ThrottlingException')).toBe(false);
    expect(isConverseStreamExceptionType('accessDeniedException')).toBe(false);
  });

  it('gives the member name of a type in any spelling, and nothing for a type Bedrock never streams', () => {
    expect(streamExceptionMemberName('ThrottlingException')).toBe('throttlingException');
    expect(streamExceptionMemberName('com.amazon.coral#ModelStreamErrorException')).toBe('modelStreamErrorException');
    expect(streamExceptionMemberName('AccessDeniedException')).toBeUndefined();
  });

  it('gives the camelCase member name of an error', () => {
    expect(errorStreamMemberName(new ThrottlingException({ message: 'm' }))).toBe('throttlingException');
    expect(errorStreamMemberName(new AccessDeniedException({ message: 'm' }))).toBe('accessDeniedException');
  });
});

describe('toConverseStreamException', () => {
  it('keeps an error Bedrock could send inside a stream', () => {
    const error = new ThrottlingException({ message: 'slow down' });
    expect(toConverseStreamException(error)).toBe(error);
  });

  it.each([
    ['a plain Error', new Error('password=hunter2 at db.internal:5432')],
    ['a non-stream Bedrock error', new AccessDeniedException({ message: 'key sk-123 is not allowed' })],
    ['a decode error', new EventStreamDecodeError({ message: 'bad CRC', offset: 3 })],
    ['a thrown string', 'token sk-456 expired'],
  ])('turns %s into an InternalServerException that leaks nothing of it', (_label, original) => {
    const error = toConverseStreamException(original);
    expect(error).toBeInstanceOf(InternalServerException);
    expect(error.message).not.toMatch(/hunter2|sk-|bad CRC|db\.internal/);
    expect(error.cause).toBe(original);
  });
});
