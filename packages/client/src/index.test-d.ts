import { describe, expectTypeOf, it } from 'vitest';
import {
  AccessDeniedException,
  ConverseProtocolError,
  EventStreamDecodeError,
  type HeimdallError,
  InternalServerException,
  ModelErrorException,
  ModelNotReadyException,
  ModelStreamErrorException,
  ModelTimeoutException,
  ResourceNotFoundException,
  ServiceUnavailableException,
  ThrottlingException,
  ValidationException,
} from './index.js';

describe('the error classes the client exports', () => {
  it('are classes of HeimdallError built from a message, with the members a catch reads', () => {
    for (const ErrorClass of [
      AccessDeniedException,
      InternalServerException,
      ModelNotReadyException,
      ModelTimeoutException,
      ResourceNotFoundException,
      ServiceUnavailableException,
      ThrottlingException,
      ValidationException,
    ]) {
      const error = new ErrorClass({ message: 'm', requestId: 'r' });
      expectTypeOf(error).toExtend<HeimdallError>();
      expectTypeOf(error.status).toEqualTypeOf<number | undefined>();
      expectTypeOf(error.type).toEqualTypeOf<string>();
      expectTypeOf(error.requestId).toEqualTypeOf<string | undefined>();
    }
    expectTypeOf(new ConverseProtocolError({ message: 'm' })).toExtend<HeimdallError>();
    expectTypeOf(new EventStreamDecodeError({ message: 'm', offset: 0 }).offset).toEqualTypeOf<number>();
  });

  it('carry the fields the spec gives their bodies', () => {
    const modelError = new ModelErrorException({ message: 'm', originalStatusCode: 500, resourceName: 'arn' });
    expectTypeOf(modelError.originalStatusCode).toEqualTypeOf<number | undefined>();
    expectTypeOf(modelError.resourceName).toEqualTypeOf<string | undefined>();
    expectTypeOf(new ModelStreamErrorException({ message: 'm' }).originalMessage).toEqualTypeOf<string | undefined>();
    // @ts-expect-error the type of an error class is fixed by the class
    new ThrottlingException({ message: 'm', type: 'ValidationException' });
  });
});
