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
export function codeSamples(group: OperationGroup, examples: RecordedExamples): CodeSample[] {
  const handler = group.operation['x-heimdall-handler'];
  const streaming = handler === 'converseStream';
  const converse = handler === 'converse' || streaming;
  const curl: CodeSample = {
    client: 'curl',
    language: 'bash',
    source: curlSample(group, converse ? examples.request : undefined, streaming),
  };
  if (!converse) return [curl];
  return [curl, ...converseClientSamples({ group, request: examples.request, streaming })];
}

function curlSample(group: OperationGroup, body: Record<string, unknown> | undefined, streaming: boolean): string {
  const path = group.paths[0]?.path.replace('{modelId}', encodeURIComponent(sampleModelId)) ?? '/';
  const lines = [
    `curl${streaming ? ' --no-buffer --output -' : ''}${group.method === 'get' ? '' : ` -X ${group.method.toUpperCase()}`} ${sampleGateway.url}${path}`,
  ];
  // A key goes with every operation that may ask for one: declared security, or a 403 it can answer (`/metrics` is
  // open to all without gateway keys, so the spec leaves its security empty, but takes a key when there are some).
  const { security, responses } = group.operation;
  const secured = security === undefined || security.length > 0 || responses?.['403'] !== undefined;
  if (secured) lines.push(`-H 'authorization: Bearer ${sampleGateway.key}'`);
  if (body) lines.push(`-H 'content-type: application/json'`, `-d ${shellQuote(formatJson(body))}`);
  return lines.join(' \\\n  ');
}
