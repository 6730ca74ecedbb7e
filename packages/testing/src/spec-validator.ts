import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const specPath = new URL('../../../openapi/bifrost.yaml', import.meta.url);

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  oneOf?: SchemaNode[];
  'x-amzn-event-type'?: string;
}

/** Validates values against the component schemas of `openapi/bifrost.yaml`, read as it is on disk. */
export interface SpecValidator {
  /** The problems of `value` against `#/components/schemas/<name>`, one line each; empty when it is valid. */
  problems(schemaName: string, value: unknown): string[];
  /** The problems of one stream frame's payload against the schema its `:event-type` names. */
  streamEventProblems(eventType: string, payload: unknown): string[];
  /** Throws with every problem listed unless `value` is valid. */
  assertValid(schemaName: string, value: unknown): void;
}

export function createSpecValidator(): SpecValidator {
  const document = parse(readFileSync(specPath, 'utf8')) as { components: { schemas: Record<string, SchemaNode> } };
  // The OpenAPI-only keywords and vendor extensions are annotations here, not assertions.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addFormat('byte', /^[A-Za-z0-9+/]*={0,2}$/);
  ajv.addFormat('int64', true);
  ajv.addFormat('float', true);
  ajv.addFormat('double', true);
  ajv.addSchema(document, 'bifrost.yaml');

  const compiled = new Map<string, ValidateFunction>();
  const validatorFor = (schemaName: string): ValidateFunction => {
    let validate = compiled.get(schemaName);
    if (!validate) {
      if (!document.components.schemas[schemaName]) throw new Error(`The spec has no schema ${schemaName}`);
      validate = ajv.compile({ $ref: `bifrost.yaml#/components/schemas/${schemaName}` });
      compiled.set(schemaName, validate);
    }
    return validate;
  };

  const eventSchemas = new Map<string, string>();
  for (const branch of document.components.schemas.ConverseStreamEvent?.oneOf ?? []) {
    const eventType = branch['x-amzn-event-type'];
    const ref = eventType ? branch.properties?.[eventType]?.$ref : undefined;
    if (eventType && ref) eventSchemas.set(eventType, ref.split('/').at(-1) ?? '');
  }

  const problems = (schemaName: string, value: unknown): string[] => {
    const validate = validatorFor(schemaName);
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => `${schemaName}${error.instancePath} ${error.message ?? ''}`.trim());
  };

  return {
    problems,
    streamEventProblems(eventType, payload) {
      const schemaName = eventSchemas.get(eventType);
      if (!schemaName) return [`The spec has no stream event named ${eventType}`];
      return problems(schemaName, payload);
    },
    assertValid(schemaName, value) {
      const found = problems(schemaName, value);
      if (found.length > 0) throw new Error(`Not a valid ${schemaName}:\n${found.join('\n')}`);
    },
  };
}
