import type { StreamPart } from '../../script/stream-part.js';
import { createId } from '../create-id.js';
import { formatServerSentEvent, serverSentEventHeaders } from '../server-sent-event.js';
import type { Frame, ReplyContext, StreamRenderer } from '../wire-format.js';
import { openAiErrorObject } from './openai-errors.js';
import { type OpenAiUsage, openAiFinishReasons, openAiSystemFingerprint, toOpenAiUsage } from './openai-mapping.js';

/**
 * Streams a reply as `chat.completion.chunk` objects in `data:` lines, closed by `data: [DONE]`. With
 * `stream_options.include_usage`, every chunk carries `usage: null` and a last chunk with empty `choices` carries
 * the usage. Tool calls are announced with `id`, `type` and `name`, then their arguments follow under the same
 * `index`. Reasoning goes in `reasoning_content`, as OpenAI-compatible reasoning servers send it.
 * @see https://platform.openai.com/docs/api-reference/chat-streaming/streaming
 */
export function createOpenAiStreamRenderer(context: ReplyContext): StreamRenderer {
  const id = createId('chatcmpl-', 29);
  const created = Math.floor(Date.now() / 1000);
  const { model, streamUsage } = context.request;

  const chunk = (choices: unknown[], usage: OpenAiUsage | null = null): Frame => {
    const body = {
      id,
      object: 'chat.completion.chunk',
      created,
      model,
      service_tier: 'default',
      system_fingerprint: openAiSystemFingerprint,
      choices,
      ...(streamUsage ? { usage } : {}),
    };
    return formatServerSentEvent({ data: JSON.stringify(body) });
  };
  const choice = (delta: Record<string, unknown>, finishReason: string | null = null) => ({
    index: 0,
    delta,
    logprobs: null,
    finish_reason: finishReason,
  });

  return {
    headers: { ...serverSentEventHeaders, 'x-request-id': createId('req_', 32) },
    start: () => [chunk([choice({ role: 'assistant', content: '', refusal: null })])],
    render: (part: StreamPart) => {
      const delta = deltaOf(part);
      return delta === undefined ? [] : [chunk([choice(delta)])];
    },
    renderError: (error) => [formatServerSentEvent({ data: JSON.stringify({ error: openAiErrorObject(error) }) })],
    finish: () => {
      const frames = [chunk([choice({}, openAiFinishReasons[context.finishReason])])];
      if (streamUsage) frames.push(chunk([], toOpenAiUsage(context.usage)));
      frames.push(formatServerSentEvent({ data: '[DONE]' }));
      return frames;
    },
  };
}

/** The `delta` of one part; parts OpenAI has no field for (signatures, redacted reasoning, pings) send nothing. */
function deltaOf(part: StreamPart): Record<string, unknown> | undefined {
  switch (part.type) {
    case 'text-delta':
      return { content: part.text };
    case 'reasoning-delta':
      return { reasoning_content: part.text };
    case 'tool-call-start':
      return {
        tool_calls: [
          { index: part.index, id: part.id, type: 'function', function: { name: part.name, arguments: '' } },
        ],
      };
    case 'tool-call-delta':
      return { tool_calls: [{ index: part.index, function: { arguments: part.arguments } }] };
    case 'reasoning-signature':
    case 'redacted-reasoning':
    case 'ping':
      return undefined;
  }
}
