import { errorTaxonomy } from './error-taxonomy.js';
import type { SpecDocument } from './spec-document.js';

interface StreamMember {
  name: string;
  messageType: 'event' | 'exception';
}

function streamMembers(spec: SpecDocument): StreamMember[] {
  const union = spec.components.schemas.ConverseStreamEvent;
  if (!union?.oneOf) throw new Error('components.schemas.ConverseStreamEvent must be a oneOf');
  return union.oneOf.map((branch, index) => {
    const name = branch['x-amzn-event-type'];
    const messageType = branch['x-amzn-message-type'];
    if (typeof name !== 'string' || (messageType !== 'event' && messageType !== 'exception')) {
      throw new Error(`ConverseStreamEvent.oneOf[${index}] needs x-amzn-event-type and x-amzn-message-type`);
    }
    return { name, messageType };
  });
}

/** Runtime tables the codec, the client and the gateway share, read from the spec's vendor extensions. */
export function emitConstantsModule(spec: SpecDocument): string {
  const members = streamMembers(spec);
  const errorTypes = errorTaxonomy(spec);
  const preStreamStatuses = Object.fromEntries(
    errorTypes.filter((type) => type.preStream).map((type) => [type.name, type.status]),
  );
  // The error responses are named by status, so the first type each lists is the one for a reply that names none.
  const typeByStatus: Record<number, string> = {};
  for (const type of errorTypes) if (type.preStream) typeByStatus[type.status] ??= type.name;
  const names = (messageType: StreamMember['messageType']) =>
    JSON.stringify(members.filter((member) => member.messageType === messageType).map((member) => member.name));
  return [
    '/** The `:event-type` values of a ConverseStream reply, in the order the spec lists them. */',
    `export const converseStreamEventTypes = ${names('event')} as const;`,
    '',
    '/** The `:exception-type` values a ConverseStream reply may end with. */',
    `export const converseStreamExceptionTypes = ${names('exception')} as const;`,
    '',
    '/** Each Bedrock error type and the HTTP status it is sent with before a stream begins. */',
    `export const bedrockErrorStatuses = ${JSON.stringify(preStreamStatuses)} as const;`,
    '',
    '/** The Bedrock error type of each status the spec answers with, for an error reply that names no type. */',
    `export const bedrockErrorTypeByStatus = ${JSON.stringify(typeByStatus)} as const;`,
    '',
    '/** The Bedrock error types that may succeed when the same request is sent again: the ones the gateway retries. */',
    `export const bedrockRetryableErrorTypes = ${JSON.stringify(errorTypes.filter((type) => type.retryable).map((type) => type.name))} as const;`,
    '',
    '/**',
    ' * Every Bedrock error type of the spec, those sent before a stream and those only ever sent inside one: the HTTP',
    ' * status of the type (for a streamed-only type, the one Bedrock gives it) and whether sending the same request',
    ' * again may succeed.',
    ' */',
    `export const bedrockErrorTypes = ${JSON.stringify(
      Object.fromEntries(errorTypes.map((type) => [type.name, { status: type.status, retryable: type.retryable }])),
    )} as const;`,
  ].join('\n');
}
