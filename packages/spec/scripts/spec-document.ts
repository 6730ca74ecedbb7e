import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

/** The subset of JSON Schema (OpenAPI 3.1 dialect) that `openapi/bifrost.yaml` uses. */
export interface JsonSchema {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  oneOf?: JsonSchema[];
  enum?: string[];
  const?: string;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  [extension: `x-${string}`]: unknown;
}

interface Reference {
  $ref: string;
}

export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface ResponseObject {
  description: string;
  content?: Record<string, { schema: JsonSchema }>;
  'x-amzn-error-types'?: string[];
  /** Whether the error types of this response may succeed when the same request is sent again. */
  'x-heimdall-retryable'?: boolean;
}

export interface OperationObject {
  operationId: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: (ParameterObject | Reference)[];
  requestBody?: Reference;
  responses: Record<string, ResponseObject | Reference>;
  'x-heimdall-handler': string;
}

/** The HTTP methods the spec's operations use, in the order the generator visits them. */
export const operationMethods = ['get', 'post', 'put', 'delete'] as const;
export type OperationMethod = (typeof operationMethods)[number];

export interface SpecDocument {
  paths: Record<string, Partial<Record<OperationMethod, OperationObject>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters: Record<string, ParameterObject>;
    requestBodies: Record<string, { required?: boolean; content: Record<string, { schema: JsonSchema }> }>;
    responses: Record<string, ResponseObject>;
  };
}

/** The spec, as the single source every generated file is derived from. */
export const specUrl = new URL('../../../openapi/bifrost.yaml', import.meta.url);

export async function readSpec(): Promise<SpecDocument> {
  return parse(await readFile(specUrl, 'utf8')) as SpecDocument;
}

/** `#/components/<section>/Name` → `Name`; `section` defaults to schemas. */
export function refName(ref: string, section = 'schemas'): string {
  const prefix = `#/components/${section}/`;
  if (!ref.startsWith(prefix)) throw new Error(`Unsupported $ref ${ref}: expected ${prefix}*`);
  return ref.slice(prefix.length);
}

/** Follows a `$ref` into `components.<section>`, or returns the inline object. */
export function resolveReference<T>(
  spec: SpecDocument,
  value: T | Reference,
  section: keyof SpecDocument['components'],
): T {
  if (typeof value === 'object' && value !== null && '$ref' in value) {
    const name = refName(value.$ref, section);
    const target = (spec.components[section] as Record<string, unknown>)[name];
    if (!target) throw new Error(`${value.$ref} does not exist`);
    return target as T;
  }
  return value as T;
}
