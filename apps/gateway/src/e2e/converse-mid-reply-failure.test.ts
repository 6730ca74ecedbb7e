import { ConverseCommand, ModelErrorException } from '@aws-sdk/client-bedrock-runtime';
import type { ScriptStep } from '@heimdall/mock-upstream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBedrockClient } from '../test-support/aws-clients.js';
import { postConverse } from '../test-support/converse-over-fetch.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness();
});
afterAll(() => harness.close());

const failures: [string, ScriptStep][] = [
  ['drops the connection', { type: 'drop-connection' }],
  ['sends an error event', { type: 'stream-error', status: 500, message: 'The model crashed' }],
];

describe.each(failures)('a whole-reply Converse whose upstream %s after the reply began', (_what, failure) => {
  it('gets 424 ModelErrorException, the type Bedrock Converse answers with', async () => {
    const model = `converse-${failure.type}`;
    harness.mock.scriptFor(model, { steps: [{ type: 'text', text: 'Half' }, failure] });
    const response = await postConverse({ baseUrl: harness.url, modelId: `openai/${model}`, operation: 'converse' });
    expect(response.status).toBe(424);
    expect(response.headers.get('x-amzn-errortype')).toBe('ModelErrorException');
    const error = await createBedrockClient({ endpoint: `${harness.url}/bedrock`, transport: 'http2' })
      .send(new ConverseCommand({ modelId: `openai/${model}`, messages: [{ role: 'user', content: [{ text: 'x' }] }] }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ModelErrorException);
  });
});
