import { formatJson, shellQuote } from './code-sample-language.js';
import { converseClientSamples } from './converse-client-samples.js';
import type { OperationGroup } from './group-operations.js';
import type { RecordedExamples } from './recorded-examples.js';
import { type CodeSample, sampleGateway, sampleModelId } from './sample-settings.js';

export type { CodeSample };

/**
 * The samples of one operation. Every operation gets a curl line built from its method and path; the two Converse
 * operations (by their handler) also get one sample per supported client, sending the recorded request. An
 * operation added to the spec is covered by curl without any change here.
 */
export function codeSamples(
  group: OperationGroup,
  examples: RecordedExamples,
  request: RequestSample = {},
): CodeSample[] {
  const handler = group.operation['x-heimdall-handler'];
  const streaming = handler === 'converseStream';
  const converse = handler === 'converse' || streaming;
  const curl: CodeSample = {
    client: 'curl',
    language: 'bash',
    source: curlSample(group, converse ? { body: examples.request } : request, streaming),
  };
  if (!converse) return [curl];
  return [curl, ...converseClientSamples({ group, request: examples.request, streaming })];
}

/** What an operation's request body is, for its curl line. */
export interface RequestSample {
  /** The spec's example of the body, sent as it is. */
  body?: unknown;
  /** The name of the body's schema, said when there is no example to send. */
  schemaName?: string;
}

/** `{vk_id}` → `VK_ID`: the shell variable a curl line takes a path parameter or a key from. */
function shellVariable(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

/** The gateway key's own schemes: the samples send the guides' example key through them. */
const gatewayKeySchemes = new Set(['BearerAuth', 'BasicAuth', 'ApiKeyAuth', 'VirtualKeyAuth', 'SigV4Auth']);

/**
 * The header a curl line authenticates with, from the operation's first security scheme: the guides' gateway key
 * for the gateway's own schemes, a shell variable named after any other scheme (`$ADMIN_KEY` for `AdminAuth`).
 */
function authorizationHeader(group: OperationGroup): string | undefined {
  const { security, responses } = group.operation;
  // `/metrics` is open to all without gateway keys, so the spec leaves its security empty, but it takes a key when
  // there are some; a 403 among the replies says an operation may ask for one.
  if (security !== undefined && security.length === 0) {
    return responses?.['403'] === undefined ? undefined : `-H 'authorization: Bearer ${sampleGateway.key}'`;
  }
  const scheme = Object.keys(security?.[0] ?? {})[0];
  if (scheme === undefined || gatewayKeySchemes.has(scheme)) return `-H 'authorization: Bearer ${sampleGateway.key}'`;
  return `-H "authorization: Bearer $${shellVariable(scheme.replace(/Auth$/, ''))}_KEY"`;
}

function curlSample(group: OperationGroup, request: RequestSample, streaming: boolean): string {
  const { body, schemaName } = request;
  const template = group.paths[0]?.path ?? '/';
  const parameters = [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
  const path = template.replace(/\{([^}]+)\}/g, (_, name: string) =>
    name === 'modelId' ? encodeURIComponent(sampleModelId) : `$${shellVariable(name)}`,
  );
  const needsVariables = parameters.some((name) => name !== 'modelId');
  const url = needsVariables ? `"${sampleGateway.url}${path}"` : `${sampleGateway.url}${path}`;
  const method = group.method === 'get' ? '' : ` -X ${group.method.toUpperCase()}`;
  const lines = [`curl${streaming ? ' --no-buffer --output -' : ''}${method} ${url}`];
  const authorization = authorizationHeader(group);
  if (authorization) lines.push(authorization);
  if (body !== undefined) lines.push(`-H 'content-type: application/json'`, `-d ${shellQuote(formatJson(body))}`);
  else if (schemaName) {
    // No example in the spec to send: the body is the reader's, written to a file, never a made-up value.
    lines.push(`-H 'content-type: application/json'`, '-d @request.json');
  }
  const command = lines.join(' \\\n  ');
  return body === undefined && schemaName
    ? `# request.json holds the body to send: a ${schemaName} object\n${command}`
    : command;
}
