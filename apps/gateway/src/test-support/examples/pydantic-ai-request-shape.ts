/**
 * A PydanticAI example without PydanticAI: its lines that build the boto3 client, then the Converse call that
 * `BedrockConverseModel` makes for `agent.run_sync(prompt)` on that client — `modelId`, the prompt as one user
 * message, and `system` and `inferenceConfig` sent even when empty, as PydanticAI sends them.
 * @see https://ai.pydantic.dev/api/models/bedrock/
 */
export function pydanticAiRequestShape(code: string): string {
  const model = /BedrockConverseModel\(\s*"([^"]+)"/.exec(code)?.[1];
  const prompt = /run_sync\(\s*"([^"]*)"/.exec(code)?.[1];
  if (model === undefined || prompt === undefined) {
    throw new Error('The PydanticAI example names no BedrockConverseModel("…") or run_sync("…") to stand in for');
  }
  const clientLines = code.split('\n').filter((line) => !/pydantic_ai|\bAgent\(|\bagent\./.test(line));
  return [
    ...clientLines,
    `reply = client.converse(modelId=${JSON.stringify(model)}, system=[], inferenceConfig={},`,
    `                        messages=[{"role": "user", "content": [{"text": ${JSON.stringify(prompt)}}]}])`,
    'print(reply["output"]["message"]["content"][0]["text"])',
    '',
  ].join('\n');
}
