import { ModelStreamErrorException } from '@heimdall/eventstream';
import type { ConverseStreamEvent } from '@heimdall/spec';
import { ConverseEventBuilder } from '../../streaming/converse-event-builder.js';
import type { ServerSentEventTranslator } from '../shared/server-sent-event-batches.js';
import { statusOfErrorType } from './anthropic-error-message.js';
import type {
  ContentBlockDelta,
  ContentBlockStart,
  MessagesErrorObject,
  MessagesStreamEvent,
  MessagesUsage,
} from './messages-api-types.js';
import { stopReasonFor } from './stop-reasons.js';
import { mergeUsage, toTokenUsage } from './token-usage.js';

type BlockKind = 'text' | 'tool_use' | 'thinking';

/**
 * All the state of one Messages stream being turned into Converse events. Anthropic sends one content block at a
 * time, each between `content_block_start` and `content_block_stop`, which is Bedrock's order too; a
 * `signature_delta` lands in the thinking block still open, and `content_block_stop` closes it, so two thinking
 * blocks in a row keep their own signatures.
 * @see https://docs.anthropic.com/en/docs/build-with-claude/streaming#event-types
 */
export class MessagesStreamState implements ServerSentEventTranslator {
  private readonly builder = new ConverseEventBuilder();
  /** What each upstream block index holds; blocks of kinds Converse has no place for are absent, their deltas skipped. */
  private readonly blockKinds = new Map<number, BlockKind>();
  private usage: MessagesUsage = {};
  /** `message_stop` arrived: the upstream finished on purpose. */
  private stopped = false;

  constructor(
    private readonly options: {
      /** Keeps secrets out of upstream text that reaches the client. */
      redact: (text: string) => string;
    },
  ) {}

  start(): ConverseStreamEvent[] {
    return this.builder.start();
  }

  /** The events for one server-sent event's JSON data. */
  onMessage(data: string): ConverseStreamEvent[] {
    let event: MessagesStreamEvent;
    try {
      event = JSON.parse(data) as MessagesStreamEvent;
    } catch {
      throw new ModelStreamErrorException({ message: 'The upstream sent an event that is not JSON' });
    }
    return this.onEvent(event);
  }

  /** The events for one upstream event. `ping` and event types newer than this adapter give none. */
  onEvent(event: MessagesStreamEvent): ConverseStreamEvent[] {
    switch (event.type) {
      case 'message_start':
        this.updateUsage(event.message?.usage);
        return [];
      case 'content_block_start':
        return this.onBlockStart(event.index, event.content_block);
      case 'content_block_delta':
        return this.onBlockDelta(event.index, event.delta);
      case 'content_block_stop':
        return this.builder.endBlock();
      case 'message_delta':
        if (event.delta?.stop_reason) this.builder.stop(stopReasonFor(event.delta.stop_reason));
        this.updateUsage(event.usage);
        return [];
      case 'message_stop':
        this.stopped = true;
        return [];
      case 'error':
        throw this.streamError(event.error);
      default:
        return [];
    }
  }

  /** The closing events. A stream that ended without `message_stop` was cut off: an error, never a quiet end. */
  finish(latencyMs: number): ConverseStreamEvent[] {
    if (!this.stopped) {
      throw new ModelStreamErrorException({ message: 'The upstream closed the stream before the reply was complete' });
    }
    return this.builder.finish(latencyMs);
  }

  private onBlockStart(index: number, block: ContentBlockStart): ConverseStreamEvent[] {
    switch (block.type) {
      case 'text':
        this.blockKinds.set(index, 'text');
        return this.builder.text(block.text ?? '');
      case 'thinking':
        this.blockKinds.set(index, 'thinking');
        return this.builder.reasoningText(block.thinking ?? '');
      case 'redacted_thinking':
        return this.builder.redactedReasoning(block.data);
      case 'tool_use':
        this.blockKinds.set(index, 'tool_use');
        return this.builder.toolUseStart(String(index), { toolUseId: block.id, name: block.name });
      default:
        // Server tool calls and their results: Anthropic runs them itself, and Converse has no block for them.
        return [];
    }
  }

  private onBlockDelta(index: number, delta: ContentBlockDelta): ConverseStreamEvent[] {
    const kind = this.blockKinds.get(index);
    if (kind === 'text' && delta.type === 'text_delta') return this.builder.text(delta.text);
    if (kind === 'thinking' && delta.type === 'thinking_delta') return this.builder.reasoningText(delta.thinking);
    if (kind === 'thinking' && delta.type === 'signature_delta')
      return this.builder.reasoningSignature(delta.signature);
    if (kind === 'tool_use' && delta.type === 'input_json_delta') {
      return this.builder.toolUseInput(String(index), delta.partial_json);
    }
    // Citations of cited documents have no builder part yet; the cited text itself still arrives as text.
    return [];
  }

  private updateUsage(usage: MessagesUsage | undefined): void {
    if (!usage) return;
    this.usage = mergeUsage(this.usage, usage);
    this.builder.setUsage(toTokenUsage(this.usage));
  }

  private streamError(error: MessagesErrorObject | undefined): ModelStreamErrorException {
    const message = this.options.redact(error?.message ?? 'the upstream reported an error');
    const type = error?.type;
    // The type is the upstream's string too, and goes through the same redaction as the message.
    return new ModelStreamErrorException({
      message: this.options.redact(`The model failed while streaming${type ? ` (${type})` : ''}: ${message}`),
      originalMessage: message,
      originalStatusCode: statusOfErrorType(type),
    });
  }
}
