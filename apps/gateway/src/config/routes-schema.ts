import { z } from 'zod';
import { defaultFallbackTriggers, fallbackTriggerNames } from '../routing/fallback-triggers.js';
import { wholeNumber } from './numbers.js';

const modelIdSchema = z.string().min(1, { error: 'must not be empty' });

const targetSchema = z.union(
  [
    modelIdSchema.transform((model) => ({ model, weight: 1 })),
    z.strictObject({
      model: modelIdSchema,
      weight: wholeNumber().positive({ error: 'must be a positive whole number' }).default(1),
    }),
  ],
  { error: 'must be a model id, or { model, weight }' },
);

/**
 * What clients may name instead of a model: an alias (`chat-default`, or a Bedrock-style id such as
 * `anthropic.claude-sonnet-4-5` so that a client picks its profile for that family) or a model id with a chain of its
 * own. Its targets are `provider/model` ids (or ids for the default provider), tried in turn when one fails before
 * the reply begins with a failure of a kind in `fallbackOn`.
 */
export const routeSchema = z.strictObject({
  targets: z.array(targetSchema).min(1, { error: 'must list at least one model' }),
  /**
   * `priority`: the targets in the order listed. `weighted`: the first target drawn by weight, the rest after it in
   * order, so that traffic is shared while every target still backs up the others. `least-busy`: first the target
   * with the fewest attempts and replies in flight; `lowest-latency`: first the one with the lowest moving average
   * of time until its reply began (each not yet timed first). Ties are drawn by weight; the rest follow as ranked.
   */
  strategy: z
    .enum(['priority', 'weighted', 'least-busy', 'lowest-latency'], {
      error: 'must be priority, weighted, least-busy or lowest-latency',
    })
    .default('priority'),
  fallbackOn: z
    .array(z.enum(fallbackTriggerNames, { error: `must be one of ${fallbackTriggerNames.join(', ')}` }))
    .default([...defaultFallbackTriggers]),
});

export const routesSchema = z.record(modelIdSchema, routeSchema).default({});

export type Route = z.output<typeof routeSchema>;
