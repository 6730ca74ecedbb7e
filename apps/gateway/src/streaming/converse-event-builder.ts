import type { ConverseStreamEvent, StopReason, TokenUsage } from '@heimdall/spec';

type BlockKind = 'text' | 'reasoning' | 'toolUse';

interface OpenBlock {
  index: number;
  kind: BlockKind;
  /** Tells tool-use blocks apart: the upstream's id or index of the call. */
  key: string;
}

/**
 * Turns an upstream's stream parts into Converse events in the order Amazon Bedrock sends them: `messageStart`;
 * for each content block an optional `contentBlockStart` (tool use only), its deltas, then `contentBlockStop`;
 * `messageStop`; `metadata` last. Blocks are numbered in order and each is closed before the next one opens,
 * as in Bedrock's replies. One instance holds the whole state of one stream.
 *
 * Each method returns the events it produced; the adapter yields them as they come.
 */
export class ConverseEventBuilder {
  private nextIndex = 0;
  private open: OpenBlock | undefined;
  private readonly toolBlocks = new Map<string, number>();
  private stopReason: StopReason | undefined;
  private usage: TokenUsage | undefined;
  private started = false;

  /** `messageStart`, once. */
  start(): ConverseStreamEvent[] {
    if (this.started) return [];
    this.started = true;
    return [{ messageStart: { role: 'assistant' } }];
  }

  text(text: string): ConverseStreamEvent[] {
    if (text === '') return [];
    const { events, index } = this.enter('text', 'text');
    events.push({ contentBlockDelta: { contentBlockIndex: index, delta: { text } } });
    return events;
  }

  reasoningText(text: string): ConverseStreamEvent[] {
    if (text === '') return [];
    const { events, index } = this.enter('reasoning', 'reasoning');
    events.push({ contentBlockDelta: { contentBlockIndex: index, delta: { reasoningContent: { text } } } });
    return events;
  }

  /** The signature that closes a reasoning block, so the reasoning can be sent back in the next turn. */
  reasoningSignature(signature: string): ConverseStreamEvent[] {
    const { events, index } = this.enter('reasoning', 'reasoning');
    events.push({ contentBlockDelta: { contentBlockIndex: index, delta: { reasoningContent: { signature } } } });
    return events;
  }

  /** Reasoning the provider returns encrypted: a block of its own, passed back unchanged in later turns. */
  redactedReasoning(base64: string): ConverseStreamEvent[] {
    const events = [...this.start(), ...this.close()];
    const index = this.openBlock('reasoning', `redacted-${this.nextIndex}`);
    events.push({
      contentBlockDelta: { contentBlockIndex: index, delta: { reasoningContent: { redactedContent: base64 } } },
    });
    events.push(...this.close());
    return events;
  }

  toolUseStart(key: string, toolUse: { toolUseId: string; name: string }): ConverseStreamEvent[] {
    const events = [...this.start(), ...this.close()];
    const index = this.openBlock('toolUse', key);
    this.toolBlocks.set(key, index);
    events.push({ contentBlockStart: { contentBlockIndex: index, start: { toolUse } } });
    return events;
  }

  /**
   * A piece of a tool call's JSON arguments. A piece for a call whose block was already closed (an upstream that
   * interleaves parallel calls) keeps that call's index, so clients that collect by index still get it whole.
   */
  toolUseInput(key: string, input: string): ConverseStreamEvent[] {
    const index = this.toolBlocks.get(key);
    if (index === undefined) throw new Error(`Tool-call arguments arrived for a call that never started (${key})`);
    if (input === '') return [];
    return [{ contentBlockDelta: { contentBlockIndex: index, delta: { toolUse: { input } } } }];
  }

  /**
   * Closes the open block now, for upstreams that mark a block's end (Anthropic's `content_block_stop`), so that two
   * blocks of the same kind in a row stay two blocks.
   */
  endBlock(): ConverseStreamEvent[] {
    return this.close();
  }

  stop(reason: StopReason): void {
    this.stopReason = reason;
  }

  setUsage(usage: TokenUsage): void {
    this.usage = usage;
  }

  get hasStopReason(): boolean {
    return this.stopReason !== undefined;
  }

  /** Closes the open block and ends the message: `messageStop`, then `metadata` with usage and latency. */
  finish(latencyMs: number): ConverseStreamEvent[] {
    const events = [...this.start(), ...this.close()];
    events.push({ messageStop: { stopReason: this.stopReason ?? 'end_turn' } });
    events.push({
      metadata: {
        usage: this.usage ?? { inputTokens: 0, outputTokens: 0, totalTokens: 0 },
        metrics: { latencyMs: Math.max(0, Math.round(latencyMs)) },
      },
    });
    return events;
  }

  private enter(kind: BlockKind, key: string): { events: ConverseStreamEvent[]; index: number } {
    if (this.open?.kind === kind && this.open.key === key) return { events: [], index: this.open.index };
    const events = [...this.start(), ...this.close()];
    return { events, index: this.openBlock(kind, key) };
  }

  private openBlock(kind: BlockKind, key: string): number {
    const index = this.nextIndex++;
    this.open = { index, kind, key };
    return index;
  }

  private close(): ConverseStreamEvent[] {
    if (!this.open) return [];
    const { index } = this.open;
    this.open = undefined;
    return [{ contentBlockStop: { contentBlockIndex: index } }];
  }
}
