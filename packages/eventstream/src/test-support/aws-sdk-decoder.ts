import { Readable } from 'node:stream';
import { BedrockRuntimeClient, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';

/** A Bedrock client whose every request is answered in memory with `body`, cut into the given chunks. */
export function createInMemoryBedrockClient(chunksOfBody: () => Uint8Array[]): BedrockRuntimeClient {
  return new BedrockRuntimeClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
    requestHandler: {
      handle: async () => ({
        response: {
          statusCode: 200,
          reason: 'OK',
          headers: { 'content-type': 'application/vnd.amazon.eventstream', 'x-amzn-requestid': 'in-memory' },
          body: Readable.from(chunksOfBody(), { objectMode: false }),
        },
      }),
    },
  });
}

/** What the AWS SDK made of a ConverseStream body: its events, and the error it ended with, if any. */
export interface AwsSdkDecoding {
  events: Record<string, unknown>[];
  error?: unknown;
}

/** Decodes a ConverseStream body the way an application using `@aws-sdk/client-bedrock-runtime` would see it. */
export async function decodeWithAwsSdk(
  client: BedrockRuntimeClient,
  onEvent: (event: Record<string, unknown>) => void = () => undefined,
): Promise<AwsSdkDecoding> {
  const events: Record<string, unknown>[] = [];
  try {
    const output = await client.send(
      new ConverseStreamCommand({
        modelId: 'in-memory-model',
        messages: [{ role: 'user', content: [{ text: 'Hi' }] }],
      }),
    );
    if (!output.stream) throw new Error('The AWS SDK returned no stream');
    for await (const event of output.stream) {
      const plain = { ...event } as Record<string, unknown>;
      events.push(plain);
      onEvent(plain);
    }
    return { events };
  } catch (error) {
    return { events, error };
  }
}
