import { createBenchmarkScript, createMockUpstream, type MockUpstream } from '@heimdall/mock-upstream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../processes/network.js';
import { createRawProxy, type RawProxy } from './raw-proxy.js';

const chatRequest = {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ model: 'bench', stream: true, messages: [{ role: 'user', content: 'hi' }] }),
};

describe('raw proxy', () => {
  let mock: MockUpstream;
  let proxy: RawProxy;

  beforeAll(async () => {
    mock = await createMockUpstream({ defaultScript: createBenchmarkScript({ chunkCount: 8 }) });
    proxy = await createRawProxy({ upstreamUrl: mock.url });
  });

  afterAll(async () => {
    await proxy.close();
    await mock.close();
  });

  it('passes the upstream’s stream through unchanged, so it measures transport alone', async () => {
    const direct = await fetch(`${mock.url}/v1/chat/completions`, chatRequest);
    const proxied = await fetch(`${proxy.url}/v1/chat/completions`, chatRequest);
    const [directText, proxiedText] = await Promise.all([direct.text(), proxied.text()]);
    expect(proxied.status).toBe(200);
    expect(proxied.headers.get('content-type')).toBe(direct.headers.get('content-type'));
    // Ids and timestamps differ per reply; the shape of every event must not.
    const shape = (text: string) => text.replaceAll(/"(id|created)":("[^"]*"|\d+)/g, '"$1":_');
    expect(shape(proxiedText)).toBe(shape(directText));
    expect(proxiedText.endsWith('data: [DONE]\n\n')).toBe(true);
  });

  it('answers 502 naming the failure when the upstream cannot be reached', async () => {
    const port = await findFreePort();
    const orphan = await createRawProxy({ upstreamUrl: `http://127.0.0.1:${port}` });
    try {
      const reply = await fetch(`${orphan.url}/v1/chat/completions`, chatRequest);
      expect(reply.status).toBe(502);
      expect(await reply.text()).toMatch(/Upstream failure: .*ECONNREFUSED/);
    } finally {
      await orphan.close();
    }
  });
});
