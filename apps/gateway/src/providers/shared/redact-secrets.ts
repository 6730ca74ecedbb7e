/** What stands in for a secret that was removed. */
export const redactedMarker = '[redacted]';

/** Removes secrets from a piece of text. */
export type Redact = (text: string) => string;

/**
 * Things shaped like a credential, whoever's it is: upstreams echo keys back in error messages, sometimes partly
 * masked (`sk-abc***xyz`), and a request's own signature or session token may come back inside a quoted header.
 */
const credentialShapes: readonly RegExp[] = [
  /\bsk-ant-[A-Za-z0-9*_-]+/g,
  /\b(?:sk|pk|rk|ak)-[A-Za-z0-9*_-]{6,}/g,
  // AWS access key ids: long-term (AKIA) and temporary (ASIA) ones.
  /\b(?:AKIA|ASIA)[0-9A-Z*]{12,}\b/g,
  // Bedrock API keys (the bearer tokens of `AWS_BEARER_TOKEN_BEDROCK`).
  /\bABSK[A-Za-z0-9+/=_-]{16,}/g,
  // AWS STS session tokens begin with one of these base64 prefixes.
  /\b(?:IQoJb3JpZ2lu|FwoGZXIvYXdz|AQoDYXdz)[A-Za-z0-9+/=]{16,}/g,
  // Google API keys, Gemini's among them.
  /\bAIza[0-9A-Za-z_-]{20,}/g,
  /\bBearer\s+[^\s"',;]+/gi,
];

/** A credential's name followed by its value: the name stays, so that the message still says what was there. */
const credentialAssignments: readonly RegExp[] = [
  /\b((?:X-Amz-)?Signature)(\s*=\s*)([^\s"',;&]+)/gi,
  /\b(X-Amz-Security-Token|X-Amz-Credential)(["']?\s*[:=]\s*["']?)([^\s"',;&]+)/gi,
  /\b((?:aws_?)?(?:secret_?access_?key|session_?token|security_?token|access_?token|refresh_?token|api[_-]?key|client_?secret|secret|password|token|credentials?))(["']?\s*[:=]\s*["']?)([A-Za-z0-9+/=_.~*-]{16,})/gi,
];

/** The forms a secret may take in an echoed message: as it is, percent-encoded (in a URL), escaped (in JSON). */
function spellingsOf(secret: string): string[] {
  return [...new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])];
}

/**
 * The one place secrets are taken out of text that leaves the gateway: upstream error bodies, server-sent error
 * events, Bedrock exception frames and everything written to the log pass through it. It removes every secret it
 * was given (upstream keys, AWS access key ids, secret keys, session tokens, bearer tokens, gateway keys) in any of
 * the forms they are echoed in, and anything shaped like a credential. Secrets can be added as they become known,
 * such as credentials the AWS chain resolves on first use.
 */
export class SecretRedactor {
  /** Longest first, so that a secret containing another is removed whole. */
  private spellings: string[] = [];
  private readonly secrets = new Set<string>();

  constructor(secrets: Iterable<string | undefined> = []) {
    this.add(secrets);
  }

  /** Adds secrets to remove from now on. Values shorter than 4 characters are too common to remove. */
  add(secrets: Iterable<string | undefined>): void {
    let added = false;
    for (const secret of secrets) {
      if (secret === undefined || secret.length < 4 || this.secrets.has(secret)) continue;
      this.secrets.add(secret);
      added = true;
    }
    if (added) {
      this.spellings = [...new Set([...this.secrets].flatMap(spellingsOf))].sort((a, b) => b.length - a.length);
    }
  }

  /** The text without any secret. */
  readonly redact: Redact = (text) => {
    let redacted = text;
    for (const spelling of this.spellings) {
      if (redacted.includes(spelling)) redacted = redacted.split(spelling).join(redactedMarker);
    }
    for (const pattern of credentialShapes) redacted = redacted.replace(pattern, redactedMarker);
    for (const pattern of credentialAssignments) {
      redacted = redacted.replace(pattern, (_match, name: string, separator: string) => {
        return `${name}${separator}${redactedMarker}`;
      });
    }
    return redacted;
  };
}

/** Text without the given secrets and without anything shaped like a credential. */
export function redactSecrets(text: string, secrets: Iterable<string | undefined>): string {
  return new SecretRedactor(secrets).redact(text);
}
