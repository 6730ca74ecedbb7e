import { describe, expect, it } from 'vitest';
import { postJson } from '../../test-support/raw-http.js';
import { useMockUpstream } from '../../test-support/use-mock-upstream.js';

const getMock = useMockUpstream();

/** Ids are random; everything else must match the bytes the API sends. */
function withStableIds(text: string): string {
  return text.replace(/"msg_[A-Za-z0-9]+"/g, '"msg_ID"');
}

describe('Anthropic Messages stream on the wire', () => {
  it('sends the events in the order and byte shape of the documented stream', async () => {
    const mock = getMock();
    mock.script({
      steps: [
        { type: 'text', text: 'Hi' },
        { type: 'tool-calls', calls: [{ id: 'toolu_1', name: 'lookup', arguments: ['{"q":', '"x"}'] }] },
      ],
      usage: { inputTokens: 9, outputTokens: 4 },
    });
    const response = await postJson({
      mock,
      path: '/v1/messages',
      body: { model: 'claude-haiku-4-5', max_tokens: 10, stream: true, messages: [] },
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('request-id')).toMatch(/^req_/);
    const usage = '"input_tokens":9,"cache_creation_input_tokens":0,"cache_read_input_tokens":0';
    expect(withStableIds(await response.text())).toBe(
      [
        'event: message_start',
        `data: {"type":"message_start","message":{"id":"msg_ID","type":"message","role":"assistant","model":"claude-haiku-4-5","content":[],"stop_reason":null,"stop_sequence":null,"usage":{${usage},"output_tokens":1,"service_tier":"standard"}}}`,
        '',
        'event: content_block_start',
        'data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}',
        '',
        'event: ping',
        'data: {"type": "ping"}',
        '',
        'event: content_block_delta',
        'data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}}',
        '',
        'event: content_block_stop',
        'data: {"type":"content_block_stop","index":0}',
        '',
        'event: content_block_start',
        'data: {"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"toolu_1","name":"lookup","input":{}}}',
        '',
        'event: content_block_delta',
        'data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\\"q\\":"}}',
        '',
        'event: content_block_delta',
        'data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"\\"x\\"}"}}',
        '',
        'event: content_block_stop',
        'data: {"type":"content_block_stop","index":1}',
        '',
        'event: message_delta',
        `data: {"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{${usage},"output_tokens":4}}`,
        '',
        'event: message_stop',
        'data: {"type":"message_stop"}',
        '',
        '',
      ].join('\n'),
    );
  });

  it('requires the anthropic-version header, as the API does', async () => {
    const response = await fetch(`${getMock().url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'claude-haiku-4-5', max_tokens: 10, messages: [] }),
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      type: 'error',
      error: { type: 'invalid_request_error', message: 'anthropic-version: header is required' },
    });
  });
});
