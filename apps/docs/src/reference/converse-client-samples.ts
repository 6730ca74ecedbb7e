import { toJavaScriptLiteral, toPythonLiteral } from './code-sample-language.js';
import type { OperationGroup } from './group-operations.js';
import { type CodeSample, sampleGateway, sampleModelId } from './sample-settings.js';

interface ConverseSampleOptions {
  group: OperationGroup;
  /** The recorded request body: `messages`, `system`, `inferenceConfig`. */
  request: Record<string, unknown>;
  streaming: boolean;
}

/**
 * The prefix a client's sample uses: the one named after it when the operation is served there (its traffic is then
 * told apart in the metrics' `route` label), else Amazon Bedrock's own path.
 */
function prefixFor(group: OperationGroup, preferred: string): string {
  const shortest = group.paths[0]?.path ?? '';
  const served = group.paths.some((path) => path.path === `${preferred}${shortest}`);
  return served ? preferred : '';
}

/** The text of the first user message, for clients that take a prompt rather than a message list. */
function promptOf(request: Record<string, unknown>): string {
  const messages = request.messages as { content?: { text?: string }[] }[] | undefined;
  return messages?.[0]?.content?.find((block) => typeof block.text === 'string')?.text ?? 'Hello!';
}

function systemOf(request: Record<string, unknown>): string | undefined {
  return (request.system as { text?: string }[] | undefined)?.[0]?.text;
}

function temperatureOf(request: Record<string, unknown>): number | undefined {
  return (request.inferenceConfig as { temperature?: number } | undefined)?.temperature;
}

const { url, keyId, key } = sampleGateway;

/**
 * One sample per client the guides cover, each sending the same request through that client's own API: PydanticAI,
 * boto3, the AWS SDK for JavaScript, the Vercel AI SDK, LangChain and `@heimdall/client`.
 */
