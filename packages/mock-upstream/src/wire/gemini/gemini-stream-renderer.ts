import type { StreamPart } from '../../script/stream-part.js';
import { createId } from '../create-id.js';
import { formatServerSentEvent, serverSentEventHeaders } from '../server-sent-event.js';
import type { Frame, ReplyContext, StreamRenderer } from '../wire-format.js';
import { geminiErrorObject } from './gemini-errors.js';
import { geminiFinishReasons, toGeminiUsage } from './gemini-mapping.js';
import { type CollectedCall, candidate, functionCallPart, type GeminiPart, withSignature } from './gemini-parts.js';

/**
 * Streams a reply as `streamGenerateContent?alt=sse` does: one `GenerateContentResponse` per `data:` line, each with
 * the parts generated since the last one, and no terminator: the last chunk carries `finishReason` and the usage.
 * Function calls arrive whole, and the calls of one step together in one chunk. Thinking comes as parts with
 * `thought: true`; a signature rides on the part after the thinking. Gemini has no keep-alive event and no redacted
 * thinking, so pings and redacted reasoning send nothing.
 * @see https://ai.google.dev/api/generate-content#method:-models.streamgeneratecontent
 */
export function createGeminiStreamRenderer(context: ReplyContext): StreamRenderer {
  const responseId = createId('', 22);
  const modelVersion = context.request.model;
  let calls: CollectedCall[] = [];
  let signature: string | undefined;

  const chunk = (parts: GeminiPart[], finishReason?: string): Frame => {
    const body = {
      candidates: [candidate(parts, finishReason)],
      ...(finishReason ? { usageMetadata: toGeminiUsage(context.usage) } : {}),
      modelVersion,
      responseId,
    };
    return formatServerSentEvent({ data: JSON.stringify(body) });
  };
  const signed = (part: GeminiPart): GeminiPart => {
    const result = withSignature(part, signature);
    signature = undefined;
    return result;
  };
  const callParts = (): GeminiPart[] => {
    const parts = calls.map((call, index) => (index === 0 ? signed(functionCallPart(call)) : functionCallPart(call)));
    calls = [];
    return parts;
  };
  const flushCalls = (): Frame[] => (calls.length === 0 ? [] : [chunk(callParts())]);

  const render = (part: StreamPart): Frame[] => {
    switch (part.type) {
      case 'text-delta':
        return [...flushCalls(), chunk([signed({ text: part.text })])];
      case 'reasoning-delta':
        return [...flushCalls(), chunk([signed({ text: part.text, thought: true })])];
      case 'reasoning-signature':
        signature = part.signature;
        return flushCalls();
      case 'tool-call-start':
        calls.push({ id: part.id, name: part.name, arguments: '' });
        return [];
      case 'tool-call-delta': {
        const call = calls.at(-1);
        if (call) call.arguments += part.arguments;
        return [];
      }
      case 'redacted-reasoning':
      case 'ping':
        return [];
    }
  };

  return {
    headers: { ...serverSentEventHeaders, 'x-goog-request-id': responseId },
    start: () => [],
    render,
    renderError: (error) => [
      ...flushCalls(),
      formatServerSentEvent({ data: JSON.stringify({ error: geminiErrorObject(error) }) }),
    ],
    finish: () => {
      const finishReason = geminiFinishReasons[context.finishReason];
      // The last calls and the finish reason come together, as Gemini sends a step's calls in its last chunk.
      const parts = calls.length > 0 ? callParts() : [signed({ text: '' })];
      return [chunk(parts, finishReason)];
    },
  };
}
