/**
 * One row of the table that maps environment variables into the config's input, the same shape as the config file
 * (README.md's Configuration table is checked against these rows).
 */
export interface EnvironmentVariable {
  readonly name: string;
  /**
   * Where the value goes, e.g. `['server', 'port']`; for a provider's variable, inside that provider
   * (`['baseUrl']`). Absent for a variable that something else reads, such as `AWS_PROFILE` for the AWS SDK.
   * When several variables have one path, the first one set wins.
   */
  readonly path?: readonly string[];
  /**
   * Turns the text into the config's value. Without it the text is taken as it is. A result of `undefined` means the
   * variable says nothing. Text it cannot read is passed on unchanged, for the schema to reject with its message.
   */
  readonly parse?: (text: string) => unknown;
  /** Taken only when these variables are set too, e.g. an AWS secret key only with its key id. */
  readonly onlyWith?: readonly string[];
  /** For a provider's variable: whether setting it alone declares the provider. True unless said otherwise. */
  readonly declaresProvider?: boolean;
}

/** `"8080"` → `8080`; anything that is not a whole number stays text, for the schema to name the problem. */
export function parseWholeNumber(text: string): unknown {
  const trimmed = text.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : text;
}

/** `"true"` → `true`, `"false"` → `false`; anything else stays text, for the schema to say what it must be. */
export function parseBoolean(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === 'true') return true;
  if (trimmed === 'false') return false;
  return text;
}

/** The value of a variable, where an empty one counts as unset (as a blank line in a container's env file would). */
export function variableValue(environment: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = environment[name];
  return value === undefined || value === '' ? undefined : value;
}
