import {
  type JsonSchema,
  type OperationObject,
  operationMethods,
  type ParameterObject,
  type ResponseObject,
  refName,
  resolveReference,
  type SpecDocument,
} from '../spec-document.js';
import { emitSchema } from './emit-schema.js';

const literal = (value: unknown): string => JSON.stringify(value);

/** The Zod schema of a parameter, carrying what `@hono/zod-openapi` needs to document it. */
function emitParameter(parameter: ParameterObject, path: string): string {
  const meta = { param: { name: parameter.name, in: parameter.in }, description: parameter.description };
  return `${emitSchema(parameter.schema, path)}.meta(${literal(meta)})`;
}

/**
 * A query parameter arrives as text: numbers are coerced (and must then be whole or within bounds), anything else
 * is checked as the spec declares it.
 */
function emitQueryParameter(parameter: ParameterObject, path: string): string {
  const { schema } = parameter;
  const numeric = schema.type === 'integer' || schema.type === 'number';
  // Coercion documents as "number or null", and a type in the metadata replaces the bounds too: so the parameter
  // is documented here as the spec declares it.
  const meta = {
    param: { name: parameter.name, in: parameter.in },
    description: parameter.description,
    ...(numeric ? { type: schema.type, minimum: schema.minimum, maximum: schema.maximum } : {}),
  };
  const base = numeric
    ? `z.coerce.number()${schema.type === 'integer' ? '.int()' : ''}${schema.minimum === undefined ? '' : `.min(${schema.minimum})`}${schema.maximum === undefined ? '' : `.max(${schema.maximum})`}`
    : emitSchema(schema, path);
  return `${base}${parameter.required ? '' : '.optional()'}.meta(${literal(meta)})`;
}

function emitContent(content: Record<string, { schema: JsonSchema }> | undefined, path: string): string {
  const entries = Object.entries(content ?? {}).map(
    ([mediaType, { schema }]) => `${literal(mediaType)}: { schema: ${emitSchema(schema, `${path}.${mediaType}`)} }`,
  );
  return `{ ${entries.join(', ')} }`;
}

function emitOperation(spec: SpecDocument, method: string, path: string, operation: OperationObject): string {
  const where = `paths.${path}.${method}`;
  const parameters = (operation.parameters ?? []).map((parameter) =>
    resolveReference<ParameterObject>(spec, parameter, 'parameters'),
  );
  if (parameters.some((parameter) => parameter.in !== 'path' && parameter.in !== 'query')) {
    throw new Error(`${where}: only path and query parameters are generated`);
  }
  const params = parameters
    .filter((parameter) => parameter.in === 'path')
    .map((parameter) => `${literal(parameter.name)}: ${emitParameter(parameter, where)}`);
  const query = parameters
    .filter((parameter) => parameter.in === 'query')
    .map((parameter) => `${literal(parameter.name)}: ${emitQueryParameter(parameter, `${where}.${parameter.name}`)}`);
  const body = operation.requestBody
    ? spec.components.requestBodies[refName(operation.requestBody.$ref, 'requestBodies')]
    : undefined;
  const bodySchema = body?.content['application/json']?.schema;
  const responses = Object.entries(operation.responses).map(([status, value]) => {
    const response = resolveReference<ResponseObject>(spec, value, 'responses');
    return `${status}: { description: ${literal(response.description)}, content: ${emitContent(response.content, `${where}.responses.${status}`)} }`;
  });
  const fields = [
    `method: ${literal(method)}`,
    `path: ${literal(path)}`,
    `handler: ${literal(operation['x-heimdall-handler'])}`,
    `summary: ${literal(operation.summary)}`,
    `description: ${literal(operation.description)}`,
    `tags: ${literal(operation.tags ?? [])}`,
    `security: ${literal(operation.security ?? [])}`,
    `params: ${params.length > 0 ? `z.object({ ${params.join(', ')} })` : 'undefined'}`,
    // Strict, so a misspelt filter is refused instead of silently matching everything.
    `query: ${query.length > 0 ? `z.strictObject({ ${query.join(', ')} })` : 'undefined'}`,
    `body: ${bodySchema ? emitSchema(bodySchema, `${where}.requestBody`) : 'undefined'}`,
    `responses: { ${responses.join(', ')} }`,
  ];
  return `${literal(operation.operationId)}: { ${fields.join(', ')} }`;
}

/**
 * Every operation of the spec with the Zod schemas of its parameters, body and responses, keyed by
 * operationId, so that the server registers routes from the spec instead of restating them.
 */
export function emitOperationsModule(spec: SpecDocument): string {
  const operations: string[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of operationMethods) {
      const operation = item[method];
      if (!operation) continue;
      if (!operation['x-heimdall-handler']) throw new Error(`paths.${path}.${method} needs x-heimdall-handler`);
      operations.push(emitOperation(spec, method, path, operation));
    }
  }
  const schemaImports = [...new Set(operations.join('\n').match(/\b\w+Schema\b/g) ?? [])].sort();
  return [
    "import { z } from 'zod';",
    `import { ${schemaImports.join(', ')} } from './schemas.gen.js';`,
    `export const operations = { ${operations.join(',\n')} } as const;`,
    '/** The operationId of every operation in the spec. */',
    'export type OperationId = keyof typeof operations;',
  ].join('\n\n');
}
