import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

/** The parts of an OpenAPI 3.1 document the reference reads; everything else is passed over. */
export interface OpenApiDocument {
  info: { title: string; version: string; summary?: string; description?: string };
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, unknown>>;
  components?: {
    schemas?: Record<string, Schema>;
    parameters?: Record<string, unknown>;
    requestBodies?: Record<string, unknown>;
    responses?: Record<string, unknown>;
    headers?: Record<string, unknown>;
    securitySchemes?: Record<string, { type: string; scheme?: string; name?: string; description?: string }>;
  };
}

/** A JSON Schema as the spec writes them: only the keywords the reference shows are named. */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: boolean | Schema;
  enum?: unknown[];
  const?: unknown;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
}

export interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
}

export interface MediaType {
  schema?: Schema;
  example?: unknown;
}

export interface RequestBody {
  description?: string;
  required?: boolean;
  content?: Record<string, MediaType>;
}

export interface Response {
  description?: string;
  headers?: Record<string, { description?: string; schema?: Schema } | { $ref: string }>;
  content?: Record<string, MediaType>;
}

/** One operation object of `paths`, with the gateway's own extension that names the handler serving it. */
export interface Operation {
  tags?: string[];
  summary?: string;
  description?: string;
  operationId?: string;
  'x-heimdall-handler'?: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: RequestBody | { $ref: string };
  responses?: Record<string, Response | { $ref: string }>;
  security?: Record<string, string[]>[];
}

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export async function readOpenApiDocument(path: string): Promise<OpenApiDocument> {
  const document = parse(await readFile(path, 'utf8')) as OpenApiDocument;
  if (typeof document?.paths !== 'object' || document.paths === null) {
    throw new Error(`${path} has no \`paths\`: is it an OpenAPI document?`);
  }
  return document;
}

/** Follows a local `$ref` (`#/components/...`) to what it names, failing loudly on one that points nowhere. */
export function resolveReference<T>(document: OpenApiDocument, value: T | { $ref: string }): T {
  let current: unknown = value;
  for (let depth = 0; isReference(current); depth++) {
    if (depth > 20) throw new Error(`The $ref ${current.$ref} goes round in a circle`);
    const reference: string = current.$ref;
    if (!reference.startsWith('#/')) throw new Error(`Only local $refs are supported, not ${reference}`);
    current = reference
      .slice(2)
      .split('/')
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
    if (current === undefined) throw new Error(`The $ref ${reference} points at nothing in the spec`);
  }
  return current as T;
}

export function isReference(value: unknown): value is { $ref: string } {
  return typeof (value as { $ref?: unknown } | null)?.$ref === 'string';
}

/** `#/components/schemas/ConverseRequest` → `ConverseRequest`. */
export function referenceName(reference: string): string {
  return reference.slice(reference.lastIndexOf('/') + 1);
}

/** The JSON body an operation takes: its media type and its schema as written (a `$ref` kept), if it has one. */
export function requestBodyOf(
  document: OpenApiDocument,
  operation: Operation,
): { mediaType: string; media: MediaType } | undefined {
  if (!operation.requestBody) return undefined;
  const body = resolveReference<RequestBody>(document, operation.requestBody);
  const [mediaType, media] = Object.entries(body.content ?? {})[0] ?? [];
  return mediaType && media ? { mediaType, media } : undefined;
}
