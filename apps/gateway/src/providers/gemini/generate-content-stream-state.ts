import { ModelStreamErrorException } from '@heimdall/eventstream';
import type { ConverseStreamEvent } from '@heimdall/spec';
import { ConverseEventBuilder } from '../../streaming/converse-event-builder.js';
import type { ServerSentEventTranslator } from '../shared/server-sent-event-batches.js';
import { stopReasonFor } from './finish-reasons.js';
import type { GeminiErrorObject, GeminiPart, GenerateContentResponse } from './generate-content-types.js';
import { toTokenUsage } from './token-usage.js';

/**
 * All the state of one `streamGenerateContent` stream being turned into Converse events. Each chunk is a whole
 * `GenerateContentResponse` with the parts generated since the last one; there is no terminator, the last chunk
 * carries the `finishReason`, and every chunk may carry the usage so far.
 *
 * - Text parts are text deltas; `thought: true` parts reasoning deltas.
 * - Each `functionCall` is a tool-use block of its own (start, its whole arguments as one delta, stop), several in
 *   one chunk in order; the toolUseId is Gemini's `id`, or one made up when Gemini sent none.
 * - A thought signature stays with its part: on a thought, it closes that reasoning block; on any other part (the
 *   first function call of a step, text), it becomes a reasoning block of its own, holding only the signature, just
 *   before the part, so that the next turn can send it back on the same part.
 * @see https://ai.google.dev/api/generate-content#method:-models.streamgeneratecontent
 * @see https://ai.google.dev/gemini-api/docs/thought-signatures
 */
export class GenerateContentStreamState implements ServerSentEventTranslator {
  private readonly builder = new ConverseEventBuilder();
  private calls = 0;
  private finishReason: string | undefined;

  constructor(
    private readonly options: {
      /** Starts the toolUseIds made up for calls without an `id`. */
      toolUseIdPrefix: string;
      /** Keeps secrets out of upstream text that reaches the client. */
      redact: (text: string) => string;
    },
  ) {}

  start(): ConverseStreamEvent[] {
    return this.builder.start();
  }

  onMessage(data: string): ConverseStreamEvent[] {
    let chunk: GenerateContentResponse;
    try {
      chunk = JSON.parse(data) as GenerateContentResponse;
    } catch {
      throw new ModelStreamErrorException({ message: 'The upstream sent a chunk that is not JSON' });
    }
    return this.onChunk(chunk);
  }

  /** The events for one chunk. Only the first candidate is read: Converse has one message. */
  onChunk(chunk: GenerateContentResponse): ConverseStreamEvent[] {
    if (chunk.error) throw this.streamError(chunk.error);
    if (chunk.usageMetadata) this.builder.setUsage(toTokenUsage(chunk.usageMetadata));
    // A prompt Gemini refused to answer: no candidate, only the reason.
    const blockReason = chunk.promptFeedback?.blockReason;
    if (blockReason && !chunk.candidates?.length) this.finishReason = blockReason;
    const candidate = chunk.candidates?.find((entry) => (entry.index ?? 0) === 0);
    if (!candidate) return [];
    const events = (candidate.content?.parts ?? []).flatMap((part) => this.onPart(part));
    if (candidate.finishReason) this.finishReason = candidate.finishReason;
    return events;
  }

  /** The closing events. A stream that ended without a finish reason was cut off: an error, never a quiet end. */
  finish(latencyMs: number): ConverseStreamEvent[] {
    if (this.finishReason === undefined) {
      throw new ModelStreamErrorException({ message: 'The upstream closed the stream before the reply was complete' });
    }
    this.builder.stop(stopReasonFor(this.finishReason, this.calls > 0));
    return this.builder.finish(latencyMs);
  }

  private onPart(part: GeminiPart): ConverseStreamEvent[] {
    const { builder } = this;
    const signature = part.thoughtSignature;
    if (part.thought) {
      const events = builder.reasoningText(part.text ?? '');
      if (signature) events.push(...builder.reasoningSignature(signature), ...builder.endBlock());
      return events;
    }
    const events = signature
      ? [...builder.endBlock(), ...builder.reasoningSignature(signature), ...builder.endBlock()]
      : [];
    if (part.functionCall) {
      const { id, name, args } = part.functionCall;
      const key = String(this.calls);
      const toolUseId = id || `${this.options.toolUseIdPrefix}${this.calls}`;
      this.calls += 1;
      events.push(
        ...builder.toolUseStart(key, { toolUseId, name }),
        ...builder.toolUseInput(key, JSON.stringify(args ?? {})),
        ...builder.endBlock(),
      );
    } else if (typeof part.text === 'string') {
      events.push(...builder.text(part.text));
    }
    // Parts Converse has no block for (Gemini's own code execution, generated files) are skipped.
    return events;
  }

  private streamError(error: GeminiErrorObject): ModelStreamErrorException {
    const message = this.options.redact(error.message ?? 'the upstream reported an error');
    return new ModelStreamErrorException({
      message: `The model failed while streaming${error.status ? ` (${error.status})` : ''}: ${message}`,
      originalMessage: message,
      originalStatusCode: error.code,
    });
  }
}
