import type { GeminiPart, GeminiUsageMetadata, GenerateContentResponse } from './generate-content-types.js';

const chunk = (parts: GeminiPart[], finishReason?: string, usageMetadata?: GeminiUsageMetadata) =>
  ({
    candidates: [{ content: { parts, role: 'model' }, ...(finishReason ? { finishReason } : {}), index: 0 }],
    ...(usageMetadata ? { usageMetadata } : {}),
    modelVersion: 'gemini-2.5-flash',
    responseId: 'resp-1',
  }) satisfies GenerateContentResponse;

const usage = (prompt: number, candidates: number, extra: GeminiUsageMetadata = {}): GeminiUsageMetadata => ({
  promptTokenCount: prompt,
  candidatesTokenCount: candidates,
  totalTokenCount: prompt + candidates + (extra.thoughtsTokenCount ?? 0),
  ...extra,
});

/** Gemini streams as `streamGenerateContent?alt=sse` sends them; each has a golden file of the Converse events. */
export const generateContentStreamCases: Record<string, GenerateContentResponse[]> = {
  text: [
    chunk([{ text: 'The capital' }], undefined, { promptTokenCount: 9 }),
    chunk([{ text: ' of France is Paris.' }]),
    chunk([{ text: '' }], 'STOP', usage(9, 7)),
  ],
  'parallel-calls-in-one-chunk': [
    chunk([{ text: 'Checking both.' }]),
    chunk(
      [
        { functionCall: { id: 'call_paris', name: 'get_weather', args: { city: 'Paris' } } },
        { functionCall: { id: 'call_rome', name: 'get_weather', args: { city: 'Rome' } } },
      ],
      'STOP',
      usage(40, 20),
    ),
  ],
  'calls-without-ids': [
    chunk([{ functionCall: { name: 'lookup', args: { q: 1 } } }, { functionCall: { name: 'lookup' } }], 'STOP'),
  ],
  'thoughts-then-signed-call': [
    chunk([{ text: 'The user wants ', thought: true }]),
    chunk([{ text: 'the weather.', thought: true }]),
    chunk(
      [{ functionCall: { name: 'get_weather', args: { city: 'Oslo' } }, thoughtSignature: 'c2lnLWNhbGw=' }],
      'STOP',
      usage(30, 12, { thoughtsTokenCount: 50 }),
    ),
  ],
  'signed-thought-then-text-with-final-signature': [
    chunk([{ text: 'Thinking it over.', thought: true, thoughtSignature: 'c2lnLXRob3VnaHQ=' }]),
    chunk([{ text: 'It is sunny.' }]),
    chunk([{ text: '', thoughtSignature: 'c2lnLWVuZA==' }], 'STOP', usage(5, 4, { thoughtsTokenCount: 10 })),
  ],
  'max-tokens-with-cached-prompt': [
    chunk([{ text: 'Once upon' }]),
    chunk([], 'MAX_TOKENS', usage(1200, 2, { cachedContentTokenCount: 1024 })),
  ],
  safety: [chunk([{ text: 'Partial' }]), chunk([], 'SAFETY', usage(10, 1))],
  'prompt-blocked': [{ promptFeedback: { blockReason: 'PROHIBITED_CONTENT' }, usageMetadata: usage(12, 0) }],
  'malformed-function-call': [chunk([], 'MALFORMED_FUNCTION_CALL', usage(10, 0))],
};
