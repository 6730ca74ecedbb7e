import type { paths } from '@heimdall/spec';

type PrefixOf<Path, Operation extends string> = Path extends `${infer Prefix}/model/{modelId}/${Operation}`
  ? Prefix
  : never;

/**
 * A path prefix under which the spec serves both Converse operations: `''` for Amazon Bedrock's own paths
 * (`/model/{modelId}/converse`), or one of the integration prefixes such as `/litellm`. Computed from the spec's
 * `paths`, so a route added to the spec is accepted here as soon as the types are generated again.
 */
export type ConverseRoutePrefix = PrefixOf<keyof paths, 'converse'> & PrefixOf<keyof paths, 'converse-stream'>;

/** The path of the ConverseStream operation under a prefix. */
export type ConverseStreamPath = `${ConverseRoutePrefix}/model/{modelId}/converse-stream`;

/** The path of the Converse operation under a prefix. */
export type ConversePath = `${ConverseRoutePrefix}/model/{modelId}/converse`;

/** Checks a prefix given at run time, where the type may not have been checked. */
export function checkRoutePrefix(prefix: unknown): ConverseRoutePrefix {
  if (typeof prefix !== 'string' || (prefix !== '' && (!prefix.startsWith('/') || prefix.endsWith('/')))) {
    throw new TypeError(
      `The route prefix must be '' or a path such as '/litellm' (a leading slash, no trailing one), not ${JSON.stringify(prefix)}`,
    );
  }
  return prefix as ConverseRoutePrefix;
}
