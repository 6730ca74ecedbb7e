/**
 * The message of an OpenAI error body (`{"error": {"message": …}}`), or the raw text for servers that answer
 * otherwise. @see https://platform.openai.com/docs/guides/error-codes
 */
export function openAiErrorMessage(body: string, status: number): string {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown } | string; message?: unknown; detail?: unknown };
    if (typeof parsed.error === 'string') return parsed.error;
    if (typeof parsed.error?.message === 'string') return parsed.error.message;
    if (typeof parsed.message === 'string') return parsed.message;
    if (typeof parsed.detail === 'string') return parsed.detail;
  } catch {
    // Not JSON: a proxy's HTML page or plain text.
  }
  const text = body.trim().slice(0, 500);
  return text || `HTTP ${status}`;
}
