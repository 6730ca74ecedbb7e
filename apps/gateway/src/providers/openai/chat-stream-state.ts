import { ModelStreamErrorException } from '@heimdall/eventstream';
import type { ConverseStreamEvent, TokenUsage } from '@heimdall/spec';
import { ConverseEventBuilder } from '../../streaming/converse-event-builder.js';
import type { ServerSentEventTranslator } from '../shared/server-sent-event-batches.js';
import type { ChatCompletionChunk, ChatCompletionUsage } from './chat-completions-types.js';
import { stopReasonFor } from './finish-reasons.js';

/**
 * Bedrock counts cached prompt tokens apart from `inputTokens`; OpenAI counts them inside `prompt_tokens`.
 * @see https://platform.openai.com/docs/guides/prompt-caching
 */
export function toTokenUsage(usage: ChatCompletionUsage): TokenUsage {
  const prompt = usage.prompt_tokens ?? 0;
  const completion = usage.completion_tokens ?? 0;
  const cached = usage.prompt_tokens_details?.cached_tokens ?? 0;
  return {
    inputTokens: prompt - cached,
    outputTokens: completion,
    totalTokens: usage.total_tokens ?? prompt + completion,
    ...(cached > 0 ? { cacheReadInputTokens: cached } : {}),
  };
}

/** All the state of one Chat Completions stream being turned into Converse events. */
export class ChatStreamState implements ServerSentEventTranslator {
  private readonly builder = new ConverseEventBuilder();
  private readonly toolCallIds = new Map<number, string>();
  /** `[DONE]` arrived: the upstream finished on purpose. */
  done = false;

  constructor(
    private readonly options: {
      /** Names tool calls whose upstream gave no id. */
      toolUseIdPrefix: string;
      /** Keeps secrets out of upstream text that reaches the client. */
      redact: (text: string) => string;
    },
  ) {}

  start(): ConverseStreamEvent[] {
    return this.builder.start();
  }

  /** The events for one server-sent event: a chunk, or `[DONE]`, after which nothing more is read. */
  onMessage(data: string): ConverseStreamEvent[] {
    if (this.done) return [];
    if (data === '[DONE]') {
      this.done = true;
      return [];
    }
    let chunk: ChatCompletionChunk;
    try {
      chunk = JSON.parse(data) as ChatCompletionChunk;
    } catch {
      throw new ModelStreamErrorException({ message: 'The upstream sent a chunk that is not JSON' });
    }
    return this.onChunk(chunk);
  }

  /** The events for one `chat.completion.chunk`. Only the first choice is read: Converse has one message. */
  onChunk(chunk: ChatCompletionChunk): ConverseStreamEvent[] {
    if (chunk.error) {
      const message = this.options.redact(chunk.error.message ?? 'the upstream reported an error');
      throw new ModelStreamErrorException({
        message: `The model failed while streaming: ${message}`,
        originalMessage: message,
      });
    }
    const events: ConverseStreamEvent[] = [];
    if (chunk.usage) this.builder.setUsage(toTokenUsage(chunk.usage));
    const choice = chunk.choices?.find((candidate) => (candidate.index ?? 0) === 0);
    if (!choice) return events;
    const delta = choice.delta ?? {};
    const reasoning = delta.reasoning_content ?? delta.reasoning;
    if (reasoning) events.push(...this.builder.reasoningText(reasoning));
    if (delta.content) events.push(...this.builder.text(delta.content));
    if (delta.refusal) events.push(...this.builder.text(delta.refusal));
    for (const call of delta.tool_calls ?? []) {
      const index = call.index ?? 0;
      const key = String(index);
      if (!this.toolCallIds.has(index)) {
        const toolUseId = call.id ?? `${this.options.toolUseIdPrefix}_${index}`;
        this.toolCallIds.set(index, toolUseId);
        events.push(...this.builder.toolUseStart(key, { toolUseId, name: call.function?.name ?? '' }));
      }
      if (call.function?.arguments) events.push(...this.builder.toolUseInput(key, call.function.arguments));
    }
    if (choice.finish_reason) this.builder.stop(stopReasonFor(choice.finish_reason));
    return events;
  }

  /**
   * The closing events. A stream that ended with neither `[DONE]` nor a finish reason was cut off: that is an
   * error, never a quiet end.
   */
  finish(latencyMs: number): ConverseStreamEvent[] {
    if (!this.done && !this.builder.hasStopReason) {
      throw new ModelStreamErrorException({ message: 'The upstream closed the stream before the reply was complete' });
    }
    return this.builder.finish(latencyMs);
  }
}
