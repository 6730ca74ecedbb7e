/**
 * `pnpm demo`: the gateway in front of the bundled mock upstream, on this machine, with no API key. Streams one
 * answer with @heimdall/client, prints how to call the gateway from other clients, and keeps serving until Ctrl-C.
 */
import { createHeimdallClient } from '@heimdall/client';
import { readDemoSettings } from './demo/read-demo-settings.js';
import { startDemoGateway } from './demo/start-demo-gateway.js';

// A setting or port problem is the user's to fix: say it in one line, without a stack trace.
const demo = await (async () => {
  try {
    return await startDemoGateway({ environment: process.env, settings: readDemoSettings(process.env) });
  } catch (error) {
    process.stderr.write(`The demo cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
})();
const { url, mock, config } = demo;

// Ctrl-C is how a demo ends: stop quietly with status 0. Every process of the terminal's group gets the SIGINT,
// pnpm included, so this process must end on its own terms rather than be reported as killed by the signal.
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  demo.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`The demo failed to stop: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const apiKey = config.gatewayKeys[0]?.secret;
const keyNote = apiKey
  ? `Gateway keys from HEIMDALL_API_KEYS are required (${config.gatewayKeys.length} configured).`
  : 'No gateway keys: every client is let in (set HEIMDALL_API_KEYS to require them).';
console.log(
  `Heimdall is listening on ${url}, in front of a mock upstream (${mock.url}) for the providers ` +
    `${Object.keys(config.providers).join(', ')}, on Node.js ${process.version}.\n${keyNote}\n`,
);
console.log('Streaming an answer with @heimdall/client:\n');

const client = createHeimdallClient({ baseUrl: url, ...(apiKey ? { apiKey } : {}) });
const stream = client.converseStream('openai/gpt-4o', {
  messages: [{ role: 'user', content: [{ text: 'Heimdall guards the bridge between clients and models.' }] }],
});
for await (const text of stream.textStream()) process.stdout.write(text);
const reply = await stream.finalResponse();
console.log(`\n\nstopReason: ${reply.stopReason}, usage: ${JSON.stringify(reply.usage)}\n`);

const authorization = apiKey ? `\n    -H 'authorization: Bearer ${'<a gateway key>'}' \\` : '';
console.log(`Try it yourself while this runs (Ctrl-C stops it). Models: openai/gpt-4o, anthropic/claude-sonnet-4-5,
gemini/gemini-2.5-flash, groq/llama-3.3-70b-versatile, ollama/llama3.2, any Bedrock id (us.amazon.nova-pro-v1:0),
and the routes ${Object.keys(config.routes).join(', ')}.

  curl -sN ${url}/bedrock/model/openai%2Fgpt-4o/converse-stream \\${authorization}
    -H 'content-type: application/json' \\
    -d '{"messages":[{"role":"user","content":[{"text":"Hello!"}]}]}' | strings

  boto3: boto3.client("bedrock-runtime", endpoint_url="${url}/pydanticai/bedrock", region_name="us-east-1",
                      aws_access_key_id="team-a", aws_secret_access_key="secret-a")
         .converse_stream(modelId="openai/gpt-4o", messages=[...])
`);
