#!/usr/bin/env node
import { readCliConfig } from './cli/read-cli-config.js';
import { createEchoScript } from './script/echo-script.js';
import { createMockUpstream } from './server/create-mock-upstream.js';

/**
 * `heimdall-mock-upstream`: serves the echo reply on loopback for demos, until SIGINT or SIGTERM.
 */
async function main(): Promise<void> {
  const config = readCliConfig(process.env);
  const mock = await createMockUpstream({
    host: config.host,
    port: config.port,
    defaultScript: createEchoScript({ betweenChunksDelayMs: config.delayMs }),
  });
  process.stdout.write(
    [
      `Mock upstream listening on ${mock.url}`,
      `  OpenAI:    ${mock.openaiBaseUrl} (POST /v1/chat/completions)`,
      `  Anthropic: ${mock.anthropicBaseUrl} (POST /v1/messages)`,
      `  Gemini:    ${mock.geminiBaseUrl} (POST /v1beta/models/{model}:streamGenerateContent?alt=sse and :generateContent)`,
      `  Bedrock:   ${mock.bedrockBaseUrl} (POST /model/{modelId}/converse-stream and /converse; recording.{name} replays)`,
      `  Replies echo the last user message, ${config.delayMs} ms between words.`,
      '',
    ].join('\n'),
  );

  const stop = (signal: NodeJS.Signals) => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    mock.close().then(
      () => process.stdout.write(`Mock upstream stopped (${signal}).\n`),
      (error: unknown) => {
        process.stderr.write(`Mock upstream failed to stop: ${String(error)}\n`);
        process.exitCode = 1;
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Mock upstream failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
