import { describe, expect, it } from 'vitest';
import {
  bedrockErrorClasses,
  HeimdallError,
  ModelErrorException,
  ModelStreamErrorException,
  ThrottlingException,
  ValidationException,
} from './errors.js';
import { bedrockErrorTypes } from './generated/constants.gen.js';

describe('the generated error classes', () => {
  it.each(Object.entries(bedrockErrorClasses))('make a %s of its own class, name and status', (type, entry) => {
    const error = new entry.errorClass({ message: 'failed', requestId: 'request-1' });
    expect(error).toBeInstanceOf(entry.errorClass);
    expect(error).toBeInstanceOf(HeimdallError);
    expect(error).toBeInstanceOf(Error);
    expect(error.constructor.name).toBe(type);
    expect(error).toMatchObject({ name: type, type, message: 'failed', requestId: 'request-1' });
    expect(error.status).toBe(bedrockErrorTypes[type as keyof typeof bedrockErrorTypes].status);
  });

  it('keep the classes of different types apart, so a catch can tell them', () => {
    const throttled = new ThrottlingException({ message: 'slow down' });
    expect(throttled).not.toBeInstanceOf(ValidationException);
    expect(new ValidationException({ message: 'bad' })).not.toBeInstanceOf(ThrottlingException);
  });

  it('keep the status a reply was sent with over the one of the type', () => {
    expect(new ValidationException({ message: 'too large', status: 413 }).status).toBe(413);
  });

  it('carry the fields the spec gives the body of their type', () => {
    const modelError = new ModelErrorException({ message: 'm', originalStatusCode: 503, resourceName: 'arn:model' });
    expect(modelError).toMatchObject({ status: 424, originalStatusCode: 503, resourceName: 'arn:model' });
    const streamError = new ModelStreamErrorException({ message: 'm', originalMessage: 'upstream exploded' });
    expect(streamError).toMatchObject({
      status: 424,
      originalStatusCode: undefined,
      originalMessage: 'upstream exploded',
    });
  });
});
