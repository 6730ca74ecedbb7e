import { describe, expect, it } from 'vitest';
import { createOpenAiClient, useMockUpstream } from '../test-support/use-mock-upstream.js';
import { benchmarkTimings, createBenchmarkScript } from './benchmark-script.js';

const getMock = useMockUpstream();

describe('benchmark script', () => {
  it('streams 64 content chunks of about four tokens each, then usage', async () => {
    getMock().script(createBenchmarkScript(benchmarkTimings.instant));
    const stream = await createOpenAiClient(getMock()).chat.completions.create({
      model: 'bench',
      messages: [{ role: 'user', content: 'go' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    const contents: string[] = [];
    let completionTokens: number | undefined;
    for await (const chunk of stream) {
      const content = chunk.choices[0]?.delta.content;
      if (content) contents.push(content);
      completionTokens = chunk.usage?.completion_tokens ?? completionTokens;
    }

    expect(contents).toHaveLength(64);
    expect(contents.every((content) => content.trim().split(' ').length === 4)).toBe(true);
    expect(completionTokens).toBe(256);
  });

  it('carries the paced timing the benchmark uses', () => {
    expect(createBenchmarkScript(benchmarkTimings.paced).timing).toEqual({
      firstChunkDelayMs: 200,
      betweenChunksDelayMs: 10,
    });
  });
});
