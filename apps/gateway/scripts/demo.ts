/**
 * `pnpm demo`: the gateway in front of the bundled mock upstream, on this machine, with no API key. Streams one
 * answer with @heimdall/client, prints how to call the gateway from other clients, and keeps serving until Ctrl-C.
 */
import { createHeimdallClient } from '@heimdall/client';
import { createEchoScript, createMockUpstream } from '@heimdall/mock-upstream';
import { createGateway, createLogger, loadConfig } from '../src/index.js';

const mock = await createMockUpstream({ defaultScript: createEchoScript({ betweenChunksDelayMs: 60 }) });
const config = loadConfig({
  HOST: process.env.HOST ?? '127.0.0.1',
  PORT: process.env.PORT ?? '8080',
  OPENAI_BASE_URL: mock.openaiBaseUrl,
  OPENAI_API_KEY: 'demo-key-for-the-mock',
});
const gateway = createGateway({ config, logger: createLogger({ LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' }) });
const { url } = await gateway.start();

console.log(
  `Heimdall is listening on ${url}, in front of a mock OpenAI-compatible upstream (${mock.url}), on Node.js ${process.version}.\n`,
);
console.log('Streaming an answer with @heimdall/client:\n');

const client = createHeimdallClient({ baseUrl: url });
const stream = client.converseStream('openai/gpt-4o', {
  messages: [{ role: 'user', content: [{ text: 'Heimdall guards the bridge between clients and models.' }] }],
});
for await (const text of stream.textStream()) process.stdout.write(text);
const reply = await stream.finalResponse();
console.log(`\n\nstopReason: ${reply.stopReason}, usage: ${JSON.stringify(reply.usage)}\n`);

console.log(`Try it yourself while this runs (Ctrl-C stops it):

  curl -sN ${url}/bedrock/model/openai%2Fgpt-4o/converse-stream \\
    -H 'content-type: application/json' \\
    -d '{"messages":[{"role":"user","content":[{"text":"Hello!"}]}]}' | strings

  boto3: boto3.client("bedrock-runtime", endpoint_url="${url}/pydanticai/bedrock", region_name="us-east-1")
         .converse_stream(modelId="openai/gpt-4o", messages=[...])
`);

const stop = async () => {
  await gateway.stop({ graceMs: 1_000 });
  await mock.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
