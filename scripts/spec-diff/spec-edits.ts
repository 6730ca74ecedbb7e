import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The parts of an OpenAPI document the tests edit. */
export interface EditableSpec {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, EditableSchema> };
}

export interface EditableSchema {
  type?: string | string[];
  description?: string;
  required?: string[];
  enum?: string[];
  properties?: Record<string, EditableSchema>;
}

/** A fresh copy of the repository's spec, to edit as a contributor would. */
export function loadRepositorySpec(): EditableSpec {
  return parse(readFileSync(new URL('../../openapi/bifrost.yaml', import.meta.url), 'utf8')) as EditableSpec;
}

export function schemaOf(spec: EditableSpec, name: string): EditableSchema {
  const schema = spec.components.schemas[name];
  if (!schema) throw new Error(`The spec has no schema ${name}`);
  return schema;
}

export function propertiesOf(schema: EditableSchema): Record<string, EditableSchema> {
  if (!schema.properties) throw new Error('The schema has no properties');
  return schema.properties;
}

/** A compatible edit: an optional request field added, and a description reworded. */
export function addOptionalRequestField(spec: EditableSpec): EditableSpec {
  const inference = schemaOf(spec, 'InferenceConfiguration');
  propertiesOf(inference).seed = { type: 'integer', description: 'Makes sampling repeatable.' };
  inference.description = 'How the model samples its answer.';
  return spec;
}

/** A breaking edit: a request field that was optional becomes required. */
export function requireRequestField(spec: EditableSpec): EditableSpec {
  schemaOf(spec, 'InferenceConfiguration').required = ['maxTokens'];
  return spec;
}
