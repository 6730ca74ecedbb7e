/**
 * Signatures per second of the Bedrock SigV4 signer, AWS's (`@smithy/signature-v4`, the previous implementation)
 * and Heimdall's, on one typical ConverseStream request. Not a test: run it alone on a quiet machine.
 *   pnpm exec tsx apps/gateway/bench/sign-bedrock-request.bench.ts
 */
import { Hash } from '@smithy/hash-node';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { bedrockOperationUrl } from '../src/providers/bedrock/bedrock-endpoint.js';
import { type BedrockHttpRequest, createSigV4Signer } from '../src/providers/bedrock/sign-bedrock-request.js';

const credentials = {
  accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  sessionToken: 'FwoGZXIvYXdzEXAMPLETOKEN',
};
const region = 'us-east-1';
const request: BedrockHttpRequest = {
  url: bedrockOperationUrl({
    baseUrl: `https://bedrock-runtime.${region}.amazonaws.com`,
    model: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
    operation: 'converse-stream',
  }),
  headers: { 'content-type': 'application/json', accept: 'application/vnd.amazon.eventstream' },
  body: JSON.stringify({
    messages: [
      { role: 'user', content: [{ text: 'Summarise the attached report in three bullet points. '.repeat(20) }] },
    ],
    inferenceConfig: { maxTokens: 1024 },
  }),
};

/** The signer as it was: AWS's, with a new HttpRequest per request. */
function smithySigner(): (request: BedrockHttpRequest) => Promise<unknown> {
  const signer = new SignatureV4({
    credentials: async () => credentials,
    region,
    service: 'bedrock',
    sha256: Hash.bind(null, 'sha256'),
  });
  return async ({ url, headers, body }) => {
    const query: Record<string, string[]> = {};
    for (const key of new Set(url.searchParams.keys())) query[key] = url.searchParams.getAll(key);
    const signed = await signer.sign(
      new HttpRequest({
        method: 'POST',
        protocol: url.protocol,
        hostname: url.hostname,
        path: url.pathname,
        query,
        headers: { ...headers, host: url.host },
        body,
      }),
      { signingDate: new Date() },
    );
    return Object.fromEntries(Object.entries(signed.headers).map(([name, value]) => [name, String(value)]));
  };
}

async function signaturesPerSecond(sign: (request: BedrockHttpRequest) => Promise<unknown>): Promise<number> {
  for (let index = 0; index < 5_000; index++) await sign(request);
  const iterations = 50_000;
  const started = process.hrtime.bigint();
  for (let index = 0; index < iterations; index++) await sign(request);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return iterations / seconds;
}

const heimdall = createSigV4Signer({ region, credentials: async () => credentials });
const results = [
  ['@smithy/signature-v4 (old)', await signaturesPerSecond(smithySigner())],
  ['Heimdall node:crypto (new)', await signaturesPerSecond(heimdall)],
] as const;
for (const [name, perSecond] of results) {
  console.log(
    `${name.padEnd(28)} ${Math.round(perSecond).toLocaleString('en-US').padStart(9)} signatures/s  ${(1e6 / perSecond).toFixed(1).padStart(6)} µs each`,
  );
}
console.log(`speed-up: ${((results[1]?.[1] ?? 0) / (results[0]?.[1] ?? 1)).toFixed(1)}×`);
