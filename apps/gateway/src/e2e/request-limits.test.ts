import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converseBody, postConverse } from '../test-support/converse-over-fetch.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';
import { readGatewayMetric } from '../test-support/gateway-metric.js';
import { requestLimits } from '../validation/request-limits.js';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness();
  harness.mock.scriptFor('gpt-4o', { steps: [{ type: 'text', text: 'should never be asked' }] });
});
afterAll(() => harness.close());

async function refusal(response: Response) {
  expect(response.status).toBe(400);
  expect(response.headers.get('x-amzn-errortype')).toBe('ValidationException');
  return ((await response.json()) as { message: string }).message;
}

/** Nests `inner` `levels` deep in arrays, as text, so that building it needs no recursion either. */
const nestedArrays = (levels: number, inner = '1') => `${'['.repeat(levels)}${inner}${']'.repeat(levels)}`;

const badModelIds = [
  ['a line break', 'openai/gpt-4o\r\nx-injected: yes', /U\+000D at position 13/],
  ['a NUL', 'openai/gpt\u00004o', /U\+0000 at position 10/],
  ['a character above U+00FF', 'openai/gpt-4o-\u0100', /U\+0100 at position 14/],
  ['a space', 'openai/gpt 4o', /U\+0020 at position 10/],
] as const;

describe('model ids a header cannot carry are refused before any upstream call', () => {
  it.each(badModelIds)(
    'a model id with %s: 400 on both operations, the upstream never asked',
    async (_what, id, why) => {
      for (const operation of ['converse', 'converse-stream'] as const) {
        const response = await postConverse({ baseUrl: harness.url, modelId: id, operation });
        expect(await refusal(response)).toMatch(new RegExp(`^modelId: the model id has the character ${why.source}`));
      }
      expect(harness.mock.requests).toHaveLength(0);
      expect(await readGatewayMetric(harness.url, 'heimdall_open_streams')).toBe(0);
    },
  );

  it('a model id longer than Bedrock allows', async () => {
    const response = await postConverse({ baseUrl: harness.url, modelId: `openai/${'x'.repeat(2050)}` });
    expect(await refusal(response)).toMatch(/^modelId: .*2057 characters long, more than the limit of 2048/);
    expect(harness.mock.requests).toHaveLength(0);
  });

  it('a fallback with a line break, named by its place in the list', async () => {
    const body = converseBody({ fallbacks: ['openai/gpt-4o', 'openai/gpt-4o\nmini'] });
    const response = await postConverse({ baseUrl: harness.url, modelId: 'openai/gpt-4o', body });
    expect(await refusal(response)).toMatch(/^fallbacks\[1\]: the model id has the character U\+000A/);
    expect(harness.mock.requests).toHaveLength(0);
  });
});

describe('bodies past the request limits are refused, naming the limit', () => {
  it('10,000 levels of nesting in additionalModelRequestFields', async () => {
    const body = `{"messages":[{"role":"user","content":[{"text":"hi"}]}],"additionalModelRequestFields":{"deep":${nestedArrays(10_000)}}}`;
    const response = await postConverse({
      baseUrl: harness.url,
      modelId: 'openai/gpt-4o',
      body,
      operation: 'converse',
    });
    expect(await refusal(response)).toBe(
      `body: JSON nested more than ${requestLimits.jsonDepth} levels deep, the gateway's limit`,
    );
    expect(harness.mock.requests).toHaveLength(0);
  });

  it('10,000 levels of nesting in a tool-use input', async () => {
    const toolUse = `{"toolUse":{"toolUseId":"t1","name":"lookup","input":{"q":${nestedArrays(10_000)}}}}`;
    const body = `{"messages":[{"role":"user","content":[{"text":"hi"}]},{"role":"assistant","content":[${toolUse}]}]}`;
    const response = await postConverse({ baseUrl: harness.url, modelId: 'openai/gpt-4o', body });
    expect(await refusal(response)).toMatch(/nested more than 100 levels deep/);
    expect(harness.mock.requests).toHaveLength(0);
  });

  it('300,000 messages', async () => {
    const message = '{"role":"user","content":[{"text":"a"}]}';
    const body = `{"messages":[${Array.from({ length: 300_000 }, () => message).join(',')}]}`;
    const response = await postConverse({ baseUrl: harness.url, modelId: 'openai/gpt-4o', body });
    expect(await refusal(response)).toBe(
      `messages: 300000 messages are more than the gateway's limit of ${requestLimits.messages}`,
    );
    expect(harness.mock.requests).toHaveLength(0);
  });

  it('more content blocks than the limit, in few messages', async () => {
    const blocks = Array.from({ length: requestLimits.contentBlocks + 1 }, () => '{"text":"a"}').join(',');
    const body = `{"messages":[{"role":"user","content":[${blocks}]}]}`;
    const response = await postConverse({ baseUrl: harness.url, modelId: 'openai/gpt-4o', body });
    expect(await refusal(response)).toBe(
      `messages: ${requestLimits.contentBlocks + 1} content blocks are more than the gateway's limit of ${requestLimits.contentBlocks}`,
    );
  });

  it('nesting up to the limit is accepted', async () => {
    // The body itself and the field's object are two levels; the arrays bring it to the limit exactly.
    const fields = `{"deep":${nestedArrays(requestLimits.jsonDepth - 2)}}`;
    const body = `{"messages":[{"role":"user","content":[{"text":"hi"}]}],"additionalModelRequestFields":${fields}}`;
    const before = harness.mock.requests.length;
    const response = await postConverse({
      baseUrl: harness.url,
      modelId: 'openai/gpt-4o',
      body,
      operation: 'converse',
    });
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    expect(harness.mock.requests.length).toBe(before + 1);
  });
});
