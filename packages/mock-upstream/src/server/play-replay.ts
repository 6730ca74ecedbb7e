import type { ServerResponse } from 'node:http';
import type { Replay } from '../wire/wire-format.js';
import { pause } from './pause.js';
import { sendReply } from './send-reply.js';
import { writeFrames } from './write-frames.js';

/**
 * Plays recorded bytes: an error reply whole, with its length; a successful reply as a chunked stream, one write per
 * piece with the replay's pauses, so a client sees the recording cut wherever the pieces end.
 */
export async function playReplay({
  response,
  replay,
  signal,
}: {
  response: ServerResponse;
  replay: Replay;
  signal: AbortSignal;
}): Promise<void> {
  if (replay.status !== 200) {
    sendReply(response, { status: replay.status, headers: replay.headers, body: Buffer.concat(replay.chunks) });
    return;
  }
  response.writeHead(200, replay.headers);
  response.flushHeaders();
  for (const [index, chunk] of replay.chunks.entries()) {
    await pause(index === 0 ? replay.timing.firstChunkDelayMs : replay.timing.betweenChunksDelayMs, signal);
    await writeFrames({ response, frames: [chunk], signal });
  }
  response.end();
}
