import { describe, expect, it } from 'vitest';
import type { ScriptRequest } from '../script/script.js';
import { postJson } from '../test-support/raw-http.js';
import { createAnthropicClient, createOpenAiClient, useMockUpstream } from '../test-support/use-mock-upstream.js';
import { createMockUpstream } from './create-mock-upstream.js';

const getMock = useMockUpstream();
const openAiRequest = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: 'hi' }] };
const slowReply = {
  steps: Array.from({ length: 50 }, () => ({ type: 'text' as const, text: ' word' })),
  timing: { betweenChunksDelayMs: 100 },
};

describe('recorded requests', () => {
  it('records what the client sent: method, path without query, headers and parsed body', async () => {
    const before = new Date();
    await postJson({
      mock: getMock(),
      path: '/v1/chat/completions?api-version=1',
      headers: { 'x-trace': 'abc' },
      body: openAiRequest,
    });
    const [request] = getMock().requests;

    expect(request).toMatchObject({ method: 'POST', path: '/v1/chat/completions', body: openAiRequest });
    expect(request?.headers['x-trace']).toBe('abc');
    expect(request?.rawBody).toBe(JSON.stringify(openAiRequest));
    expect(request?.receivedAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(await request?.settled).toBe('completed');
    expect(request?.closedEarly).toBe(false);
  });

  it('sees a client that stops reading mid-stream as closed early', async () => {
    getMock().script(slowReply);
    const stream = await createOpenAiClient(getMock()).chat.completions.create({ ...openAiRequest, stream: true });
    for await (const chunk of stream) {
      if (chunk.choices[0]?.delta.content === ' word') break;
    }

    expect(await getMock().requests[0]?.settled).toBe('closed-early');
    expect(getMock().requests[0]?.closedEarly).toBe(true);
  });

  it('sees an aborted Anthropic stream as closed early', async () => {
    getMock().script(slowReply);
    const stream = createAnthropicClient(getMock()).messages.stream({
      ...openAiRequest,
      model: 'claude-haiku-4-5',
      max_tokens: 10,
    });
    stream.on('text', () => stream.abort());
    await stream.done().catch(() => undefined);

    expect(await getMock().requests[0]?.settled).toBe('closed-early');
  });

  it('forgets requests and scripts on reset', async () => {
    getMock().script({ steps: [{ type: 'text', text: 'scripted' }] });
    await postJson({ mock: getMock(), path: '/v1/chat/completions', body: openAiRequest });
    getMock().reset();
    const completion = await createOpenAiClient(getMock()).chat.completions.create(openAiRequest);

    expect(completion.choices[0]?.message.content).toBe('You said: hi');
    expect(getMock().requests).toHaveLength(1);
  });
});

describe('choosing the script', () => {
  it('answers each model with its own script and other models with the default', async () => {
    const mock = getMock();
    mock.script({ steps: [{ type: 'text', text: 'default' }] });
    mock.scriptFor('model-a', { steps: [{ type: 'text', text: 'for a' }] });
    mock.scriptFor('claude-b', { steps: [{ type: 'text', text: 'for b' }] });
    const openAi = createOpenAiClient(mock);
    const anthropic = createAnthropicClient(mock);

    const forA = await openAi.chat.completions.create({ ...openAiRequest, model: 'model-a' });
    const forOther = await openAi.chat.completions.create({ ...openAiRequest, model: 'model-z' });
    const forB = await anthropic.messages.create({ ...openAiRequest, model: 'claude-b', max_tokens: 5 });

    expect(forA.choices[0]?.message.content).toBe('for a');
    expect(forOther.choices[0]?.message.content).toBe('default');
    expect(forB.content).toEqual([{ type: 'text', text: 'for b' }]);
  });

  it('builds the reply from a script factory that sees the request', async () => {
    const seen: ScriptRequest[] = [];
    getMock().script((request) => {
      seen.push(request);
      return { steps: [{ type: 'text', text: `${request.wireFormat}:${request.model}:${request.lastUserText}` }] };
    });
    const message = await createAnthropicClient(getMock()).messages.create({
      ...openAiRequest,
      model: 'claude-haiku-4-5',
      max_tokens: 5,
    });

    expect(message.content).toEqual([{ type: 'text', text: 'anthropic:claude-haiku-4-5:hi' }]);
    expect(seen[0]).toMatchObject({ wireFormat: 'anthropic', stream: false, model: 'claude-haiku-4-5' });
  });

  it('answers a factory-built bad script with a 500 that names the problem', async () => {
    getMock().script(() => ({ steps: [{ type: 'txt', text: 'typo' }] }) as never);
    const response = await postJson({ mock: getMock(), path: '/v1/chat/completions', body: openAiRequest });

    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({
      error: { message: 'Invalid mock upstream script: script.steps[0].type is not a known step type (got "txt")' },
    });
  });
});

describe('closing', () => {
  it('ends open streams when the mock closes, so nothing keeps the process alive', async () => {
    const mock = await createMockUpstream({ defaultScript: slowReply });
    const stream = await createOpenAiClient(mock).chat.completions.create({ ...openAiRequest, stream: true });
    const reading = (async () => {
      for await (const _chunk of stream) {
        // Reading until the stream ends or fails.
      }
    })().then(
      () => 'ended cleanly',
      () => 'failed',
    );
    await mock.close();

    expect(await reading).toBe('failed');
    expect(await mock.requests[0]?.settled).toBe('closed-early');
  });
});
