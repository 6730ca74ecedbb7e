import type { OperationGroup } from './group-operations.js';
import { type OpenApiDocument, type RequestBody, type Response, resolveReference } from './openapi-document.js';
import type { RecordedExamples } from './recorded-examples.js';
import type { OperationExamples } from './render-operation.js';

function firstExample(content: Record<string, { example?: unknown }> | undefined): unknown {
  return Object.values(content ?? {}).find((media) => media.example !== undefined)?.example;
}

/**
 * The examples of one operation: the Converse operations show the recorded exchange (the stream's events as they
 * came, or the reply they add up to); any other operation shows the examples its spec entry carries, if any. No
 * example is ever made up from a schema.
 */
export function operationExamples(
  document: OpenApiDocument,
  group: OperationGroup,
  recorded: RecordedExamples,
): OperationExamples {
  const handler = group.operation['x-heimdall-handler'];
  if (handler === 'converseStream') {
    return {
      request: recorded.request,
      replies: [{ caption: 'The reply’s events, in order: each is one eventstream frame', value: recorded.events }],
    };
  }
  if (handler === 'converse') {
    return {
      request: recorded.request,
      replies: [{ caption: 'Reply (200): the recorded stream’s content as one Converse reply', value: recorded.reply }],
    };
  }
  const body = group.operation.requestBody
    ? firstExample(resolveReference<RequestBody>(document, group.operation.requestBody).content)
    : undefined;
  const replies = Object.entries(group.operation.responses ?? {})
    .filter(([status]) => status.startsWith('2'))
    .flatMap(([status, value]) => {
      const example = firstExample(resolveReference<Response>(document, value).content);
      return example === undefined ? [] : [{ caption: `Reply (${status})`, value: example }];
    });
  return { ...(body === undefined ? {} : { request: body }), replies };
}
