import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';

export type Transport = 'http2' | 'http1';

/**
 * The AWS SDK's Bedrock client pointed at the gateway, unmodified: its default handler speaks cleartext HTTP/2 with
 * prior knowledge; `http1` swaps in the SDK's own HTTP/1.1 handler. Retries are off so tests see each error once.
 */
export function createBedrockClient(options: {
  endpoint: string;
  transport: Transport;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  token?: string;
}): BedrockRuntimeClient {
  return new BedrockRuntimeClient({
    region: 'us-east-1',
    endpoint: options.endpoint,
    credentials: options.credentials ?? { accessKeyId: 'unused', secretAccessKey: 'unused' },
    maxAttempts: 1,
    ...(options.token ? { token: { token: options.token }, authSchemePreference: ['httpBearerAuth'] } : {}),
    ...(options.transport === 'http1' ? { requestHandler: new NodeHttpHandler() } : {}),
  });
}
