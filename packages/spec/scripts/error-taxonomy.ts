import { type JsonSchema, refName, type SpecDocument } from './spec-document.js';

/** A member an error body carries besides `message`, and so a field of the error's class. */
export interface ErrorField {
  name: string;
  kind: 'number' | 'string';
  description: string | undefined;
}

/** One Bedrock error type as the spec defines it. */
export interface ErrorType {
  /** PascalCase, as in `x-amzn-errortype`: `ThrottlingException`. */
  name: string;
  /** The HTTP status it is sent with before a stream, or the one Bedrock gives it when it is only ever streamed. */
  status: number;
  /** Whether sending the same request again may succeed. */
  retryable: boolean;
  /** Whether an error response lists it, i.e. it may be the answer before a stream begins. */
  preStream: boolean;
  /** Its camelCase member of the ConverseStream union, when it may end a stream. */
  streamMember: string | undefined;
  fields: ErrorField[];
}

// `Error404`, or `Error404UnknownOperation` for a second response of the same status.
const errorResponseName = /^Error(\d{3})[A-Za-z]*$/;

function fieldKind(where: string, schema: JsonSchema): ErrorField['kind'] {
  if (schema.type === 'integer' || schema.type === 'number') return 'number';
  if (schema.type === 'string') return 'string';
  throw new Error(`${where}: an error field must be a number or a string`);
}

function retryableFlag(where: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new Error(`${where} needs x-heimdall-retryable: true or false`);
  return value;
}

/** The members of `BedrockError` that say, with `x-heimdall-error-types`, which error types carry them. */
function bodyFields(spec: SpecDocument, type: string): ErrorField[] {
  const properties = spec.components.schemas.BedrockError?.properties ?? {};
  return Object.entries(properties).flatMap(([name, schema]) => {
    const types = schema['x-heimdall-error-types'];
    if (!Array.isArray(types) || !types.includes(type)) return [];
    return [{ name, kind: fieldKind(`BedrockError.${name}`, schema), description: schema.description }];
  });
}

/** The members of an exception's stream payload besides `message`. */
function streamFields(schemaName: string, schema: JsonSchema): ErrorField[] {
  return Object.entries(schema.properties ?? {})
    .filter(([name]) => name !== 'message')
    .map(([name, property]) => ({
      name,
      kind: fieldKind(`${schemaName}.${name}`, property),
      description: property.description,
    }));
}

interface StreamException {
  member: string;
  schemaName: string;
  schema: JsonSchema;
}

function streamExceptions(spec: SpecDocument): StreamException[] {
  return (spec.components.schemas.ConverseStreamEvent?.oneOf ?? []).flatMap((branch) => {
    if (branch['x-amzn-message-type'] !== 'exception') return [];
    const member = branch['x-amzn-event-type'];
    const reference = typeof member === 'string' ? branch.properties?.[member]?.$ref : undefined;
    if (typeof member !== 'string' || reference === undefined) {
      throw new Error('Each exception of ConverseStreamEvent needs x-amzn-event-type and a $ref payload');
    }
    const schemaName = refName(reference);
    const schema = spec.components.schemas[schemaName];
    if (!schema) throw new Error(`${reference} does not exist`);
    return [{ member, schemaName, schema }];
  });
}

const uniqueByName = (fields: ErrorField[]) =>
  fields.filter((field, index) => fields.findIndex((other) => other.name === field.name) === index);

const pascalCase = (member: string) => member.charAt(0).toUpperCase() + member.slice(1);

/**
 * Every error type of the spec, once: the ones its error responses list (`x-amzn-error-types`, status from the
 * response's name, `x-heimdall-retryable`), in the order the spec lists them, then the ones only ever sent inside a
 * stream, whose payload schema states their status (`x-heimdall-error-status`) and retryability.
 */
export function errorTaxonomy(spec: SpecDocument): ErrorType[] {
  const exceptions = new Map(streamExceptions(spec).map((exception) => [pascalCase(exception.member), exception]));
  const types: ErrorType[] = [];
  for (const [responseName, response] of Object.entries(spec.components.responses)) {
    const match = errorResponseName.exec(responseName);
    if (!match) continue;
    const names = response['x-amzn-error-types'];
    if (!names?.length) throw new Error(`components.responses.${responseName} needs x-amzn-error-types`);
    const retryable = retryableFlag(`components.responses.${responseName}`, response['x-heimdall-retryable']);
    for (const name of names) {
      const exception = exceptions.get(name);
      types.push({
        name,
        status: Number(match[1]),
        retryable,
        preStream: true,
        streamMember: exception?.member,
        fields: uniqueByName([
          ...bodyFields(spec, name),
          ...(exception ? streamFields(exception.schemaName, exception.schema) : []),
        ]),
      });
    }
  }
  for (const [name, exception] of exceptions) {
    if (types.some((type) => type.name === name)) continue;
    const where = `components.schemas.${exception.schemaName}`;
    const status = exception.schema['x-heimdall-error-status'];
    if (typeof status !== 'number') throw new Error(`${where} is only streamed, so it needs x-heimdall-error-status`);
    types.push({
      name,
      status,
      retryable: retryableFlag(where, exception.schema['x-heimdall-retryable']),
      preStream: false,
      streamMember: exception.member,
      fields: streamFields(exception.schemaName, exception.schema),
    });
  }
  return types;
}
