import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { benchmarkTimings } from '@heimdall/mock-upstream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordBenchmarkReplies } from '../servers/record-benchmark-replies.js';
import { createReplayUpstream, type ReplayUpstream } from '../servers/replay-upstream.js';
import { openAiChatStreamRequest } from '../targets/target-requests.js';
import { runLoadJob } from './run-load-job.js';

describe('runLoadJob', () => {
  let upstream: ReplayUpstream;
  let replyBytes: number;
  let truncating: Server;
  let truncatingUrl: string;

  beforeAll(async () => {
    const replies = await recordBenchmarkReplies();
    replyBytes = replies.openai.chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
    upstream = await createReplayUpstream({ replies, pace: benchmarkTimings.instant });
    // A target that ends its stream cleanly but early: without the end marker.
    truncating = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.end('data: {"choices":[]}\n\n');
    });
    await new Promise<void>((resolve) => truncating.listen(0, '127.0.0.1', resolve));
    truncatingUrl = `http://127.0.0.1:${(truncating.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await upstream.close();
    truncating.closeAllConnections();
    await new Promise((resolve) => truncating.close(resolve));
  });

  const job = (url: string, overrides: Partial<Parameters<typeof runLoadJob>[0]> = {}) => ({
    request: openAiChatStreamRequest({ url: `${url}/v1/chat/completions` }),
    concurrency: 4,
    maxRequests: 20,
    maxDurationMs: 20_000,
    recordTimings: true,
    ...overrides,
  });

  it('reads every stream to its end, counting its bytes and timing its first and last byte', async () => {
    const result = await runLoadJob(job(upstream.url));
    expect(result).toMatchObject({ completed: 20, failed: 0, receivedBytes: 20 * replyBytes });
    expect(result.firstByteMs).toHaveLength(20);
    for (const [index, firstByte] of result.firstByteMs.entries()) {
      expect(firstByte).toBeGreaterThan(0);
      expect(result.lastByteMs[index]).toBeGreaterThanOrEqual(firstByte);
    }
  });

  it('counts a stream that ends without its end marker as failed, saying why', async () => {
    const result = await runLoadJob(job(truncatingUrl, { maxRequests: 3 }));
    expect(result).toMatchObject({ completed: 0, failed: 3 });
    expect(result.failureReasons[0]).toBe('incomplete stream (no "data: [DONE]" at the end)');
  });

  it('counts an error status as failed, with the start of its body', async () => {
    const result = await runLoadJob({
      ...job(upstream.url, { maxRequests: 2 }),
      request: { ...openAiChatStreamRequest({ url: `${upstream.url}/nowhere` }) },
    });
    expect(result.failed).toBe(2);
    expect(result.failureReasons[0]).toBe('HTTP 404: The replay upstream has no reply for POST /nowhere');
  });

  it('starts no more streams than asked, and returns only counts when timings are not recorded', async () => {
    const result = await runLoadJob(
      job(upstream.url, { maxRequests: 7, recordTimings: false, freshConnections: true }),
    );
    expect(result.completed).toBe(7);
    expect(result.firstByteMs).toEqual([]);
  });
});
