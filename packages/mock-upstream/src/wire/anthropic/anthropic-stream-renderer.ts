import type { StreamPart } from '../../script/stream-part.js';
import { createId } from '../create-id.js';
import { formatServerSentEvent, serverSentEventHeaders } from '../server-sent-event.js';
import type { Frame, ReplyContext, StreamRenderer } from '../wire-format.js';
import { anthropicErrorObject } from './anthropic-errors.js';
import { anthropicStopReasons, toAnthropicUsage } from './anthropic-mapping.js';

type OpenBlock = 'text' | 'thinking' | 'tool_use';

/**
 * Streams a reply as Anthropic's named events: `message_start`, then for each content block `content_block_start`,
 * its deltas (`text_delta`, `thinking_delta` and `signature_delta`, `input_json_delta`) and `content_block_stop`,
 * then `message_delta` with the stop reason and usage, and `message_stop`. A `ping` follows the first block start,
 * as the API sends it. Blocks never overlap: each starts after the previous one stopped.
 * @see https://docs.anthropic.com/en/docs/build-with-claude/streaming
 */
export function createAnthropicStreamRenderer(context: ReplyContext): StreamRenderer {
  const requestId = createId('req_', 24);
  const usage = toAnthropicUsage(context.usage);
  let blockIndex = -1;
  let openBlock: OpenBlock | undefined;
  let pinged = false;

  const event = (type: string, data: Record<string, unknown>): Frame =>
    formatServerSentEvent({ event: type, data: JSON.stringify({ type, ...data }) });
  const ping = (): Frame => formatServerSentEvent({ event: 'ping', data: '{"type": "ping"}' });

  const stopBlock = (): Frame[] => {
    if (openBlock === undefined) return [];
    openBlock = undefined;
    return [event('content_block_stop', { index: blockIndex })];
  };
  const startBlock = (kind: OpenBlock | 'redacted_thinking', contentBlock: Record<string, unknown>): Frame[] => {
    const frames = stopBlock();
    blockIndex += 1;
    frames.push(event('content_block_start', { index: blockIndex, content_block: contentBlock }));
    if (!pinged) {
      pinged = true;
      frames.push(ping());
    }
    openBlock = kind === 'redacted_thinking' ? undefined : kind;
    if (kind === 'redacted_thinking') frames.push(event('content_block_stop', { index: blockIndex }));
    return frames;
  };
  const delta = (body: Record<string, unknown>): Frame =>
    event('content_block_delta', { index: blockIndex, delta: body });

  const render = (part: StreamPart): Frame[] => {
    switch (part.type) {
      case 'text-delta': {
        const frames = openBlock === 'text' ? [] : startBlock('text', { type: 'text', text: '' });
        return [...frames, delta({ type: 'text_delta', text: part.text })];
      }
      case 'reasoning-delta': {
        const frames =
          openBlock === 'thinking' ? [] : startBlock('thinking', { type: 'thinking', thinking: '', signature: '' });
        return [...frames, delta({ type: 'thinking_delta', thinking: part.text })];
      }
      case 'reasoning-signature':
        return [delta({ type: 'signature_delta', signature: part.signature }), ...stopBlock()];
      case 'redacted-reasoning':
        return startBlock('redacted_thinking', { type: 'redacted_thinking', data: part.data });
      case 'tool-call-start':
        return startBlock('tool_use', { type: 'tool_use', id: part.id, name: part.name, input: {} });
      case 'tool-call-delta':
        return [delta({ type: 'input_json_delta', partial_json: part.arguments })];
      case 'ping':
        return [ping()];
    }
  };

  return {
    headers: { ...serverSentEventHeaders, 'request-id': requestId },
    start: () => [
      event('message_start', {
        message: {
          id: createId('msg_', 24),
          type: 'message',
          role: 'assistant',
          model: context.request.model,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: { ...usage, output_tokens: Math.min(1, usage.output_tokens), service_tier: 'standard' },
        },
      }),
    ],
    render,
    renderError: (error) => [event('error', { error: anthropicErrorObject(error) })],
    finish: () => [
      ...stopBlock(),
      event('message_delta', {
        delta: {
          stop_reason: anthropicStopReasons[context.finishReason],
          stop_sequence: context.finishReason === 'stop-sequence' ? (context.script.stopSequence ?? null) : null,
        },
        usage,
      }),
      event('message_stop', {}),
    ],
  };
}
