import type { ConverseResponse } from '@heimdall/spec';

const aboutParis =
  'The capital of France is Paris. Paris is not only the capital city but also the most populous city in France, and ' +
  'it is a major center for culture, commerce, fashion, and international diplomacy. Known for its historical ' +
  'landmarks, such as the Eiffel Tower, the Louvre Museum, and Notre-Dame Cathedral, Paris is often referred to as ';

const claudeSignature =
  'Eu0CCkgIBxABGAIqQJDccbDQkr81n7QjZ0Fi43umSvw0YvnGkMPEpaGAa2btYHyWw06KhwckvsnKzpKcxiRJT35meoG4/pdrTUiy2UISDPDaEWfOl3+H' +
  'lRVsCxoMzfiqBp252RMvpmEyIjCbQ97Ac9Epkr5mgxeu1vGtJg+fDWIg0UnpMM8NYknhhvJmsXpYrfquwGL1ZnlBslUq0gHtbAAPwlWPmiQXU7gDQCDW9' +
  'IdMVyw42b4f5MrAlpWkPWOJc9H+yYv0TpP/jY72SD1opqwkWnBgkzbi7A2jPmEFzIMQSO1KDXha5ADqQ3cLYMmVdNTSH9wlM7G7/JJ2/cqowqkwD6/q1A' +
  'nYzcPte9iC67fY1LYN0NMCOSABFojP1rmkv9YBEulx5Y6eQpeVXBQiIqcGoCmWSumpGBskS1KxGerUmzUB0JmJnTENv4x3fSGSUSEPqMiz6Ebao8sVk' +
  'b1wCWuZEXWJGtiQLMIm1o471iEYAQ==';

/**
 * The Converse reply each recorded stream adds up to, written out by reading the recordings' events: text pieces
 * joined per block, the tool input parsed, usage and metrics as the metadata event has them.
 */
export const recordedResponses: Readonly<Record<string, ConverseResponse>> = {
  'model_iter_stream-0': {
    output: {
      message: {
        role: 'assistant',
        content: [
          {
            text:
              '<thinking> To find the temperature of the capital of France, I need to first determine the capital of ' +
              'France and then get the current temperature in that city. The capital of France is Paris. I will use ' +
              'the "get_temperature" tool to find the current temperature in Paris.</thinking>\n',
          },
          {
            toolUse: { toolUseId: 'tooluse_lAG_zP8QRHmSYOwZzzaCqA', name: 'get_temperature', input: { city: 'Paris' } },
          },
        ],
      },
    },
    stopReason: 'tool_use',
    usage: { inputTokens: 471, outputTokens: 91, totalTokens: 562 },
    metrics: { latencyMs: 422 },
  },
  'model_iter_stream-1': {
    output: {
      message: {
        role: 'assistant',
        content: [{ text: 'The current temperature in Paris, the capital of France, is 30°C.' }],
      },
    },
    stopReason: 'end_turn',
    usage: { inputTokens: 577, outputTokens: 18, totalTokens: 595 },
    metrics: { latencyMs: 223 },
  },
  model_stream: {
    output: {
      message: { role: 'assistant', content: [{ text: `${aboutParis}"The City of Light" or "The City of Love."` }] },
    },
    stopReason: 'end_turn',
    usage: { inputTokens: 13, outputTokens: 82, totalTokens: 95, serverToolUsage: {} } as ConverseResponse['usage'],
    metrics: { latencyMs: 522 },
  },
  model_stream_empty_text_delta: {
    output: {
      message: {
        role: 'assistant',
        content: [
          { text: '' },
          {
            reasoningContent: {
              reasoningText: {
                text: 'The user just says "Hi". We need to respond appropriately, friendly greeting. No special instructions. Should be short.',
              },
            },
          },
          { text: 'Hello! How can I help you today?' },
        ],
      },
    },
    stopReason: 'end_turn',
    usage: { inputTokens: 70, outputTokens: 43, totalTokens: 113, serverToolUsage: {} } as ConverseResponse['usage'],
    metrics: { latencyMs: 753 },
  },
  model_stream_with_extra_headers: {
    output: {
      message: {
        role: 'assistant',
        content: [
          {
            text: "Hello! How can I assist you today? Whether you have a question, need information, or just want to chat, I'm here to help.",
          },
        ],
      },
    },
    stopReason: 'end_turn',
    usage: { inputTokens: 2, outputTokens: 32, totalTokens: 34, serverToolUsage: {} } as ConverseResponse['usage'],
    metrics: { latencyMs: 660 },
  },
  model_thinking_part_stream: {
    output: {
      message: {
        role: 'assistant',
        content: [
          {
            reasoningContent: {
              reasoningText: {
                text:
                  'The user has greeted me with a simple "Hello". I should respond in a friendly and welcoming manner. ' +
                  "This is a straightforward greeting, so I'll respond warmly and ask how I can help them today.",
                signature: claudeSignature,
              },
            },
          },
          { text: "Hello! It's nice to meet you. How can I help you today?" },
        ],
      },
    },
    stopReason: 'end_turn',
    usage: { inputTokens: 36, outputTokens: 73, totalTokens: 109 },
    metrics: { latencyMs: 1999 },
  },
  stream_cancel: {
    output: {
      message: {
        role: 'assistant',
        content: [{ text: `${aboutParis}"The City of Light" and is a global hub for art and history.` }],
      },
    },
    stopReason: 'end_turn',
    usage: { inputTokens: 13, outputTokens: 85, totalTokens: 98, serverToolUsage: {} } as ConverseResponse['usage'],
    metrics: { latencyMs: 820 },
  },
};
