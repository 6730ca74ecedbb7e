import { AccessDeniedException } from '@heimdall/eventstream';
import { parseSigV4Authorization, verifySigV4 } from '@heimdall/sigv4';
import type { GatewayKey } from '../config/config-schema.js';
import type { SigV4Settings } from '../config/sigv4-schema.js';
import { type GovernanceSnapshot, principalOfStoredKey } from '../governance/governance-snapshot.js';
import { indexOfSecret } from './constant-time.js';
import { limitScopesOfKey } from './key-limit-scopes.js';
import { keyUnusable } from './key-policy.js';
import { anonymousPrincipal, type KeyPresentation, type Principal } from './principal.js';

/** The request as the check sees it; the body is read only for SigV4. */
export interface AuthenticationRequest {
  method: string;
  /** The URL as received: its path still percent-encoded, exactly as a SigV4 client signed it. */
  url: URL;
  headers: Headers;
  body: () => Promise<Uint8Array>;
}

export interface GatewayAuth {
  /**
   * Who the request comes from: the gateway key it carries, or the anonymous principal when no keys are configured.
   * Throws {@link AccessDeniedException} when keys are configured and the request carries none that is valid.
   */
  authenticate(request: AuthenticationRequest): Promise<Principal>;
}

const howToAuthenticate =
  'Send a gateway key as `Authorization: Bearer <key>`, `x-api-key` or `x-bf-vk`, or sign the request with AWS SigV4 using a gateway key id and secret as the AWS credentials';

interface PresentedToken {
  token: string;
  presentedAs: KeyPresentation;
}

function tokenOf(headers: Headers): PresentedToken | undefined {
  const authorization = headers.get('authorization')?.trim();
  if (authorization) {
    const [scheme = '', value = ''] = authorization.split(/\s+/, 2);
    if (/^bearer$/i.test(scheme)) return { token: value, presentedAs: 'bearer' };
    if (/^basic$/i.test(scheme)) {
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      const separator = decoded.indexOf(':');
      // The key is the password; a client with only a user field may put it there instead.
      const token = separator === -1 ? decoded : decoded.slice(separator + 1) || decoded.slice(0, separator);
      return { token, presentedAs: 'basic' };
    }
  }
  const apiKey = headers.get('x-api-key');
  if (apiKey !== null) return { token: apiKey, presentedAs: 'x-api-key' };
  const virtualKey = headers.get('x-bf-vk');
  return virtualKey === null ? undefined : { token: virtualKey, presentedAs: 'x-bf-vk' };
}

/** The id a key is known by in logs, metrics and policy: its own, else its place in the configuration. */
const keyIdOf = (key: GatewayKey, index: number) => key.id ?? `key-${index + 1}`;

/**
 * Gateway keys: a request needs one of them, as a token in a header, or as the credentials of an AWS SigV4
 * signature (so that boto3 and the AWS SDKs authenticate with their usual credential settings). Tokens are compared
 * in constant time. The keys never go upstream: adapters build their own headers. Signatures are checked as AWS
 * checks them, for the region and service of `sigv4`.
 *
 * Virtual keys from the store (`storedKeys`, the current in-memory copy) are tokens too, found by the SHA-256 of
 * what is presented. They do not sign SigV4 requests: verifying a signature needs the secret itself, and the store
 * keeps only its digest, so that reading the database gives no one a working key. The gateway is open only while
 * neither configured nor stored keys exist and `governed` is false (admin keys configured make it true: deleting
 * the last virtual key must not open the gateway to everyone).
 */
export function createGatewayAuth({
  keys,
  sigv4,
  storedKeys,
  governed = false,
  now = Date.now,
}: {
  keys: readonly GatewayKey[];
  sigv4: SigV4Settings;
  storedKeys?: () => GovernanceSnapshot;
  governed?: boolean;
  now?: () => number;
}): GatewayAuth {
  const secrets = keys.map((key) => key.secret);
  const keyById = new Map(keys.flatMap((key) => (key.id ? [[key.id, key] as const] : [])));
  /** The principal of a key that proved itself, once the key's policy lets it be used at all. */
  const principalOf = (key: GatewayKey, keyId: string, presentedAs: KeyPresentation): Principal => {
    const unusable = keyUnusable(key, now());
    if (unusable) throw new AccessDeniedException({ message: `The gateway key ${keyId} cannot be used: ${unusable}` });
    const { active, expiresAt, providers, models, rateLimits } = key;
    return {
      kind: 'gateway-key',
      keyId,
      keyName: key.name,
      presentedAs,
      policy: { active, expiresAt, providers, models, rateLimits },
      limitScopes: limitScopesOfKey(key, keyId),
      logBodies: false,
      tags: [],
      providerConfigs: [],
    };
  };
  return {
    async authenticate(request) {
      const stored = storedKeys?.();
      if (keys.length === 0 && !governed && !stored?.hasKeys) return anonymousPrincipal;
      const authorization = request.headers.get('authorization') ?? '';
      if (/^AWS4-HMAC-SHA256\s/i.test(authorization)) {
        const parsed = parseSigV4Authorization(authorization);
        if (!parsed) throw new AccessDeniedException({ message: 'The AWS SigV4 Authorization header is malformed' });
        const key = keyById.get(parsed.accessKeyId);
        if (!key && stored?.state.virtualKeys.some((virtualKey) => virtualKey.id === parsed.accessKeyId)) {
          throw new AccessDeniedException({
            message:
              'Virtual keys from the management API do not sign with AWS SigV4: send the key as a bearer token (boto3 and the AWS SDKs: AWS_BEARER_TOKEN_BEDROCK), x-api-key or x-bf-vk',
          });
        }
        if (!key)
          throw new AccessDeniedException({ message: `The access key id is not a gateway key. ${howToAuthenticate}` });
        const body = await request.body();
        const verdict = await verifySigV4({
          request: {
            method: request.method,
            path: request.url.pathname,
            query: request.url.searchParams,
            // Over HTTP/2 clients sign the :authority pseudo-header, over HTTP/1.1 Host: both are the URL's host.
            header: (name) =>
              name === 'host' || name === ':authority' ? request.url.host : (request.headers.get(name) ?? undefined),
            body,
          },
          authorization: parsed,
          secretAccessKey: key.secret,
          scope: { region: sigv4.region, service: sigv4.service },
          allowUnsignedPayload: sigv4.allowUnsignedPayload,
          now: now(),
        });
        if (!verdict.valid) throw new AccessDeniedException({ message: verdict.reason });
        return principalOf(key, parsed.accessKeyId, 'sigv4');
      }
      const presented = tokenOf(request.headers);
      const index = presented ? indexOfSecret(presented.token, secrets) : -1;
      const key = keys[index];
      if (presented && key) return principalOf(key, keyIdOf(key, index), presented.presentedAs);
      const found = presented?.token ? stored?.findBySecret(presented.token) : undefined;
      if (presented && found) {
        const principal = principalOfStoredKey(found, presented.presentedAs);
        if (principal.kind === 'gateway-key') {
          const unusable = keyUnusable(principal.policy, now());
          if (unusable) {
            throw new AccessDeniedException({
              message: `The virtual key ${found.key.name} (${found.key.id}) cannot be used: ${unusable}`,
            });
          }
        }
        return principal;
      }
      throw new AccessDeniedException({
        message: presented?.token
          ? `The gateway key is not valid. ${howToAuthenticate}`
          : `A gateway key is required. ${howToAuthenticate}`,
      });
    },
  };
}
