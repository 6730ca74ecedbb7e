import { decodeFrames } from '@heimdall/testing';
import { describe, expect, it } from 'vitest';
import { postJson } from '../../test-support/raw-http.js';
import { useMockUpstream } from '../../test-support/use-mock-upstream.js';

const getMock = useMockUpstream();
const body = { messages: [{ role: 'user', content: [{ text: 'Hi' }] }] };

describe('Bedrock ConverseStream on the wire', () => {
  it('frames each event as Bedrock does: headers in order, padded JSON, the exception frame last', async () => {
    getMock().script({
      steps: [
        { type: 'text', text: 'Hi' },
        { type: 'stream-error', errorType: 'ServiceUnavailableException', message: 'Try later' },
      ],
    });
    const response = await postJson({ mock: getMock(), path: '/model/m/converse-stream', body });
    const frames = await decodeFrames(new Uint8Array(await response.arrayBuffer()));

    expect(response.headers.get('content-type')).toBe('application/vnd.amazon.eventstream');
    expect(frames.map((frame) => [frame.messageType, frame.eventType])).toEqual([
      ['event', 'messageStart'],
      ['event', 'contentBlockDelta'],
      ['exception', 'serviceUnavailableException'],
    ]);
    expect(frames[0]?.headerNames).toEqual([':event-type', ':content-type', ':message-type']);
    expect(frames[0]?.payload).toEqual({ role: 'assistant', p: expect.stringMatching(/^[a-zA-Z0-9]*$/) });
    expect(frames[2]?.headerNames).toEqual([':exception-type', ':content-type', ':message-type']);
    expect(frames[2]?.payload).toEqual({ message: 'Try later' });
  });

  it('sends a pre-stream failure as a JSON message with the type header and a request id', async () => {
    getMock().script({ failure: { type: 'http-error', status: 503, retryAfterSeconds: 2 }, steps: [] });
    const response = await postJson({ mock: getMock(), path: '/model/m/converse-stream', body });

    expect(response.status).toBe(503);
    expect(response.headers.get('x-amzn-errortype')).toBe(
      'ServiceUnavailableException:http://internal.amazon.com/coral/com.amazon.bedrock/',
    );
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(await response.json()).toEqual({ message: 'The service is unavailable. Try your request again later.' });
  });

  it('gives script factories the decoded model id, the operation and the Bedrock body', async () => {
    const seen: unknown[] = [];
    getMock().script((request) => {
      seen.push({
        wireFormat: request.wireFormat,
        model: request.model,
        stream: request.stream,
        text: request.lastUserText,
      });
      return { steps: [{ type: 'text', text: 'ok' }] };
    });
    await postJson({ mock: getMock(), path: '/model/us.amazon.nova-micro-v1%3A0/converse', body });

    expect(seen).toEqual([{ wireFormat: 'bedrock', model: 'us.amazon.nova-micro-v1:0', stream: false, text: 'Hi' }]);
  });

  it('answers a body that is not JSON, or a broken model id, with ValidationException', async () => {
    const notJson = await postJson({ mock: getMock(), path: '/model/m/converse', body: 'not json' });
    const brokenId = await postJson({ mock: getMock(), path: '/model/bad%zzid/converse', body });

    expect(notJson.status).toBe(400);
    expect(notJson.headers.get('x-amzn-errortype')).toMatch(/^ValidationException:/);
    expect(await brokenId.json()).toEqual({
      message: 'The model id in /model/bad%zzid/converse is not a valid percent-encoded path segment.',
    });
  });
});
