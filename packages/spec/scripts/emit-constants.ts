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

function errorStatuses(spec: SpecDocument): Record<string, number> {
  const statuses: Record<string, number> = {};
  for (const [name, response] of Object.entries(spec.components.responses)) {
    const match = /^Error(\d{3})$/.exec(name);
    if (!match) continue;
    const types = response['x-amzn-error-types'];
    if (!types?.length) throw new Error(`components.responses.${name} needs x-amzn-error-types`);
    for (const type of types) statuses[type] = Number(match[1]);
  }
  return statuses;
}

/** The error types whose response says they may succeed when sent again, in the order the spec lists them. */
function retryableErrorTypes(spec: SpecDocument): string[] {
  return Object.entries(spec.components.responses).flatMap(([name, response]) => {
    if (!/^Error\d{3}$/.test(name)) return [];
    if (typeof response['x-heimdall-retryable'] !== 'boolean') {
      throw new Error(`components.responses.${name} needs x-heimdall-retryable: true or false`);
    }
    return response['x-heimdall-retryable'] ? (response['x-amzn-error-types'] ?? []) : [];
  });
}

/** Runtime tables the codec, the client and the gateway share, read from the spec's vendor extensions. */
export function emitConstantsModule(spec: SpecDocument): string {
  const members = streamMembers(spec);
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
    `export const bedrockErrorStatuses = ${JSON.stringify(errorStatuses(spec))} as const;`,
    '',
    '/** The Bedrock error types that may succeed when the same request is sent again: the ones the gateway retries. */',
    `export const bedrockRetryableErrorTypes = ${JSON.stringify(retryableErrorTypes(spec))} as const;`,
  ].join('\n');
}
