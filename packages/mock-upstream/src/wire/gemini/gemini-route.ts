/** What a Gemini path names: the model, and whether the reply is streamed. */
export interface GeminiRoute {
  model: string;
  stream: boolean;
}

const routePattern = /^\/v1beta\/models\/([^/:]+):(generateContent|streamGenerateContent)$/;

/**
 * Reads `/v1beta/models/{model}:generateContent` and `…:streamGenerateContent`; `undefined` for any other path.
 * The model arrives percent-encoded.
 * @see https://ai.google.dev/api/generate-content
 */
export function parseGeminiRoute(path: string): GeminiRoute | undefined {
  const match = routePattern.exec(path);
  if (!match?.[1]) return undefined;
  try {
    return { model: decodeURIComponent(match[1]), stream: match[2] === 'streamGenerateContent' };
  } catch {
    return undefined;
  }
}
