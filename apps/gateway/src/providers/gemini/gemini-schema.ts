import { ValidationException } from '@heimdall/eventstream';
import type { GeminiSchema } from './generate-content-types.js';

/** The keywords of Gemini's schema (a subset of OpenAPI 3.0's); any other keyword makes Gemini refuse the request. */
const geminiKeywords: ReadonlySet<string> = new Set([
  'type',
  'format',
  'title',
  'description',
  'nullable',
  'enum',
  'items',
  'minItems',
  'maxItems',
  'properties',
  'required',
  'minProperties',
  'maxProperties',
  'minLength',
  'maxLength',
  'pattern',
  'example',
  'anyOf',
  'propertyOrdering',
  'default',
  'minimum',
  'maximum',
]);

/** The `format`s Gemini takes, by type; others (`email`, `uri`, `uuid`, …) are refused, so they are left out. */
const formatsByType: Record<string, ReadonlySet<string>> = {
  STRING: new Set(['enum', 'date-time']),
  NUMBER: new Set(['float', 'double']),
  INTEGER: new Set(['int32', 'int64']),
};

const maximumDepth = 64;

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A JSON Schema (a tool's input schema, a structured-output schema) as a Gemini schema. Gemini refuses keywords
 * outside its subset, so the schema is mapped where it can be and stripped where it cannot:
 *
 * - `type` is upper-cased; `type: [T, "null"]` becomes `type: T` with `nullable: true`, other type lists `anyOf`;
 * - an `anyOf` or `oneOf` member `{type: "null"}` becomes `nullable: true`; `oneOf` becomes `anyOf` (looser, as
 *   Gemini has no exclusive union); `allOf` members are merged into one schema;
 * - local references (`#/$defs/…`, `#/definitions/…`) are inlined; a recursive or remote one is refused;
 * - a string `const` becomes a one-value `enum`; a type implied by `enum`, `properties` or `items` is written out;
 * - an `enum` of anything but strings, and every other keyword
 *   (`$schema`, `additionalProperties`, `exclusiveMinimum`, `multipleOf`, `uniqueItems`, `not`, `if`, `examples`,
 *   …) is left out, as is a `format` Gemini does not know for the type, and a `required` name without a property.
 * @see https://ai.google.dev/api/caching#Schema
 * @see https://ai.google.dev/gemini-api/docs/function-calling#function_declarations
 */
export function toGeminiSchema(schema: unknown, where: string): GeminiSchema {
  const root = isObject(schema) ? schema : {};
  const definitions = { ...asObject(root.definitions), ...asObject(root.$defs) };
  return convert(root, { where, definitions, references: [], depth: 0 });
}

interface Context {
  where: string;
  definitions: JsonObject;
  /** The references being inlined, outermost first, to refuse a schema that refers to itself. */
  references: string[];
  depth: number;
}

function asObject(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}

function refuse(context: Context, what: string): never {
  throw new ValidationException({ message: `${context.where}: Gemini cannot take ${what}` });
}

function resolveReference(node: JsonObject, context: Context): { node: JsonObject; context: Context } {
  const reference = node.$ref;
  if (typeof reference !== 'string') return { node, context };
  const name = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(reference)?.[1];
  if (name === undefined) refuse(context, `the schema reference "${reference}": only local #/$defs references`);
  if (context.references.includes(reference)) refuse(context, `a recursive schema ("${reference}" refers to itself)`);
  const target = context.definitions[name];
  if (!isObject(target)) refuse(context, `the schema reference "${reference}", which names no definition`);
  const { $ref: _reference, ...siblings } = node;
  return {
    node: { ...target, ...siblings },
    context: { ...context, references: [...context.references, reference] },
  };
}

function mergeAllOf(node: JsonObject): JsonObject {
  const members = Array.isArray(node.allOf) ? node.allOf.filter(isObject) : [];
  if (members.length === 0) return node;
  const { allOf: _allOf, ...rest } = node;
  const merged: JsonObject = { ...rest };
  for (const member of members) {
    for (const [keyword, value] of Object.entries(member)) {
      if (keyword === 'properties') merged.properties = { ...asObject(merged.properties), ...asObject(value) };
      else if (keyword === 'required')
        merged.required = [...new Set([...((merged.required as unknown[]) ?? []), ...(value as unknown[])])];
      else if (!(keyword in merged)) merged[keyword] = value;
    }
  }
  return merged;
}

const isNullSchema = (member: unknown) =>
  isObject(member) && member.type === 'null' && Object.keys(member).length === 1;

function convert(input: JsonObject, outer: Context): GeminiSchema {
  if (outer.depth > maximumDepth) refuse(outer, `a schema nested more than ${maximumDepth} levels deep`);
  const resolved = resolveReference(input, outer);
  const context = { ...resolved.context, depth: outer.depth + 1 };
  const node = mergeAllOf(resolved.node);
  const child = (value: unknown) => convert(asObject(value), context);
  const result: GeminiSchema = {};

  const types = (Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type]).filter(
    (type): type is string => typeof type === 'string',
  );
  const nonNull = types.filter((type) => type !== 'null');
  if (nonNull.length < types.length) result.nullable = true;
  if (nonNull.length === 1) result.type = nonNull[0]?.toUpperCase();
  else if (nonNull.length > 1) result.anyOf = nonNull.map((type) => ({ type: type.toUpperCase() }));
  else if (types.length > 0) result.type = 'NULL';

  const union = Array.isArray(node.anyOf) ? node.anyOf : Array.isArray(node.oneOf) ? node.oneOf : undefined;
  if (union) {
    if (union.some(isNullSchema)) result.nullable = true;
    const members = union.filter((member) => !isNullSchema(member)).map(child);
    if (members.length === 1 && result.type === undefined) Object.assign(result, members[0]);
    else if (members.length > 0) result.anyOf = members;
  }
  if (isObject(node.properties)) {
    result.properties = Object.fromEntries(
      Object.entries(node.properties).map(([name, value]) => [name, child(value)]),
    );
    const names = new Set(Object.keys(node.properties));
    const required = Array.isArray(node.required) ? node.required.filter((name) => names.has(name)) : [];
    if (required.length > 0) result.required = required;
  }
  if (isObject(node.items)) result.items = child(node.items);
  if (typeof node.const === 'string') result.enum = [node.const];
  if (Array.isArray(node.enum) && node.enum.every((value) => typeof value === 'string')) result.enum = node.enum;
  // Gemini wants a type beside an enum, properties or items; JSON Schema lets it be implied.
  if (result.type === undefined && result.anyOf === undefined) {
    if (result.enum) result.type = 'STRING';
    else if (result.properties) result.type = 'OBJECT';
    else if (result.items) result.type = 'ARRAY';
  }
  const format = typeof node.format === 'string' ? node.format : undefined;
  if (format && formatsByType[String(result.type)]?.has(format)) result.format = format;

  const handled = new Set(['type', 'anyOf', 'properties', 'required', 'items', 'enum', 'format']);
  for (const [keyword, value] of Object.entries(node)) {
    if (geminiKeywords.has(keyword) && !handled.has(keyword)) result[keyword] = value;
  }
  return result;
}
