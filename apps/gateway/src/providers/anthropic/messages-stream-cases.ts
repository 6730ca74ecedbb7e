import type { MessagesStreamEvent, MessagesUsage } from './messages-api-types.js';

const messageStart = (usage: MessagesUsage): MessagesStreamEvent => ({ type: 'message_start', message: { usage } });
const blockStart = (index: number, content_block: Record<string, unknown>) =>
  ({ type: 'content_block_start', index, content_block }) as MessagesStreamEvent;
const delta = (index: number, body: Record<string, unknown>) =>
  ({ type: 'content_block_delta', index, delta: body }) as MessagesStreamEvent;
const blockStop = (index: number): MessagesStreamEvent => ({ type: 'content_block_stop', index });
const messageDelta = (stop_reason: string, usage: MessagesUsage): MessagesStreamEvent => ({
  type: 'message_delta',
  delta: { stop_reason },
  usage,
});
const ping: MessagesStreamEvent = { type: 'ping' };
const messageStop: MessagesStreamEvent = { type: 'message_stop' };

const text = (index: number, ...pieces: string[]) => [
  blockStart(index, { type: 'text', text: '' }),
  ...pieces.map((piece) => delta(index, { type: 'text_delta', text: piece })),
  blockStop(index),
];
const thinking = (index: number, signature: string, ...pieces: string[]) => [
  blockStart(index, { type: 'thinking', thinking: '', signature: '' }),
  ...pieces.map((piece) => delta(index, { type: 'thinking_delta', thinking: piece })),
  delta(index, { type: 'signature_delta', signature }),
  blockStop(index),
];
const toolUse = (index: number, id: string, name: string, ...pieces: string[]) => [
  blockStart(index, { type: 'tool_use', id, name, input: {} }),
  ...pieces.map((piece) => delta(index, { type: 'input_json_delta', partial_json: piece })),
  blockStop(index),
];
const ending = (stopReason: string, usage: MessagesUsage) => [messageDelta(stopReason, usage), messageStop];
const simple = (stopReason: string) => [
  messageStart({ input_tokens: 10, output_tokens: 1 }),
  ...text(0, 'Partial'),
  ...ending(stopReason, { output_tokens: 4 }),
];

/** Messages streams as Anthropic sends them; each has a golden file of the Converse events it gives. */
export const messagesStreamCases: Record<string, MessagesStreamEvent[]> = {
  text: [
    messageStart({ input_tokens: 25, output_tokens: 1, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 }),
    blockStart(0, { type: 'text', text: '' }),
    ping,
    delta(0, { type: 'text_delta', text: 'The capital' }),
    delta(0, { type: 'text_delta', text: ' of France is Paris.' }),
    blockStop(0),
    ...ending('end_turn', { output_tokens: 12 }),
  ],
  'text-then-tool-calls': [
    messageStart({ input_tokens: 380, output_tokens: 2 }),
    ...text(0, 'Let me check both.'),
    ...toolUse(1, 'toolu_paris', 'get_weather', '', '{"city": "Pa', 'ris"}'),
    ...toolUse(2, 'toolu_rome', 'get_weather', '{"city": "Rome"}'),
    ...ending('tool_use', { output_tokens: 90 }),
  ],
  'two-thinking-blocks-in-a-row': [
    messageStart({ input_tokens: 40, output_tokens: 3 }),
    ...thinking(0, 'c2lnbmF0dXJlLW9uZQ==', 'First thought.'),
    ...thinking(1, 'c2lnbmF0dXJlLXR3bw==', 'Second thought.'),
    ...text(2, 'Done.'),
    ...ending('end_turn', { output_tokens: 30 }),
  ],
  'thinking-with-signature-then-text': [
    messageStart({ input_tokens: 36, output_tokens: 4 }),
    ...thinking(0, 'EqQBCgIYAhIM1gbcDa9GJwZA2b3h', 'The user greets me.', ' I will greet back.'),
    ...text(1, 'Hello!'),
    ...ending('end_turn', { output_tokens: 73 }),
  ],
  'redacted-thinking': [
    messageStart({ input_tokens: 50, output_tokens: 1 }),
    ...thinking(0, 'sig-first', 'Part of my reasoning.'),
    blockStart(1, { type: 'redacted_thinking', data: 'EmwKAhgBEgy3va3pzix/LafPsn4a' }),
    blockStop(1),
    ...text(2, 'Sunny.'),
    ...ending('end_turn', { output_tokens: 40 }),
  ],
  'interleaved-thinking-and-tool-use': [
    messageStart({ input_tokens: 400, output_tokens: 3 }),
    ...thinking(0, 'sig-before-call', 'I need the weather.'),
    ...toolUse(1, 'toolu_1', 'get_weather', '{"city":"Oslo"}'),
    ...thinking(2, 'sig-after-call', 'Now the forecast.'),
    ...toolUse(3, 'toolu_2', 'get_forecast', '{"city":"Oslo"}'),
    ...ending('tool_use', { output_tokens: 120 }),
  ],
  'cache-read-and-write': [
    messageStart({
      input_tokens: 2,
      output_tokens: 1,
      cache_read_input_tokens: 1800,
      cache_creation_input_tokens: 1322,
      cache_creation: { ephemeral_5m_input_tokens: 322, ephemeral_1h_input_tokens: 1000 },
    }),
    ...text(0, '21'),
    ...ending('end_turn', { output_tokens: 5 }),
  ],
  'server-tool-blocks-and-citations-skipped': [
    messageStart({ input_tokens: 900, output_tokens: 1 }),
    blockStart(0, { type: 'server_tool_use', id: 'srvtoolu_1', name: 'web_search', input: {} }),
    delta(0, { type: 'input_json_delta', partial_json: '{"query":"rome"}' }),
    blockStop(0),
    blockStart(1, { type: 'web_search_tool_result', tool_use_id: 'srvtoolu_1', content: [] }),
    blockStop(1),
    blockStart(2, { type: 'text', text: '' }),
    delta(2, { type: 'citations_delta', citation: { type: 'web_search_result_location', url: 'https://x' } }),
    delta(2, { type: 'text_delta', text: 'Rome is the capital.' }),
    blockStop(2),
    ...ending('end_turn', { output_tokens: 30 }),
  ],
  'max-tokens': simple('max_tokens'),
  'stop-sequence': simple('stop_sequence'),
  refusal: simple('refusal'),
  'pause-turn': simple('pause_turn'),
  'context-window-exceeded': simple('model_context_window_exceeded'),
};
