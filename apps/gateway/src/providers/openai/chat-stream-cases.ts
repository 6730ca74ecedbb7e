import type { ChatCompletionChunk } from './chat-completions-types.js';

const chunk = (
  delta: NonNullable<ChatCompletionChunk['choices']>[number]['delta'],
  finish_reason: string | null = null,
) => ({ choices: [{ index: 0, delta, finish_reason }] }) satisfies ChatCompletionChunk;

const usage = (prompt: number, completion: number, cached = 0): ChatCompletionChunk => ({
  choices: [],
  usage: {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    prompt_tokens_details: { cached_tokens: cached },
  },
});

/** Chat Completions streams as OpenAI-compatible servers send them; each has a golden file of the events it gives. */
export const chatStreamCases: Record<string, (ChatCompletionChunk | '[DONE]')[]> = {
  text: [
    chunk({ role: 'assistant', content: '' } as never),
    chunk({ content: 'The capital' }),
    chunk({ content: ' of France is Paris.' }),
    chunk({}, 'stop'),
    usage(14, 7),
    '[DONE]',
  ],
  'parallel-tool-calls': [
    chunk({ role: 'assistant', content: null } as never),
    chunk({ tool_calls: [{ index: 0, id: 'call_paris', function: { name: 'get_weather', arguments: '' } }] }),
    chunk({ tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] }),
    chunk({ tool_calls: [{ index: 0, function: { arguments: '"Paris"}' } }] }),
    chunk({
      tool_calls: [{ index: 1, id: 'call_rome', function: { name: 'get_weather', arguments: '{"city":"Rome"}' } }],
    }),
    chunk({}, 'tool_calls'),
    usage(80, 40),
    '[DONE]',
  ],
  'text-then-tool-call': [
    chunk({ content: 'Let me check.' }),
    chunk({ tool_calls: [{ index: 0, id: 'call_1', function: { name: 'lookup', arguments: '{}' } }] }),
    chunk({}, 'tool_calls'),
    '[DONE]',
  ],
  'reasoning-then-text': [
    chunk({ reasoning_content: 'The user wants ' }),
    chunk({ reasoning_content: 'a greeting.' }),
    chunk({ content: 'Hello!' }),
    chunk({}, 'stop'),
    usage(10, 20),
    '[DONE]',
  ],
  'reasoning-field-name': [chunk({ reasoning: 'Thinking.' }), chunk({ content: 'Done.' }, 'stop'), '[DONE]'],
  'max-tokens-with-cached-prompt': [
    chunk({ content: 'Once upon' }),
    chunk({}, 'length'),
    usage(1200, 2, 1024),
    '[DONE]',
  ],
  'content-filter': [chunk({ content: '' }), chunk({}, 'content_filter'), '[DONE]'],
  'tool-call-without-id': [
    chunk({ tool_calls: [{ index: 0, function: { name: 'lookup', arguments: '{"q":1}' } }] }),
    chunk({}, 'tool_calls'),
    '[DONE]',
  ],
};
