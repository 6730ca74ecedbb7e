import { benchmarkTimings, createBenchmarkScript, createMockUpstream } from '@heimdall/mock-upstream';
import { decodeFrames } from '@heimdall/testing';
import type { TargetRequest } from '../load/load-job.js';
import { benchmarkModel, converseStreamRequest, openAiChatStreamRequest } from '../targets/target-requests.js';
import { groupIntoChunks, splitEventStreamFrames, splitServerSentEvents } from './split-reply.js';

/** One streamed reply, ready to be written again and again without being rendered. */
export interface PacedReply {
  status: number;
  headers: Record<string, string>;
  /** The body in the pieces an upstream writes, one model chunk each; joined, they are the whole body. */
  chunks: Buffer[];
}

/** The benchmark's reply in each wire format the targets read. */
export interface BenchmarkReplies {
  openai: PacedReply;
  bedrock: PacedReply;
}

/** Headers about the connection or the length, which the replaying server sets for itself. */
const connectionHeaders = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'date']);

/**
 * The request, sent again when its connection is reset: fetch reuses a kept-alive connection, and one the mock is
 * closing at that moment fails with `ECONNRESET` though nothing is wrong with the mock or the request.
 */
async function fetchOnce(target: TargetRequest, attemptsLeft = 3): Promise<Response> {
  try {
    return await fetch(target.url, { method: 'POST', headers: target.headers, body: target.body });
  } catch (error) {
    const code = (error as { cause?: { code?: unknown } }).cause?.code;
    if (attemptsLeft <= 1 || code !== 'ECONNRESET') throw error;
    return fetchOnce(target, attemptsLeft - 1);
  }
}

async function fetchReply(
  target: TargetRequest,
): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  const response = await fetchOnce(target);
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200)
    throw new Error(`The mock upstream answered ${response.status}: ${body.subarray(0, 200)}`);
  const headers: Record<string, string> = {};
  for (const [name, value] of response.headers) if (!connectionHeaders.has(name)) headers[name] = value;
  return { status: response.status, headers, body };
}

/** A `chat.completion.chunk` event that carries text: the opening event's empty content does not count. */
function carriesText(event: Buffer): boolean {
  const text = event.toString('utf8');
  if (!text.startsWith('data: {')) return false;
  const chunk = JSON.parse(text.slice('data: '.length)) as { choices?: Array<{ delta?: { content?: unknown } }> };
  const content = chunk.choices?.[0]?.delta?.content;
  return typeof content === 'string' && content !== '';
}

async function recordOpenAi(url: string): Promise<PacedReply> {
  const reply = await fetchReply(openAiChatStreamRequest({ url: `${url}/v1/chat/completions` }));
  const chunks = groupIntoChunks(splitServerSentEvents(reply.body), carriesText).map((events) => Buffer.concat(events));
  return { status: reply.status, headers: reply.headers, chunks };
}

/** Every frame is checked on its own with the AWS SDK's CRC-checking codec, so a wrong cut cannot go unnoticed. */
async function recordBedrock(url: string): Promise<PacedReply> {
  const reply = await fetchReply(converseStreamRequest({ url: `${url}/model/${benchmarkModel}/converse-stream` }));
  const decoded = await decodeFrames(reply.body);
  const frames = splitEventStreamFrames(reply.body);
  if (frames.length !== decoded.length) {
    throw new Error(`The Bedrock reply splits into ${frames.length} frames, but the codec reads ${decoded.length}`);
  }
  for (const [index, frame] of frames.entries()) {
    const alone = await decodeFrames(frame);
    if (alone.length !== 1 || alone[0]?.eventType !== decoded[index]?.eventType) {
      throw new Error(`Frame ${index} of the Bedrock reply does not decode on its own`);
    }
  }
  const isDelta = (_frame: Buffer, index: number) => decoded[index]?.eventType === 'contentBlockDelta';
  const chunks = groupIntoChunks(frames, isDelta).map((group) => Buffer.concat(group));
  return { status: reply.status, headers: reply.headers, chunks };
}

/**
 * Renders the benchmark's reply once per wire format with the bundled mock upstream (in this process, on loopback),
 * and keeps the bytes, cut where the mock writes them. Replaying them costs a server no rendering at all, so the
 * upstream's own work stays small next to what the proxies do. Throws when the two formats do not pace the same
 * number of chunks, which would make their figures incomparable.
 */
export async function recordBenchmarkReplies(): Promise<BenchmarkReplies> {
  const mock = await createMockUpstream({ defaultScript: createBenchmarkScript(benchmarkTimings.instant) });
  try {
    const openai = await recordOpenAi(mock.url);
    const bedrock = await recordBedrock(mock.url);
    if (openai.chunks.length !== bedrock.chunks.length) {
      throw new Error(`The OpenAI reply has ${openai.chunks.length} chunks, the Bedrock one ${bedrock.chunks.length}`);
    }
    return { openai, bedrock };
  } finally {
    await mock.close();
  }
}
