import type { ServerResponse } from 'node:http';
import { collectContent } from '../script/collect-content.js';
import type { ScriptTiming } from '../script/script.js';
import type { PlayItem, StreamPart } from '../script/stream-part.js';
import type { ReplyContext, WireFormat } from '../wire/wire-format.js';
import { pause } from './pause.js';
import { sendReply } from './send-reply.js';

/**
 * Plays a reply that is not streamed: the script's pauses still pass (the time a model takes to generate), then
 * the whole reply goes out as one body. An in-stream error becomes the provider's error reply; a dropped
 * connection closes the socket without any reply.
 */
export async function playFullResponse({
  response,
  wireFormat,
  context,
  items,
  timing,
  signal,
  drop,
}: {
  response: ServerResponse;
  wireFormat: WireFormat;
  context: ReplyContext;
  items: PlayItem[];
  timing: ScriptTiming;
  signal: AbortSignal;
  drop: () => void;
}): Promise<void> {
  const parts: StreamPart[] = [];
  for (const item of items) {
    if (item.type === 'delay') {
      await pause(item.ms, signal);
      continue;
    }
    await pause(parts.length === 0 ? timing.firstChunkDelayMs : timing.betweenChunksDelayMs, signal);
    if (item.type === 'drop-connection') {
      drop();
      return;
    }
    if (item.type === 'stream-error') {
      sendReply(response, wireFormat.renderError(item.error));
      return;
    }
    parts.push(item.part);
  }
  sendReply(response, wireFormat.renderResponse({ ...context, content: collectContent(parts) }));
}
