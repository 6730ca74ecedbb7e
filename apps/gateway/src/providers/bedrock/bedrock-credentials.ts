import type { BedrockProviderSettings } from '../../providers/bedrock/bedrock-settings.js';

/** AWS credentials as the signer takes them; `expiration` is set for temporary ones (SSO, roles, IMDS). */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
  expiration?: Date | undefined;
}

/** Resolves the credentials to sign the next request with. */
export type AwsCredentialProvider = () => Promise<AwsCredentials>;

/** Temporary credentials are replaced this long before they expire, as the AWS SDKs do. */
const refreshBeforeExpiryMs = 5 * 60 * 1000;

/**
 * Resolves credentials lazily, on the first request rather than at start-up, and keeps them until shortly before
 * they expire (forever for credentials without an expiry). Requests that arrive while credentials are being resolved
 * wait for that one resolution; a failed resolution is not kept, so the next request tries again.
 */
export function createCachedCredentialProvider({
  createProvider,
  now = Date.now,
}: {
  /** Called once, on first use. */
  createProvider: () => AwsCredentialProvider;
  now?: () => number;
}): AwsCredentialProvider {
  let provider: AwsCredentialProvider | undefined;
  let cached: AwsCredentials | undefined;
  let pending: Promise<AwsCredentials> | undefined;
  const isFresh = (credentials: AwsCredentials) =>
    credentials.expiration === undefined || credentials.expiration.getTime() - refreshBeforeExpiryMs > now();
  return () => {
    if (cached !== undefined && isFresh(cached)) return Promise.resolve(cached);
    if (pending === undefined) {
      provider ??= createProvider();
      pending = provider().then(
        (credentials) => {
          cached = credentials;
          pending = undefined;
          return credentials;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
    }
    return pending;
  };
}

/**
 * The credentials a Bedrock provider signs with: the configured ones, else the AWS SDK's default chain for Node
 * (environment variables, shared config and credentials files with `AWS_PROFILE`, SSO, web identity, ECS and EC2
 * instance metadata), cached with their expiry.
 * @see https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/setting-credentials-node.html
 */
export function credentialProviderFor(settings: BedrockProviderSettings): AwsCredentialProvider {
  const { credentials } = settings;
  let chain: AwsCredentialProvider | undefined;
  if (credentials !== undefined) {
    const fixed: AwsCredentials = { ...credentials };
    return () => Promise.resolve(fixed);
  }
  // The chain is a large library: it is loaded on the first request that needs it, not at start-up.
  return createCachedCredentialProvider({
    createProvider: () => async () => {
      const { fromNodeProviderChain } = await import('@aws-sdk/credential-providers');
      chain ??= fromNodeProviderChain();
      return chain();
    },
  });
}
