import { type JsonSchema, refName } from '../spec-document.js';

/** Name of the generated constant for a component. */
export function schemaConstant(componentName: string): string {
  return `${componentName}Schema`;
}

const handledKeywords = new Set([
  '$ref',
  'type',
  'description',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'minItems',
  'maxItems',
  'oneOf',
  'enum',
  'const',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
]);

const literal = (value: unknown): string => JSON.stringify(value);

function rejectUnhandledKeywords(schema: JsonSchema, path: string): void {
  for (const key of Object.keys(schema)) {
    if (!handledKeywords.has(key) && !key.startsWith('x-')) {
      throw new Error(`${path}: the Zod generator does not handle the keyword "${key}"`);
    }
  }
}

function bounds(min: number | undefined, max: number | undefined): string {
  return (min === undefined ? '' : `.min(${min})`) + (max === undefined ? '' : `.max(${max})`);
}

/** Number formats (`int64`, `float`, …) only document the value; they travel as metadata into emitted documents. */
function formatMeta(schema: JsonSchema): string {
  return schema.format === undefined ? '' : `.meta({ format: ${literal(schema.format)} })`;
}

function emitString(schema: JsonSchema): string {
  if (schema.enum) return `z.enum(${literal(schema.enum)})`;
  if (schema.const !== undefined) return `z.literal(${literal(schema.const)})`;
  if (schema.format === 'date-time') {
    // RFC 3339 as OpenAPI means it: a date, a time and an offset (`Z` or `+01:00`).
    return `z.iso.datetime({ offset: true })${bounds(schema.minLength, schema.maxLength)}.meta({ format: 'date-time' })`;
  }
  if (schema.format === 'byte') {
    // Blobs travel as base64 text in JSON; the format survives into the emitted OpenAPI document via meta.
    return `z.base64()${bounds(schema.minLength, schema.maxLength)}.meta({ format: 'byte' })`;
  }
  const pattern = schema.pattern === undefined ? '' : `.regex(${String(new RegExp(schema.pattern))})`;
  return `z.string()${bounds(schema.minLength, schema.maxLength)}${pattern}`;
}

function emitObject(schema: JsonSchema, path: string): string {
  const { properties, additionalProperties } = schema;
  if (!properties) {
    if (additionalProperties === false) return 'z.strictObject({})';
    const keys = schema.propertyNames ? emitSchema(schema.propertyNames, `${path}.propertyNames`) : 'z.string()';
    const values =
      typeof additionalProperties === 'object'
        ? emitSchema(additionalProperties, `${path}.additionalProperties`)
        : 'z.unknown()';
    // Key constraints are checked by Zod but not documented by the OpenAPI emitter, so they travel as metadata too.
    const keyMeta = schema.propertyNames ? `.meta({ propertyNames: ${literal(schema.propertyNames)} })` : '';
    return `z.record(${keys}, ${values})${keyMeta}`;
  }
  const required = new Set(schema.required ?? []);
  for (const name of required) {
    if (!(name in properties)) throw new Error(`${path}: required property "${name}" is not declared`);
  }
  const members = Object.entries(properties).map(([name, property]) => {
    const value = emitSchema(property, `${path}.properties.${name}`);
    if (!required.has(name)) return `${literal(name)}: ${value}.optional()`;
    // Any JSON value, but present: `z.unknown()` alone would also take a missing member.
    return `${literal(name)}: ${value === 'z.unknown()' ? 'z.unknown().nonoptional()' : value}`;
  });
  const shape = `{ ${members.join(', ')} }`;
  if (additionalProperties === false) return `z.strictObject(${shape})`;
  if (typeof additionalProperties === 'object') {
    return `z.object(${shape}).catchall(${emitSchema(additionalProperties, `${path}.additionalProperties`)})`;
  }
  // Open objects keep unknown members, so a newer upstream field passes through instead of vanishing.
  return `z.looseObject(${shape})`;
}

function emitByType(schema: JsonSchema, path: string): string {
  switch (schema.type) {
    case 'string':
      return emitString(schema);
    case 'integer':
      return `z.int()${bounds(schema.minimum, schema.maximum)}${formatMeta(schema)}`;
    case 'number':
      return `z.number()${bounds(schema.minimum, schema.maximum)}${formatMeta(schema)}`;
    case 'boolean':
      return 'z.boolean()';
    case 'null':
      return 'z.null()';
    case 'array':
      if (!schema.items) throw new Error(`${path}: an array needs items`);
      return `z.array(${emitSchema(schema.items, `${path}.items`)})${bounds(schema.minItems, schema.maxItems)}`;
    case 'object':
      return emitObject(schema, path);
    case undefined:
      if (schema.oneOf) {
        const options = schema.oneOf.map((option, index) => emitSchema(option, `${path}.oneOf[${index}]`));
        return `z.union([${options.join(', ')}])`;
      }
      // `{}`: any JSON value.
      return 'z.unknown()';
    default:
      throw new Error(`${path}: unsupported type ${literal(schema.type)}`);
  }
}

/** Zod source for one schema; `path` names it in error messages. */
export function emitSchema(schema: JsonSchema, path: string): string {
  rejectUnhandledKeywords(schema, path);
  if (schema.$ref) return schemaConstant(refName(schema.$ref));
  const expression = emitByType(schema, path);
  return schema.description ? `${expression}.describe(${literal(schema.description)})` : expression;
}

/** Zod source for a named component: the component's name is its OpenAPI id. */
export function emitComponent(name: string, schema: JsonSchema): string {
  const { description, ...rest } = schema;
  const meta = description === undefined ? { id: name } : { id: name, description };
  const expression = emitSchema(rest, `#/components/schemas/${name}`);
  return `export const ${schemaConstant(name)} = ${expression}.meta(${literal(meta)});`;
}
