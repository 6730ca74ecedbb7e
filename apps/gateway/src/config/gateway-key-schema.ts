import { z } from 'zod';
import { limitsSchema } from './limits-schema.js';
import { wholeNumber } from './numbers.js';
import { secretSchema } from './provider-fields.js';

const globsSchema = z.array(z.string().min(1, { error: 'must not be empty' })).default([]);

/**
 * What a key may call, as glob lists (`*` any run of characters, `?` one character). An empty `allow` allows
 * everything; `deny` wins over `allow`. Models are matched as the client named them (`openai/gpt-4o`, a Bedrock id)
 * and as `provider/model`, so `bedrock/*` covers every Bedrock id.
 */
const accessListSchema = z.strictObject({ allow: globsSchema, deny: globsSchema });

/**
 * A key clients present: `secret`; AWS SigV4 clients use `id` as access key id and `secret` as secret key. Its policy
 * says whether it may be used at all (`active`, `expiresAt`) and for which providers and models.
 */
export const gatewayKeySchema = z.strictObject({
  id: z.string().min(1, { error: 'must not be empty' }).optional(),
  secret: secretSchema,
  /** A name for people: logs and errors use the id. */
  name: z.string().min(1, { error: 'must not be empty' }).optional(),
  active: z.boolean({ error: 'must be true or false' }).default(true),
  /** When the key stops working: an ISO 8601 date and time with its offset, e.g. `2027-01-31T23:59:59Z`. */
  expiresAt: z.iso
    .datetime({ offset: true, error: 'must be an ISO 8601 date and time with an offset, e.g. 2027-01-31T23:59:59Z' })
    .optional(),
  providers: accessListSchema.prefault({}),
  models: accessListSchema.prefault({}),
  /** Budgets and rate limits of the key itself, all checked before a request goes upstream. */
  limits: limitsSchema.optional(),
  /** Limits on the key's use of one provider config, by provider name, checked with the key's own. */
  providerLimits: z.record(z.string().min(1), limitsSchema).optional(),
  /**
   * The older form of `limits`, still read: `requestsPerMinute` is `limits.requests` and `tokensPerMinute` is
   * `limits.tokens`, each with a `1m` reset period (a `limits` entry of the same kind wins).
   */
  rateLimits: z
    .strictObject({
      requestsPerMinute: wholeNumber().positive({ error: 'must be a positive whole number' }).optional(),
      /** Input and output tokens together; a request reserves the most it may use (see `estimate-tokens.ts`). */
      tokensPerMinute: wholeNumber().positive({ error: 'must be a positive whole number' }).optional(),
    })
    .prefault({}),
});

/** A key's policy, as the gateway enforces it. */
export type GatewayKeyPolicy = Pick<
  z.output<typeof gatewayKeySchema>,
  'active' | 'expiresAt' | 'providers' | 'models' | 'rateLimits'
>;
