import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HostileUpstream, startHostileUpstream } from '../../test-support/hostile-upstream.js';
import { createKeyPool } from './key-pool.js';
import { SecretRedactor } from './redact-secrets.js';
import { sendWithKey } from './send-with-key.js';
import { UpstreamFailure } from './upstream-failure.js';

const keys = ['sk-first-key-0123456789abcdef', 'sk-second-key-0123456789abcdef'];

let hostile: HostileUpstream;
beforeAll(async () => {
  hostile = await startHostileUpstream();
});
afterAll(() => hostile.close());

describe('an upstream that refuses a key', () => {
  it('fails with an error that holds nothing of any key, however it is inspected or logged', async () => {
    hostile.behave(({ headers, response }) => {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: `Incorrect API key provided: ${headers.authorization}` } }));
    });
    const failure = await sendWithKey({
      provider: 'openai',
      url: `${hostile.url}/v1/chat/completions`,
      keys: createKeyPool(keys.map((key) => ({ key, weight: 1 }))),
      redact: new SecretRedactor(keys).redact,
      headers: (key) => ({ authorization: `Bearer ${key}` }),
      body: '{}',
      signal: new AbortController().signal,
      timeouts: { firstByteMs: 5_000, idleMs: 5_000 },
      messageOf: (body) => (JSON.parse(body) as { error: { message: string } }).error.message,
    }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(UpstreamFailure);
    expect((failure as UpstreamFailure).error.message).toBe('openai: Incorrect API key provided: [redacted]');
    const everything = [inspect(failure, { depth: 8, showHidden: true }), JSON.stringify(failure)].join('\n');
    for (const key of keys) expect(everything).not.toContain(key);
    // The refused key was set aside, so a retry can go out at once with the other one.
    expect((failure as UpstreamFailure).retryable).toBe(true);
  });
});
