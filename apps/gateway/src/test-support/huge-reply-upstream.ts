/**
 * A mock upstream in a process of its own whose model `huge` streams 64 MiB of text: for tests that measure the
 * gateway's own memory, which a mock in the same process would blur. Prints its OpenAI base URL as one JSON line,
 * and exits when its standard input closes (when the test that started it ends).
 */
import { createMockUpstream } from '@heimdall/mock-upstream';
import { upstreamKey } from './gateway-harness.js';

const mock = await createMockUpstream({ apiKeys: { openai: upstreamKey } });
mock.scriptFor('huge', {
  steps: Array.from({ length: 64 * 1024 }, () => ({ type: 'text' as const, text: 'x'.repeat(1024) })),
});
process.stdout.write(`${JSON.stringify({ openaiBaseUrl: mock.openaiBaseUrl })}\n`);
process.stdin.resume();
process.stdin.once('end', () => process.exit(0));
process.stdin.once('close', () => process.exit(0));
