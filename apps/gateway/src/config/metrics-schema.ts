import { z } from 'zod';
import { wholeNumber } from './numbers.js';
import { secretSchema } from './provider-fields.js';

const portMessage = 'must be a port number from 1 to 65535 (or 0 for any free port)';

/** Where Prometheus reads `/metrics`, and with which key. */
export const metricsSchema = z.strictObject({
  /** A port of its own for `/metrics` (on the server's host); the API port then does not serve it. */
  port: wholeNumber().min(0, { error: portMessage }).max(65535, { error: portMessage }).optional(),
  /** A bearer key for `/metrics`, separate from the gateway keys. */
  key: secretSchema.optional(),
});

export type MetricsSettings = z.output<typeof metricsSchema>;
