import type { ConfigPath, ConfigSource } from './config-source.js';

/** One thing wrong with the configuration: where (the source, and the path inside the config), and what. */
export interface ConfigProblem {
  /** Absent when nothing was written there: a required setting left out. */
  source?: ConfigSource | undefined;
  path: ConfigPath;
  /** What is expected, as a sentence that follows the setting's name; never the value, which may be a secret. */
  message: string;
}