export function converseClientSamples({ group, request, streaming }: ConverseSampleOptions): CodeSample[] {
  const prompt = JSON.stringify(promptOf(request));
  const system = systemOf(request);
  const temperature = temperatureOf(request);
  const awsCredentials = `credentials: { accessKeyId: '${keyId}', secretAccessKey: '${key}' }`;
  const jsPrompt = toJavaScriptLiteral(promptOf(request));

  const pydanticPrefix = prefixFor(group, '/pydanticai/bedrock');
  const pydanticai = `${streaming ? 'import asyncio\n\n' : ''}import boto3
from pydantic_ai import Agent
from pydantic_ai.models.bedrock import BedrockConverseModel
from pydantic_ai.providers.bedrock import BedrockProvider

# Any region name will do: it only enters the signature. The key pair is a gateway key.
client = boto3.client("bedrock-runtime", endpoint_url="${url}${pydanticPrefix}",
                      region_name="us-east-1", aws_access_key_id="${keyId}", aws_secret_access_key="${key}")
model = BedrockConverseModel("${sampleModelId}", provider=BedrockProvider(bedrock_client=client))
agent = Agent(model${system ? `, system_prompt=${JSON.stringify(system)}` : ''}${temperature !== undefined ? `, model_settings={"temperature": ${temperature}}` : ''})
${
  streaming
    ? `

async def main():
    async with agent.run_stream(${prompt}) as result:
        async for text in result.stream_text(delta=True):
            print(text, end="", flush=True)


asyncio.run(main())`
    : `print(agent.run_sync(${prompt}).output)`
}`;

  const fields = Object.entries(request)
    .map(([name, value]) => `${name}=${toPythonLiteral(value, 1)}`)
    .join(',\n    ');
  const boto3Prefix = prefixFor(group, '/bedrock');
  const boto3 = `import boto3

client = boto3.client("bedrock-runtime", endpoint_url="${url}${boto3Prefix}", region_name="us-east-1",
                      aws_access_key_id="${keyId}", aws_secret_access_key="${key}")
reply = client.${streaming ? 'converse_stream' : 'converse'}(
    modelId="${sampleModelId}",
    ${fields},
)
${
  streaming
    ? `for event in reply["stream"]:
    if "contentBlockDelta" in event:
        print(event["contentBlockDelta"]["delta"].get("text", ""), end="")`
    : 'print(reply["output"]["message"]["content"][0]["text"])'
}`;

  const command = streaming ? 'ConverseStreamCommand' : 'ConverseCommand';
  const awsSdk = `import { BedrockRuntimeClient, ${command} } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({
  region: 'us-east-1',
  endpoint: '${url}${prefixFor(group, '/bedrock')}',
  ${awsCredentials},
});
const ${streaming ? '{ stream }' : 'reply'} = await client.send(
  new ${command}(${toJavaScriptLiteral({ modelId: sampleModelId, ...request }, 1)}),
);
${
  streaming
    ? "for await (const event of stream ?? []) process.stdout.write(event.contentBlockDelta?.delta?.text ?? '');"
    : 'console.log(reply.output?.message?.content?.[0]?.text);'
}`;

  const callSettings = [
    `model: bedrock('${sampleModelId}')`,
    system ? `system: ${toJavaScriptLiteral(system)}` : undefined,
    `prompt: ${jsPrompt}`,
    temperature !== undefined ? `temperature: ${temperature}` : undefined,
  ].filter((line) => line !== undefined);
  const vercel = `import { createAmazonBedrock } from '@ai-sdk/amazon-bedrock';
import { ${streaming ? 'streamText' : 'generateText'} } from 'ai';

const bedrock = createAmazonBedrock({
  baseURL: '${url}${prefixFor(group, '/bedrock')}',
  region: 'us-east-1',
  accessKeyId: '${keyId}',
  secretAccessKey: '${key}',
});
${
  streaming
    ? `const result = streamText({\n  ${callSettings.join(',\n  ')},\n});
for await (const text of result.textStream) process.stdout.write(text);`
    : `const { text } = await generateText({\n  ${callSettings.join(',\n  ')},\n});
console.log(text);`
}`;

  const langchainMessages = [
    ...(system ? [`['system', ${toJavaScriptLiteral(system)}]`] : []),
    `['human', ${jsPrompt}]`,
  ].join(',\n  ');
  const langchain = `import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { ChatBedrockConverse } from '@langchain/aws';

const model = new ChatBedrockConverse({
  model: '${sampleModelId}',
  region: 'us-east-1',${temperature !== undefined ? `\n  temperature: ${temperature},` : ''}
  client: new BedrockRuntimeClient({
    region: 'us-east-1',
    endpoint: '${url}${prefixFor(group, '/langchain')}',
    ${awsCredentials},
  }),
});
const messages = [\n  ${langchainMessages},\n];
${
  streaming
    ? 'for await (const chunk of await model.stream(messages)) process.stdout.write(String(chunk.content));'
    : `const reply = await model.invoke(messages);
console.log(reply.content);`
}`;

  const heimdall = `import { createHeimdallClient } from '@heimdall/client';

const client = createHeimdallClient({ baseUrl: '${url}', apiKey: '${key}' });
${
  streaming
    ? `const stream = client.converseStream('${sampleModelId}', ${toJavaScriptLiteral(request)});
for await (const text of stream.textStream()) process.stdout.write(text);`
    : `const reply = await client.converse('${sampleModelId}', ${toJavaScriptLiteral(request)});
for (const block of reply.output.message.content) if ('text' in block) console.log(block.text);`
}`;

  return [
    { client: 'boto3', language: 'python', source: boto3 },
    { client: 'PydanticAI', language: 'python', source: pydanticai },
    { client: 'AWS SDK for JavaScript', language: 'typescript', source: awsSdk },
    { client: 'Vercel AI SDK', language: 'typescript', source: vercel },
    { client: 'LangChain', language: 'typescript', source: langchain },
    { client: '@heimdall/client', language: 'typescript', source: heimdall },
  ];
}
