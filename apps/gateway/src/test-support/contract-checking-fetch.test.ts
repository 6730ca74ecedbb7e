import { encodeConverseEvent } from '@heimdall/eventstream';
import { describe, expect, it } from 'vitest';
import { createContractCheckingFetch } from './contract-checking-fetch.js';

const request = new Request('http://gateway/bedrock/model/m/converse', { method: 'POST' });

describe('contract checking of the harness', () => {
  it('reports an error reply without x-amzn-errortype and with a body the spec does not allow', async () => {
    const checker = createContractCheckingFetch(
      () =>
        new Response('{"error":"nope"}', {
          status: 400,
          headers: { 'content-type': 'application/json', 'x-amzn-requestid': 'r' },
        }),
    );
    await checker.fetch(request);
    const violations = await checker.violations();
    expect(violations.join('\n')).toMatch(/no x-amzn-errortype header/);
    expect(violations.join('\n')).toMatch(/BedrockError must have required property 'message'/);
  });

  it('reports an error type the spec does not send with that status', async () => {
    const checker = createContractCheckingFetch(
      () =>
        new Response('{"message":"m"}', {
          status: 424,
          headers: {
            'content-type': 'application/json',
            'x-amzn-requestid': 'r',
            'x-amzn-errortype': 'ModelStreamErrorException',
          },
        }),
    );
    await checker.fetch(request);
    expect((await checker.violations()).join('\n')).toMatch(
      /ModelStreamErrorException is not a type the spec sends with 424/,
    );
  });

  it('reports a stream frame that breaks its event schema, and passes the same bytes on', async () => {
    const frame = encodeConverseEvent({ messageStop: { stopReason: 'bored' as 'end_turn' } });
    const checker = createContractCheckingFetch(
      () =>
        new Response(new Blob([new Uint8Array(frame)]), {
          status: 200,
          headers: { 'content-type': 'application/vnd.amazon.eventstream', 'x-amzn-requestid': 'r' },
        }),
    );
    const response = await checker.fetch(new Request('http://gateway/model/m/converse-stream', { method: 'POST' }));
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(frame);
    expect((await checker.violations()).join('\n')).toMatch(
      /MessageStopEvent\/stopReason must be equal to one of the allowed values/,
    );
  });
});
