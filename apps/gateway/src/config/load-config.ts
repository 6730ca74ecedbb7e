import { ConfigError } from './config-error.js';
import { type ConfigLayer, mergeConfigLayers } from './config-layer.js';
import type { ConfigProblem } from './config-problem.js';
import { type GatewayConfig, gatewayConfigSchema } from './config-schema.js';
import { describeIssue, problemsOf } from './describe-issue.js';
import { findConfigFile, readConfigFile } from './read-config-file.js';
import { readEnvironment } from './read-environment.js';

/**
 * Reads and checks the whole configuration: the environment first (zero-config, with the variables the official SDKs
 * use), then the config file (`HEIMDALL_CONFIG`, or `heimdall.config.{json,yaml,yml}` in the working directory),
 * whose settings win and whose providers replace those of the same name. Throws a {@link ConfigError} listing every
 * problem at once.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env, directory = process.cwd()): GatewayConfig {
  const problems: ConfigProblem[] = [];
  const layers: ConfigLayer[] = [readEnvironment(environment)];
  const { file, problem } = findConfigFile(environment, directory);
  if (problem) problems.push(problem);
  if (file) layers.push(readConfigFile(file, environment, problems));

  const { input, sources } = mergeConfigLayers(layers);
  const result = gatewayConfigSchema.safeParse(input, { error: describeIssue });
  if (result.success && problems.length === 0) return result.data;

  // A setting whose reference did not resolve is reported once, for the reference.
  const reported = new Set(problems.map((entry) => entry.path.map(String).join('.')));
  const schemaProblems = result.success ? [] : problemsOf(result.error, sources);
  throw new ConfigError([
    ...problems,
    ...schemaProblems.filter((entry) => !reported.has(entry.path.map(String).join('.'))),
  ]);
}
