import type { Script, ScriptStep, ScriptToolCall } from './script.js';
import type { PlayItem, StreamPart } from './stream-part.js';

/** Status of an in-stream error whose step names none. */
const defaultStreamErrorStatus = 500;

/**
 * Turns the steps of a script into the items a player sends one by one. Formats that show one content block at a
 * time (`interleaveToolCalls: false`) get parallel tool calls one after another even when the script interleaves them.
 */
export function expandScript({
  script,
  interleaveToolCalls,
}: {
  script: Script;
  interleaveToolCalls: boolean;
}): PlayItem[] {
  const items: PlayItem[] = [];
  let toolCallCount = 0;
  for (const step of script.steps) {
    if (step.type === 'tool-calls') {
      const interleaved = interleaveToolCalls && step.order === 'interleaved';
      const parts = interleaved
        ? interleavedToolCallParts(step.calls, toolCallCount)
        : sequentialToolCallParts(step.calls, toolCallCount);
      toolCallCount += step.calls.length;
      for (const part of parts) items.push({ type: 'part', part });
    } else {
      items.push(expandStep(step));
    }
  }
  return items;
}

function expandStep(step: Exclude<ScriptStep, { type: 'tool-calls' }>): PlayItem {
  switch (step.type) {
    case 'text':
      return { type: 'part', part: { type: 'text-delta', text: step.text } };
    case 'reasoning':
      return { type: 'part', part: { type: 'reasoning-delta', text: step.text } };
    case 'reasoning-signature':
      return { type: 'part', part: { type: 'reasoning-signature', signature: step.signature } };
    case 'redacted-reasoning':
      return { type: 'part', part: { type: 'redacted-reasoning', data: step.data } };
    case 'ping':
      return { type: 'part', part: { type: 'ping' } };
    case 'delay':
      return { type: 'delay', ms: step.ms };
    case 'stream-error':
      return {
        type: 'stream-error',
        error: { status: step.status ?? defaultStreamErrorStatus, message: step.message, errorType: step.errorType },
      };
    case 'drop-connection':
      return { type: 'drop-connection' };
  }
}

function sequentialToolCallParts(calls: ScriptToolCall[], firstIndex: number): StreamPart[] {
  return calls.flatMap((call, offset) => toolCallParts(call, firstIndex + offset));
}

function toolCallParts(call: ScriptToolCall, index: number): StreamPart[] {
  const start: StreamPart = { type: 'tool-call-start', index, id: call.id, name: call.name };
  const deltas = call.arguments.map((piece): StreamPart => ({ type: 'tool-call-delta', index, arguments: piece }));
  return [start, ...deltas];
}

/** One piece of each call in turn, the way a server streaming calls in parallel mixes them. */
function interleavedToolCallParts(calls: ScriptToolCall[], firstIndex: number): StreamPart[] {
  const queues = calls.map((call, offset) => toolCallParts(call, firstIndex + offset));
  const parts: StreamPart[] = [];
  while (queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next !== undefined) parts.push(next);
    }
  }
  return parts;
}
