import { Hash } from '@smithy/hash-node';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import type { AwsCredentials } from './bedrock-credentials.js';
import { encodeModelId } from './bedrock-endpoint.js';
import { type BedrockHttpRequest, createSigV4Signer } from './sign-bedrock-request.js';

/** mulberry32: a small seeded generator, so that a failure is the same request on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Characters that SigV4 encodings get wrong: reserved, `%`, `+`, spaces, tabs, non-ASCII and astral ones. */
const alphabet = [...'aZ09-._~:/?#[]@!$&\'()*+,;=% \t"<>\\^`{|}éß中😀'];
const regions = ['us-east-1', 'eu-central-1', 'ap-southeast-2', 'us-gov-west-1'];
const models = ['anthropic.claude-3-5-sonnet-20240620-v1:0', 'openai/gpt-4o', 'us.amazon.nova-micro-v1:0'];

function generator(seed: number) {
  const next = random(seed);
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const text = (maxLength: number) => Array.from({ length: int(maxLength + 1) }, () => pick(alphabet)).join('');
  return { int, pick, text, chance: (probability: number) => next() < probability };
}

type Generator = ReturnType<typeof generator>;

/** A path of model ids and odd segments, some percent-encoded as the adapter encodes them, some raw. */
function randomUrl(g: Generator): URL {
  const segments = Array.from({ length: 1 + g.int(4) }, () =>
    g.pick([
      () => encodeModelId(g.pick(models)),
      () => encodeModelId(g.text(12)),
      () => g.text(6).replace(/[/?#%\\\s]/g, ''),
      () => g.pick(['.', '..', '', 'converse-stream']),
    ])(),
  );
  const port = g.chance(0.3) ? `:${1 + g.int(65535)}` : '';
  const url = new URL(`https://bedrock-runtime.${g.pick(regions)}.amazonaws.com${port}/${segments.join('/')}`);
  for (let index = g.int(4); index > 0; index--) {
    url.searchParams.append(g.chance(0.3) ? 'key' : g.text(5), g.text(8));
  }
  return url;
}

/** Header names as given (some capitalised) with values with runs of spaces and tabs, and some unsignable ones. */
function randomHeaders(g: Generator): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const spaced = () => `${g.pick(['', ' ', '\t ', '  '])}${g.text(6)}  ${g.text(4)}${g.pick(['', ' ', ' \t'])}`;
  const names = ['accept', 'X-Custom-Header', 'x-amz-target', 'user-agent', 'x-amzn-trace-id', 'proxy-authorization'];
  for (const name of names) if (g.chance(0.5)) headers[name] = spaced();
  for (let index = g.int(3); index > 0; index--) headers[`x-extra-${index}-${g.int(100)}`] = spaced();
  return headers;
}

function randomRequest(g: Generator): BedrockHttpRequest {
  return { url: randomUrl(g), headers: randomHeaders(g), body: JSON.stringify({ text: g.text(40) }) };
}

/** The previous implementation, AWS's own signer, as the oracle. */
async function signWithSmithy(
  request: BedrockHttpRequest,
  credentials: AwsCredentials,
  region: string,
  signingDate: Date,
): Promise<Record<string, string>> {
  const { url } = request;
  const query: Record<string, string[]> = {};
  for (const key of new Set(url.searchParams.keys())) query[key] = url.searchParams.getAll(key);
  const signer = new SignatureV4({ credentials, region, service: 'bedrock', sha256: Hash.bind(null, 'sha256') });
  const signed = await signer.sign(
    new HttpRequest({
      method: 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port === '' ? undefined : Number(url.port),
      path: url.pathname,
      query,
      headers: { ...request.headers, host: url.host },
      body: request.body,
    }),
    { signingDate },
  );
  return Object.fromEntries(Object.entries(signed.headers).map(([name, value]) => [name, String(value)]));
}

describe('SigV4 signing of random Bedrock requests', () => {
  it.each([1, 2, 3, 42, 2026])('matches AWS’s signer header for header (seed %i)', async (seed) => {
    const g = generator(seed);
    for (let round = 0; round < 60; round++) {
      const credentials: AwsCredentials = {
        accessKeyId: `AKIA${g.int(1e9)}`,
        secretAccessKey: `${g.text(12)}/${g.int(1e9)}`,
        ...(g.chance(0.5) ? { sessionToken: `FwoGZXIvYXdz${g.int(1e9)}` } : {}),
      };
      const region = g.pick(regions);
      // Any second of twenty years, so that the credential scope's day changes between requests.
      const signingDate = new Date(
        Date.UTC(2015 + g.int(20), g.int(12), 1 + g.int(29), g.int(24), g.int(60), g.int(60)),
      );
      const request = randomRequest(g);
      const sign = createSigV4Signer({ region, credentials: async () => credentials, now: () => signingDate });

      const expected = await signWithSmithy(request, credentials, region, signingDate);
      expect({ url: request.url.href, headers: await sign(request) }).toEqual({
        url: request.url.href,
        headers: expected,
      });
    }
  });
});
