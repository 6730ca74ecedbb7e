import type { z } from 'zod';

/** The configuration cannot be used; the message names every bad setting by its path. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  static fromZod(source: string, error: z.ZodError): ConfigError {
    const lines = error.issues.map((issue) => {
      const path = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
      return `  ${path}: ${issue.message}`;
    });
    return new ConfigError(`Invalid configuration in ${source}:\n${lines.join('\n')}`);
  }
}
