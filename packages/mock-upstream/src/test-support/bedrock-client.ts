import { Readable } from 'node:stream';
import {
  BedrockRuntimeClient,
  ConverseStreamCommand,
  type ConverseStreamCommandInput,
  type ConverseStreamOutput,
} from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { MockUpstream } from '../server/create-mock-upstream.js';

/** The Bedrock key the signing tests configure the mock with. */
export const testBedrockCredentials = {
  accessKeyId: 'AKIAMOCKUPSTREAMTEST',
  secretAccessKey: 'mock-upstream-secret-access-key',
} as const;

/** A question in Bedrock's shape, for requests whose content does not matter. */
export const bedrockQuestion: ConverseStreamCommandInput['messages'] = [
  { role: 'user', content: [{ text: 'What is the weather in Paris?' }] },
];

/**
 * The AWS SDK's Bedrock client pointed at the mock over HTTP/1.1 (the SDK's default handler speaks only HTTP/2),
 * without retries so each test sees one exchange. A `token` makes it send `Authorization: Bearer` instead of SigV4.
 */
export function createBedrockClient(
  mock: MockUpstream,
  options: { credentials?: { accessKeyId: string; secretAccessKey: string }; token?: string } = {},
): BedrockRuntimeClient {
  return new BedrockRuntimeClient({
    region: 'us-east-1',
    endpoint: mock.bedrockBaseUrl,
    credentials: options.credentials ?? testBedrockCredentials,
    maxAttempts: 1,
    requestHandler: new NodeHttpHandler(),
    ...(options.token ? { token: { token: options.token }, authSchemePreference: ['httpBearerAuth'] } : {}),
  });
}

/** A Bedrock client that never opens a socket: every request is answered with `body`, the way Bedrock would. */
export function createInMemoryBedrockClient(body: Uint8Array): BedrockRuntimeClient {
  return new BedrockRuntimeClient({
    region: 'us-east-1',
    credentials: testBedrockCredentials,
    maxAttempts: 1,
    requestHandler: {
      handle: async () => ({
        response: {
          statusCode: 200,
          headers: { 'content-type': 'application/vnd.amazon.eventstream', 'x-amzn-requestid': 'in-memory' },
          body: Readable.from([Buffer.from(body)]),
        },
      }),
    },
  });
}

/** What an application using the SDK sees of a ConverseStream: its events in order, and the error it ended with. */
export interface SdkStream {
  events: ConverseStreamOutput[];
  error?: unknown;
}

/** Sends a ConverseStream request and reads the reply to its end, keeping the events that came before a failure. */
export async function readSdkStream(client: BedrockRuntimeClient, modelId: string): Promise<SdkStream> {
  const events: ConverseStreamOutput[] = [];
  try {
    const output = await client.send(new ConverseStreamCommand({ modelId, messages: bedrockQuestion }));
    if (output.stream === undefined) throw new Error('The AWS SDK returned no stream');
    for await (const event of output.stream) events.push(event);
    return { events };
  } catch (error) {
    return { events, error };
  }
}
