import { z } from 'zod';
import { providerSettingsSchema } from '../providers/provider-registry.js';
import { cooldownsSchema } from './cooldowns-schema.js';
import { countersSchema } from './counters-schema.js';
import { databaseSchema, requestLogSchema } from './database-schema.js';
import { gatewayKeySchema } from './gateway-key-schema.js';
import { metricsSchema } from './metrics-schema.js';
import { pricesSchema } from './prices-schema.js';
import type { ConfiguredProvider } from './provider-fields.js';
import { readablePathSchema } from './readable-path.js';
import { routesSchema } from './routes-schema.js';
import { serverSchema } from './server-schema.js';
import { sigV4Schema } from './sigv4-schema.js';
import { retriesSchema, timeoutsSchema } from './upstream-limits.js';

/** Pino's levels. */
export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Where a model id without a configured provider prefix goes, unless the config names another. */
const implicitDefaultProvider = 'bedrock';

const providerNameSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, {
  error: 'is not a valid provider name: use lowercase letters, digits, - and _, starting with a letter or digit',
});

/**
 * The whole configuration, as written in the config file, and what the environment maps into the same shape. Every
 * setting has its default here; the output is the resolved configuration the gateway runs on.
 */
export const gatewayConfigSchema = z
  .strictObject({
    server: serverSchema.prefault({}),
    /** Absent: `info`, or `silent` under `NODE_ENV=test`. */
    logLevel: z.enum(logLevels, { error: `must be one of ${logLevels.join(', ')}` }).default('info'),
    /** Where and with which key `/metrics` is served. */
    metrics: metricsSchema.prefault({}),
    gatewayKeys: z.array(gatewayKeySchema).default([]),
    /** Where budget and rate-limit counters live (this process, or Redis shared by replicas). */
    counters: countersSchema.prefault({}),
    sigv4: sigV4Schema.prefault({}),
    defaultProvider: z.string().min(1, { error: 'must not be empty' }).optional(),
    /** The time limits and retries of every provider that does not set its own. */
    timeouts: timeoutsSchema.prefault({}),
    retries: retriesSchema.prefault({}),
    providers: z.record(providerNameSchema, providerSettingsSchema).default({}),
    /** Aliases and fallback chains: what clients may name instead of a model, and what is tried in its place. */
    routes: routesSchema,
    /** When a target that keeps failing is set aside, so that traffic flows to the healthy ones. */
    cooldowns: cooldownsSchema.prefault({}),
    /** The operator's own prices per model, over the bundled price table. */
    prices: pricesSchema,
    /** The database the request log (and the governance data) is kept in. */
    database: databaseSchema.prefault({}),
    requestLog: requestLogSchema.prefault({}),
    /** A docs site to serve under `/docs`; absent: the one built with the gateway. */
    docsDirectory: readablePathSchema('directory').optional(),
  })
  .superRefine(
    (config, context) => {
      // Only a default the config names itself must exist: the implicit one may be left unconfigured, and then an
      // unprefixed model id gets an error that says how to configure it.
      const { defaultProvider, providers } = config;
      if (typeof defaultProvider !== 'string' || providers === null || typeof providers !== 'object') return;
      if (defaultProvider === '' || defaultProvider in providers) return;
      const configured = Object.keys(providers);
      context.addIssue({
        code: 'custom',
        path: ['defaultProvider'],
        message:
          `names the provider "${defaultProvider}", which is not configured ` +
          `(${configured.length > 0 ? `configured: ${configured.join(', ')}` : 'none is configured'})`,
      });
    },
    // Checked even when other settings are wrong, so that every problem is reported at once.
    { when: () => true },
  )
  .superRefine((config, context) => {
    // A route's targets are models: each names a configured provider, or none (the default provider's ids).
    const configured = Object.keys(config.providers);
    for (const [name, route] of Object.entries(config.routes)) {
      for (const [index, { model }] of route.targets.entries()) {
        const path = ['routes', name, 'targets', index];
        if (model in config.routes && model !== name) {
          context.addIssue({ code: 'custom', path, message: `names the route "${model}": a target must be a model` });
          continue;
        }
        const separator = model.indexOf('/');
        const prefix = separator > 0 && !model.startsWith('arn:') ? model.slice(0, separator) : undefined;
        if (prefix !== undefined && !configured.includes(prefix)) {
          context.addIssue({
            code: 'custom',
            path,
            message: `names the provider "${prefix}", which is not configured (configured: ${configured.join(', ') || 'none'})`,
          });
        }
      }
    }
  })
  .transform(({ providers, defaultProvider, ...config }) => ({
    ...config,
    /** Where a model id without a configured provider prefix goes. */
    defaultProvider: defaultProvider ?? implicitDefaultProvider,
    providers: Object.fromEntries(
      Object.entries(providers).map(([name, settings]): [string, ProviderSettings] => [
        name,
        // Spreading keeps each provider's own fields; TypeScript cannot follow a union through a spread.
        {
          ...settings,
          name,
          timeouts: { ...config.timeouts, ...settings.timeouts },
          retries: { ...config.retries, ...settings.retries },
        } as ProviderSettings,
      ]),
    ),
  }));

/** A configured provider, as its adapter receives it; `type` tells which provider's settings it has. */
export type ProviderSettings = ConfiguredProvider<z.output<typeof providerSettingsSchema>>;

/** Everything the gateway runs on, resolved from the environment and the config file. */
export type GatewayConfig = z.output<typeof gatewayConfigSchema>;

/** A key clients present to the gateway. */
export type GatewayKey = GatewayConfig['gatewayKeys'][number];
