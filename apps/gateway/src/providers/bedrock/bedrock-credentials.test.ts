import { describe, expect, it } from 'vitest';
import { type AwsCredentials, createCachedCredentialProvider, credentialProviderFor } from './bedrock-credentials.js';

const minute = 60_000;

/** A credential source that counts how often it is asked, handing out the next answer each time. */
function countingSource(answers: (AwsCredentials | Error)[]) {
  const source = { created: 0, calls: 0 };
  const createProvider = () => {
    source.created += 1;
    return async () => {
      const answer = answers[source.calls] ?? answers.at(-1);
      source.calls += 1;
      if (answer instanceof Error) throw answer;
      if (answer === undefined) throw new Error('no answer');
      return answer;
    };
  };
  return { source, createProvider };
}

const keys = (id: string, expiresAt?: number): AwsCredentials => ({
  accessKeyId: id,
  secretAccessKey: `${id}-secret`,
  expiration: expiresAt === undefined ? undefined : new Date(expiresAt),
});

describe('cached AWS credentials', () => {
  it('looks nothing up until the first request, then once for requests arriving together', async () => {
    const { source, createProvider } = countingSource([keys('A')]);
    const provider = createCachedCredentialProvider({ createProvider });
    expect(source.created).toBe(0);

    const [first, second] = await Promise.all([provider(), provider()]);
    expect(first.accessKeyId).toBe('A');
    expect(second).toBe(first);
    expect(source.calls).toBe(1);
  });

  it('keeps temporary credentials until five minutes before they expire, then fetches new ones', async () => {
    let now = 0;
    const { source, createProvider } = countingSource([keys('A', 60 * minute), keys('B', 120 * minute)]);
    const provider = createCachedCredentialProvider({ createProvider, now: () => now });

    expect((await provider()).accessKeyId).toBe('A');
    now = 54 * minute;
    expect((await provider()).accessKeyId).toBe('A');
    now = 56 * minute;
    expect((await provider()).accessKeyId).toBe('B');
    expect(source).toEqual({ created: 1, calls: 2 });
  });

  it('keeps credentials without an expiry for good', async () => {
    let now = 0;
    const { source, createProvider } = countingSource([keys('A')]);
    const provider = createCachedCredentialProvider({ createProvider, now: () => now });
    await provider();
    now = 365 * 24 * 60 * minute;
    await provider();

    expect(source.calls).toBe(1);
  });

  it('does not keep a failure: the next request looks again', async () => {
    const { createProvider } = countingSource([new Error('Could not load credentials from any providers'), keys('A')]);
    const provider = createCachedCredentialProvider({ createProvider });

    await expect(provider()).rejects.toThrow('Could not load credentials from any providers');
    expect((await provider()).accessKeyId).toBe('A');
  });

  it('uses configured credentials as they are, session token included', async () => {
    const provider = credentialProviderFor({
      type: 'bedrock',
      name: 'bedrock',
      region: 'us-east-1',
      baseUrl: 'https://bedrock-runtime.us-east-1.amazonaws.com',
      credentials: { accessKeyId: 'AKIA1', secretAccessKey: 'secret', sessionToken: 'token' },
      timeouts: { firstByteMs: 1, idleMs: 1 },
      retries: { max: 0, baseDelayMs: 0, maxDelayMs: 0 },
      headers: {},
    });

    expect(await provider()).toEqual({ accessKeyId: 'AKIA1', secretAccessKey: 'secret', sessionToken: 'token' });
  });
});
