import { z } from 'zod';
import { secretSchema } from './provider-fields.js';

/**
 * Who may use the management API (`/api/*`): holders of an admin key, which is no gateway key and opens nothing
 * else. With none, the management API refuses every request, saying how to configure one.
 */
export const adminSchema = z.strictObject({
  /** Secrets, each sent as `Authorization: Bearer <key>` or as a Basic password; `env.NAME` reads one from the environment. */
  keys: z.array(secretSchema).default([]),
});

export type AdminSettings = z.output<typeof adminSchema>;
