/** Key-like tokens that upstreams echo back in error messages, even partly masked (`sk-abc***xyz`). */
const keyPatterns = [
  /\b(sk|pk|rk|ak)-[A-Za-z0-9*_-]{6,}/g,
  /\bsk-ant-[A-Za-z0-9*_-]+/g,
  /\bAKIA[0-9A-Z]{12,}\b/g,
  /** Google API keys, Gemini's among them. */
  /\bAIza[0-9A-Za-z_-]{20,}/g,
  /\bBearer\s+[^\s"',]+/gi,
];

/**
 * Removes secrets from text that came from an upstream before it reaches a client or a log: every configured secret
 * verbatim, and anything shaped like an API key.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let redacted = text;
  for (const secret of secrets) {
    if (secret.length >= 4) redacted = redacted.split(secret).join('[redacted]');
  }
  for (const pattern of keyPatterns) redacted = redacted.replace(pattern, '[redacted]');
  return redacted;
}
