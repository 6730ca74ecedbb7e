import { z } from 'zod';

const envReference = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/;

/**
 * A secret in the config file: either the value itself, or `env.NAME` to read it from the environment, so that
 * keys stay out of files. The resolved value never appears in an error message; only the variable's name does.
 */
export function secretSchema(environment: NodeJS.ProcessEnv) {
  return z
    .string()
    .min(1)
    .transform((value, context) => {
      const name = envReference.exec(value)?.[1];
      if (!name) return value;
      const resolved = environment[name];
      if (!resolved) {
        context.addIssue({ code: 'custom', message: `refers to the environment variable ${name}, which is not set` });
        return z.NEVER;
      }
      return resolved;
    });
}
