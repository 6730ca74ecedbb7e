import type { ServerResponse } from 'node:http';
import type { ScriptTiming } from '../script/script.js';
import type { PlayItem } from '../script/stream-part.js';
import type { StreamRenderer } from '../wire/wire-format.js';
import { pause } from './pause.js';
import { writeFrames } from './write-frames.js';

/**
 * Plays a streamed reply: headers at once, then one chunk per item with the script's pauses between chunks. The
 * opening frames go out with the first chunk, so `firstChunkDelayMs` is the time to the first body byte.
 */
export async function playStream({
  response,
  renderer,
  items,
  timing,
  signal,
  drop,
}: {
  response: ServerResponse;
  renderer: StreamRenderer;
  items: PlayItem[];
  timing: ScriptTiming;
  signal: AbortSignal;
  drop: () => void;
}): Promise<void> {
  response.writeHead(200, renderer.headers);
  response.flushHeaders();
  let opening = renderer.start();
  const nextChunkDelay = () => (opening.length > 0 ? timing.firstChunkDelayMs : timing.betweenChunksDelayMs);
  const takeOpening = () => {
    const frames = opening;
    opening = [];
    return frames;
  };

  for (const item of items) {
    if (item.type === 'delay') {
      await pause(item.ms, signal);
      continue;
    }
    await pause(nextChunkDelay(), signal);
    if (item.type === 'drop-connection') {
      drop();
      return;
    }
    const body = item.type === 'part' ? renderer.render(item.part) : renderer.renderError(item.error);
    await writeFrames({ response, frames: [...takeOpening(), ...body], signal });
    if (item.type === 'stream-error') {
      response.end();
      return;
    }
  }
  await pause(nextChunkDelay(), signal);
  await writeFrames({ response, frames: [...takeOpening(), ...renderer.finish()], signal });
  response.end();
}
