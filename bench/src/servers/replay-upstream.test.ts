import {
  benchmarkTimings,
  createBenchmarkScript,
  createMockUpstream,
  type MockUpstream,
} from '@heimdall/mock-upstream';
import { decodeFrames } from '@heimdall/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converseStreamRequest, openAiChatStreamRequest } from '../targets/target-requests.js';
import { type BenchmarkReplies, recordBenchmarkReplies } from './record-benchmark-replies.js';
import { createReplayUpstream, type ReplayUpstream } from './replay-upstream.js';

const post = async (request: { url: string; headers: Record<string, string>; body: string }) => {
  const response = await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
};

// Ids, timestamps and Bedrock's measured latency differ per reply; the shape of every event must not.
const shape = (text: string) => text.replaceAll(/"(id|created)":("[^"]*"|\d+)/g, '"$1":_');
// Bedrock pads every event with a random-length \`p\`, and reports its latency: neither is part of the reply.
const withoutNoise = (frames: Awaited<ReturnType<typeof decodeFrames>>) =>
  frames.map((frame) => {
    const { p: _padding, metrics: _metrics, ...payload } = frame.payload;
    return { ...frame, payload };
  });

describe('replay upstream', () => {
  let mock: MockUpstream;
  let replies: BenchmarkReplies;
  let upstream: ReplayUpstream;

  beforeAll(async () => {
    mock = await createMockUpstream({ defaultScript: createBenchmarkScript(benchmarkTimings.instant) });
    replies = await recordBenchmarkReplies();
    upstream = await createReplayUpstream({ replies, pace: benchmarkTimings.instant });
  });

  afterAll(async () => {
    await upstream.close();
    await mock.close();
  });

  it('streams the bundled mock’s OpenAI reply, so every target still reads the same 64 chunks', async () => {
    const replayed = await post(openAiChatStreamRequest({ url: `${upstream.url}/v1/chat/completions` }));
    const original = await post(openAiChatStreamRequest({ url: `${mock.url}/v1/chat/completions` }));
    expect(replayed.response.status).toBe(200);
    expect(replayed.response.headers.get('content-type')).toBe(original.response.headers.get('content-type'));
    expect(shape(replayed.body.toString())).toBe(shape(original.body.toString()));
  });

  it('streams the bundled mock’s Bedrock reply as frames Amazon’s codec reads', async () => {
    const replayed = await post(converseStreamRequest({ url: `${upstream.url}/model/bench/converse-stream` }));
    const original = await post(converseStreamRequest({ url: `${mock.url}/model/bench/converse-stream` }));
    expect(replayed.response.headers.get('content-type')).toBe('application/vnd.amazon.eventstream');
    const frames = await decodeFrames(replayed.body);
    expect(frames.filter((frame) => frame.eventType === 'contentBlockDelta')).toHaveLength(64);
    expect(withoutNoise(frames)).toEqual(withoutNoise(await decodeFrames(original.body)));
  });

  it('cuts both replies where the mock paces them: the opening with the first text, then one chunk per text', () => {
    for (const reply of [replies.openai, replies.bedrock]) expect(reply.chunks).toHaveLength(65);
    expect(replies.openai.chunks[0]?.toString()).toMatch(/"role":"assistant".*\n\ndata: .*"content":" the quick/s);
    expect(replies.openai.chunks.at(-1)?.toString()).toMatch(/"finish_reason":"stop".*data: \[DONE\]\n\n$/s);
  });

  it('keeps the pace it is given: a paced reply takes at least its pauses added up', async () => {
    upstream.usePace({ firstChunkDelayMs: 50, betweenChunksDelayMs: 4 });
    try {
      const startedAt = performance.now();
      await post(openAiChatStreamRequest({ url: `${upstream.url}/v1/chat/completions` }));
      // 50 ms, then 64 pauses of 4 ms: 306 ms at the least, however fast or loaded the machine.
      expect(performance.now() - startedAt).toBeGreaterThanOrEqual(300);
    } finally {
      upstream.usePace(benchmarkTimings.instant);
    }
  });

  it('answers 404 naming the route it has no reply for', async () => {
    const { response, body } = await post({ url: `${upstream.url}/v1/messages`, headers: {}, body: '{}' });
    expect(response.status).toBe(404);
    expect(body.toString()).toBe('The replay upstream has no reply for POST /v1/messages');
  });
});
