import { z } from 'zod';
import { secretSchema } from './secret-reference.js';

/** Time limits of one upstream, in milliseconds. */
const timeoutsSchema = z.strictObject({
  /** From sending the request to the first byte of the reply body. */
  firstByteMs: z.int().positive().optional(),
  /** Between two chunks of the reply body. */
  idleMs: z.int().positive().optional(),
});

/** See `ConnectionLimits` for what each one bounds. */
const connectionLimitsSchema = z.strictObject({
  firstByteTimeoutMs: z.int().positive().optional(),
  headersTimeoutMs: z.int().positive().optional(),
  requestTimeoutMs: z.int().positive().optional(),
  keepAliveTimeoutMs: z.int().positive().optional(),
  maxConnections: z.int().positive().optional(),
  maxConnectionsPerAddress: z.int().positive().optional(),
  maxConcurrentStreams: z.int().positive().optional(),
  maxHeaderBytes: z.int().min(1024).optional(),
});

const retriesSchema = z.strictObject({
  /** Retries after the first attempt, before any fallback. */
  max: z.int().min(0).max(10).optional(),
  /** The first backoff; each retry doubles it, with full jitter, up to `maxDelayMs`. */
  baseDelayMs: z.int().min(0).optional(),
  maxDelayMs: z.int().min(0).optional(),
});

function weightedKeysSchema(environment: NodeJS.ProcessEnv) {
  return z.array(z.strictObject({ key: secretSchema(environment), weight: z.number().positive().default(1) })).min(1);
}

function providerSchemas(environment: NodeJS.ProcessEnv) {
  const secret = secretSchema(environment);
  const common = {
    timeouts: timeoutsSchema.optional(),
    retries: retriesSchema.optional(),
    /** Extra headers sent upstream with every request (e.g. an organisation id). */
    headers: z.record(z.string(), z.string()).optional(),
  };
  const keys = { apiKey: secret.optional(), keys: weightedKeysSchema(environment).optional() };
  return z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('openai'), baseUrl: z.url(), ...keys, ...common }),
    z.strictObject({
      type: z.literal('anthropic'),
      baseUrl: z.url().optional(),
      version: z.string().optional(),
      defaultMaxTokens: z.int().positive().optional(),
      ...keys,
      ...common,
    }),
    z.strictObject({
      type: z.literal('bedrock'),
      region: z.string().min(1).optional(),
      baseUrl: z.url().optional(),
      bearerToken: secret.optional(),
      credentials: z
        .strictObject({ accessKeyId: secret, secretAccessKey: secret, sessionToken: secret.optional() })
        .optional(),
      ...common,
    }),
  ]);
}

/** A gateway key: clients send `secret`; AWS SigV4 clients use `id` as access key id and `secret` as secret key. */
function gatewayKeySchema(environment: NodeJS.ProcessEnv) {
  return z.strictObject({ id: z.string().min(1).optional(), secret: secretSchema(environment) });
}

/** The config file (`heimdall.config.json` or `.yaml`): every field optional, the environment fills the rest. */
export function configFileSchema(environment: NodeJS.ProcessEnv) {
  return z.strictObject({
    server: z
      .strictObject({
        host: z.string().min(1).optional(),
        port: z.int().min(0).max(65535).optional(),
        bodyLimitBytes: z.int().positive().optional(),
        shutdownGraceMs: z.int().min(0).optional(),
        tls: z.strictObject({ certFile: z.string().min(1), keyFile: z.string().min(1) }).optional(),
        connections: connectionLimitsSchema.optional(),
      })
      .optional(),
    metrics: z
      .strictObject({ port: z.int().min(0).max(65535).optional(), key: secretSchema(environment).optional() })
      .optional(),
    gatewayKeys: z.array(gatewayKeySchema(environment)).optional(),
    defaultProvider: z.string().min(1).optional(),
    timeouts: timeoutsSchema.optional(),
    retries: retriesSchema.optional(),
    providers: z.record(z.string().regex(/^[a-z0-9][a-z0-9_-]*$/), providerSchemas(environment)).optional(),
  });
}

export type ConfigFile = z.output<ReturnType<typeof configFileSchema>>;
export type ProviderConfigEntry = NonNullable<ConfigFile['providers']>[string];
