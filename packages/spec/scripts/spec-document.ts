import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

/** The subset of JSON Schema (OpenAPI 3.1 dialect) that `openapi/bifrost.yaml` uses. */
export interface JsonSchema {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
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

export interface SpecDocument {
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, { 'x-amzn-error-types'?: string[] }>;
  };
}

/** The spec, as the single source every generated file is derived from. */
export const specUrl = new URL('../../../openapi/bifrost.yaml', import.meta.url);

export async function readSpec(): Promise<SpecDocument> {
  return parse(await readFile(specUrl, 'utf8')) as SpecDocument;
}

/** `#/components/schemas/Name` → `Name`. */
export function refName(ref: string): string {
  const prefix = '#/components/schemas/';
  if (!ref.startsWith(prefix)) throw new Error(`Unsupported $ref ${ref}: only ${prefix}* is generated`);
  return ref.slice(prefix.length);
}
