import type {
  ContentBlockDeltaEvent,
  ContentBlockStartEvent,
  ConversationRole,
  ConverseResponse,
  ConverseStreamEvent,
  ConverseStreamMetadataEvent,
  MessageStopEvent,
} from '@heimdall/spec';
import { ConverseProtocolError } from '../errors/converse-protocol-error.js';
import { createHeimdallError } from '../errors/create-heimdall-error.js';
import { applyContentBlockDelta, deltaBlockKind } from './apply-content-block-delta.js';
import { type ContentBlockState, implicitBlockState, startedBlockState } from './content-block-state.js';
import { finishContentBlock } from './finish-content-block.js';

const fail = (message: string): never => {
  throw new ConverseProtocolError({ message });
};

/**
 * Adds up the events of a ConverseStream reply into the reply the non-streaming Converse operation gives for the same
 * request: the message with its content blocks in `contentBlockIndex` order, `stopReason` and
 * `additionalModelResponseFields` from `messageStop`, and `usage`, `metrics`, `trace`, `performanceConfig` and
 * `serviceTier` from `metadata`.
 *
 * Text deltas become `{ text }` blocks (`{ citationsContent }` when citation deltas arrive for the block), reasoning
 * deltas `{ reasoningContent }`, a tool-use block's input pieces are joined and parsed as JSON (`{}` when there are
 * none), tool-result parts join into a `toolResult` block, image deltas into an `image` block. An exception event
 * throws the Bedrock error it stands for; events that contradict each other throw a {@link ConverseProtocolError}.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html#API_runtime_Converse_ResponseSyntax
 */
export class ConverseAccumulator {
  #role: ConversationRole | undefined;
  readonly #blocks = new Map<number, ContentBlockState>();
  readonly #stoppedBlocks = new Set<number>();
  #messageStop: MessageStopEvent | undefined;
  #metadata: ConverseStreamMetadataEvent | undefined;

  /** Adds one event. */
  push(event: ConverseStreamEvent): void {
    if ('contentBlockDelta' in event) this.#delta(event.contentBlockDelta);
    else if ('contentBlockStart' in event) this.#start(event.contentBlockStart);
    else if ('contentBlockStop' in event) this.#stoppedBlocks.add(blockIndex(event.contentBlockStop.contentBlockIndex));
    else if ('messageStart' in event) {
      if (this.#role !== undefined) fail('The stream has a second messageStart event');
      this.#role = event.messageStart.role;
    } else if ('messageStop' in event) {
      if (this.#messageStop) fail('The stream has a second messageStop event');
      this.#messageStop = event.messageStop;
    } else if ('metadata' in event) {
      if (this.#metadata) fail('The stream has a second metadata event');
      this.#metadata = event.metadata;
    } else {
      throwException(event);
    }
  }

  /** Whether `messageStart` and the events that end a reply, `messageStop` and `metadata`, have all arrived. */
  get complete(): boolean {
    return this.#role !== undefined && this.#messageStop !== undefined && this.#metadata !== undefined;
  }

  /** The Converse reply the events so far add up to; fails while the reply is incomplete. */
  get response(): ConverseResponse {
    const role = this.#role ?? fail('The stream has no messageStart event, so the reply has no role');
    const messageStop = this.#messageStop ?? fail('The stream ended before its messageStop event: no stopReason');
    const metadata = this.#metadata ?? fail('The stream ended before its metadata event: no usage or metrics');
    const content = [...this.#blocks.entries()]
      .sort(([left], [right]) => left - right)
      .map(([index, state]) => finishContentBlock(state, index));
    const response: ConverseResponse = {
      output: { message: { role, content } },
      stopReason: messageStop.stopReason,
      usage: metadata.usage,
      metrics: metadata.metrics,
    };
    if (messageStop.additionalModelResponseFields !== undefined) {
      response.additionalModelResponseFields = messageStop.additionalModelResponseFields;
    }
    if (metadata.trace !== undefined) response.trace = metadata.trace;
    if (metadata.performanceConfig !== undefined) response.performanceConfig = metadata.performanceConfig;
    if (metadata.serviceTier !== undefined) response.serviceTier = metadata.serviceTier;
    return response;
  }

  #start({ contentBlockIndex, start }: ContentBlockStartEvent): void {
    const index = blockIndex(contentBlockIndex);
    if (this.#blocks.has(index)) fail(`Content block ${index} has a contentBlockStart after it had already begun`);
    const state =
      startedBlockState(start) ??
      fail(
        `The contentBlockStart of block ${index} starts none of toolUse, toolResult, image: ${JSON.stringify(start)}`,
      );
    this.#blocks.set(index, state);
  }

  #delta({ contentBlockIndex, delta }: ContentBlockDeltaEvent): void {
    const index = blockIndex(contentBlockIndex);
    if (this.#stoppedBlocks.has(index)) fail(`Content block ${index} got a delta after its contentBlockStop`);
    const kind = deltaBlockKind(delta, index);
    let state = this.#blocks.get(index);
    if (!state) {
      state =
        implicitBlockState(kind) ?? fail(`Content block ${index} got a ${kind} delta without a contentBlockStart`);
      this.#blocks.set(index, state);
    }
    if (state.kind !== kind) fail(`Content block ${index} is a ${state.kind} block but got a ${kind} delta`);
    applyContentBlockDelta(state, delta, index);
  }
}

function blockIndex(contentBlockIndex: unknown): number {
  if (typeof contentBlockIndex === 'number' && Number.isSafeInteger(contentBlockIndex) && contentBlockIndex >= 0) {
    return contentBlockIndex;
  }
  return fail(`A contentBlockIndex must be a whole number of at least 0, not ${JSON.stringify(contentBlockIndex)}`);
}

// The decoder throws exception frames itself; an exception member reaches here from other sources of events.
function throwException(event: ConverseStreamEvent): never {
  const [memberName, payload] = Object.entries(event)[0] ?? [];
  if (!memberName?.endsWith('Exception')) {
    throw new TypeError(`Not a ConverseStream event: ${JSON.stringify(event)}`);
  }
  const fields = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
  const message = typeof fields.message === 'string' ? fields.message : `The stream failed with ${memberName}`;
  throw createHeimdallError({ type: memberName, message, fields });
}
