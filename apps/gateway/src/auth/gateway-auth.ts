import { AccessDeniedException } from '@heimdall/eventstream';
import type { GatewayKey } from '../config/gateway-config.js';
import { matchesAnySecret } from './constant-time.js';
import { parseSigV4Authorization } from './sigv4-authorization.js';
import { type SignedRequest, verifySigV4 } from './verify-sigv4.js';

/** The request as the check sees it; the body is read only for SigV4. */
export interface AuthenticationRequest extends Omit<SignedRequest, 'body'> {
  body: () => Promise<Uint8Array>;
}

export interface GatewayAuth {
  /** No keys are configured: every request is let in. */
  readonly open: boolean;
  /** Resolves when the request carries a valid gateway key; throws {@link AccessDeniedException} otherwise. */
  authenticate(request: AuthenticationRequest): Promise<void>;
}

const howToAuthenticate =
  'Send a gateway key as `Authorization: Bearer <key>`, `x-api-key` or `x-bf-vk`, or sign the request with AWS SigV4 using a gateway key id and secret as the AWS credentials';

function tokenOf(headers: Headers): string | undefined {
  const authorization = headers.get('authorization')?.trim();
  if (authorization) {
    const [scheme = '', value = ''] = authorization.split(/\s+/, 2);
    if (/^bearer$/i.test(scheme)) return value;
    if (/^basic$/i.test(scheme)) {
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      const separator = decoded.indexOf(':');
      // The key is the password; a client with only a user field may put it there instead.
      return separator === -1 ? decoded : decoded.slice(separator + 1) || decoded.slice(0, separator);
    }
  }
  return headers.get('x-api-key') ?? headers.get('x-bf-vk') ?? undefined;
}

/**
 * Gateway keys: a request needs one of them, as a token in a header, or as the credentials of an AWS SigV4
 * signature (so that boto3 and the AWS SDKs authenticate with their usual credential settings). Tokens are compared
 * in constant time. The keys never go upstream: adapters build their own headers.
 */
export function createGatewayAuth(keys: readonly GatewayKey[], now: () => number = Date.now): GatewayAuth {
  const secrets = keys.map((key) => key.secret);
  const secretById = new Map(keys.flatMap((key) => (key.id ? [[key.id, key.secret] as const] : [])));
  return {
    open: keys.length === 0,
    async authenticate(request) {
      if (keys.length === 0) return;
      const authorization = request.headers.get('authorization') ?? '';
      if (/^AWS4-HMAC-SHA256\s/i.test(authorization)) {
        const parsed = parseSigV4Authorization(authorization);
        if (!parsed) throw new AccessDeniedException({ message: 'The AWS SigV4 Authorization header is malformed' });
        const secret = secretById.get(parsed.accessKeyId);
        if (!secret)
          throw new AccessDeniedException({ message: `The access key id is not a gateway key. ${howToAuthenticate}` });
        const verdict = await verifySigV4({ ...request, body: await request.body() }, parsed, secret, now());
        if (!verdict.valid) throw new AccessDeniedException({ message: verdict.reason });
        return;
      }
      const token = tokenOf(request.headers);
      if (token && matchesAnySecret(token, secrets)) return;
      throw new AccessDeniedException({
        message: token
          ? `The gateway key is not valid. ${howToAuthenticate}`
          : `A gateway key is required. ${howToAuthenticate}`,
      });
    },
  };
}
