import { converseStreamExceptionTypes } from '@heimdall/spec';
import { AccessDeniedException, ModelStreamErrorException } from '@heimdall/spec/errors';
import { describe, expect, it } from 'vitest';
import { createHeimdallError } from '../errors/create-heimdall-error.js';
import { createInMemoryBedrockClient, decodeWithAwsSdk } from '../test-support/aws-sdk-decoder.js';
import { readFrame } from '../test-support/frames.js';
import { encodeConverseException } from './encode-converse-exception.js';

describe('encodeConverseException', () => {
  it.each(converseStreamExceptionTypes)('writes %s as Bedrock does, and the AWS SDK throws it', async (memberName) => {
    const error = createHeimdallError({
      type: memberName,
      message: `${memberName} happened`,
      fields: { originalStatusCode: 500, originalMessage: 'upstream failed' },
    });
    const frame = encodeConverseException(error);
    const { headers, payload } = readFrame(frame);
    expect(headers).toEqual([
      [':exception-type', memberName],
      [':content-type', 'application/json'],
      [':message-type', 'exception'],
    ]);
    const sdk = await decodeWithAwsSdk(createInMemoryBedrockClient(() => [frame]));
    expect(sdk.error).toMatchObject({ name: error.type, message: error.message });
    if (memberName === 'modelStreamErrorException') {
      expect(payload).toBe(
        '{"message":"modelStreamErrorException happened","originalMessage":"upstream failed","originalStatusCode":500}',
      );
      expect(sdk.error).toMatchObject({ originalStatusCode: 500, originalMessage: 'upstream failed' });
    } else {
      expect(payload).toBe(`{"message":"${memberName} happened"}`);
    }
  });

  it('leaves out the model fields a ModelStreamErrorException does not have', () => {
    const frame = encodeConverseException(new ModelStreamErrorException({ message: 'failed' }));
    expect(readFrame(frame).payload).toBe('{"message":"failed"}');
  });

  it('refuses an error type Bedrock never sends inside a stream', () => {
    expect(() => encodeConverseException(new AccessDeniedException({ message: 'no' }))).toThrow(
      /AccessDeniedException cannot be sent inside a ConverseStream/,
    );
  });
});
