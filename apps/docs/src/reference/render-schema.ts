import { escapeHtml } from '../page-layout.js';
import { renderInlineMarkdown } from './inline-markdown.js';
import { isReference, referenceName, type Schema } from './openapi-document.js';

/** The anchor of a component schema's section on the reference page. */
export function schemaAnchor(name: string): string {
  return `schema-${name}`;
}

/** A schema's type in a few words, `$ref`s as links to their sections: `array of [Message]`, `string (enum)`. */
export function describeType(schema: Schema | undefined): string {
  if (!schema) return 'any';
  if (isReference(schema)) {
    const name = referenceName(schema.$ref);
    return `<a href="#${schemaAnchor(name)}">${escapeHtml(name)}</a>`;
  }
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) return `one of ${variants.map((variant) => describeType(variant)).join(', ')}`;
  if (schema.allOf) return schema.allOf.map((part) => describeType(part)).join(' and ');
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.includes('array')) return `array of ${describeType(schema.items)}`;
  if (schema.const !== undefined) return `<code>${escapeHtml(JSON.stringify(schema.const))}</code>`;
  if (schema.properties && (types.length === 0 || types.includes('object'))) {
    const fields = Object.entries(schema.properties).map(
      ([name, field]) => `${escapeHtml(name)}: ${describeType(field)}`,
    );
    return fields.length <= 3 ? `{ ${fields.join(', ')} }` : 'object';
  }
  let text = types.length > 0 ? escapeHtml(types.join(' or ')) : 'any';
  if (schema.format) text += ` (${escapeHtml(schema.format)})`;
  if (types.includes('object') && typeof schema.additionalProperties === 'object') {
    text = `map of ${describeType(schema.additionalProperties)}`;
  }
  return text;
}

/** The limits a schema puts on a value, as short notes under its description. */
function constraints(schema: Schema): string[] {
  const notes: string[] = [];
  if (schema.enum)
    notes.push(`One of ${schema.enum.map((value) => `<code>${escapeHtml(String(value))}</code>`).join(', ')}.`);
  const range = (label: string, low: number | undefined, high: number | undefined) => {
    if (low !== undefined && high !== undefined) notes.push(`${label} ${low} to ${high}.`);
    else if (low !== undefined) notes.push(`${label} at least ${low}.`);
    else if (high !== undefined) notes.push(`${label} at most ${high}.`);
  };
  range('From', schema.minimum, schema.maximum);
  range('Length', schema.minLength, schema.maxLength);
  range('Items', schema.minItems, schema.maxItems);
  if (schema.default !== undefined) notes.push(`Default <code>${escapeHtml(JSON.stringify(schema.default))}</code>.`);
  return notes;
}

/** The component schemas, to describe a field by the schema it refers to when it has no description of its own. */
export type SchemaCatalogue = Readonly<Record<string, Schema>>;

/** The first sentence of the schema a field refers to (directly or as its items), as its description. */
function referredDescription(schema: Schema, catalogue: SchemaCatalogue): string | undefined {
  const target = schema.$ref ?? schema.items?.$ref;
  const description = target ? catalogue[referenceName(target)]?.description : undefined;
  return description?.trim().split(/(?<=\.)\s/)[0];
}

function describe(schema: Schema, catalogue: SchemaCatalogue = {}): string {
  const own = schema.description ?? referredDescription(schema, catalogue);
  const parts = [own ? renderInlineMarkdown(own) : '', ...constraints(schema)];
  return parts.filter(Boolean).join(' ');
}

/** The fields of an object schema as a table: name, type, whether required, and what it means. */
export function renderProperties(schema: Schema, catalogue: SchemaCatalogue = {}): string {
  const properties = Object.entries(schema.properties ?? {});
  if (properties.length === 0) return '';
  const required = new Set(schema.required ?? []);
  const rows = properties.map(
    ([name, property]) =>
      `<tr><td><code>${escapeHtml(name)}</code>${required.has(name) ? ' <span class="required">required</span>' : ''}</td><td>${describeType(property)}</td><td>${describe(property, catalogue)}</td></tr>`,
  );
  return `<table class="fields"><thead><tr><th>Field</th><th>Type</th><th>Description</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/** The alternatives of a `oneOf`/`anyOf`, one per line, so that each can be read and followed. */
function renderVariants(schema: Schema): string {
  const variants = schema.oneOf ?? schema.anyOf;
  if (!variants) return '';
  const items = variants.map((variant) => {
    const note = isReference(variant) ? '' : describe(variant);
    return `<li>${describeType(variant)}${note ? ` — ${note}` : ''}</li>`;
  });
  return `<p>One of:</p>
<ul class="variants">
${items.join('\n')}
</ul>`;
}

/** A component schema's section: its description, its type, its fields or variants. */
export function renderSchemaSection(name: string, schema: Schema, catalogue: SchemaCatalogue = {}): string {
  const parts = [
    `<section class="schema" id="${schemaAnchor(name)}">`,
    `<h3>${escapeHtml(name)}</h3>`,
    schema.description ? `<p>${renderInlineMarkdown(schema.description)}</p>` : '',
    schema.properties || schema.oneOf || schema.anyOf ? '' : `<p class="schema-type">${describeType(schema)}</p>`,
    constraints(schema).length > 0 && !schema.properties ? `<p>${constraints(schema).join(' ')}</p>` : '',
    renderVariants(schema),
    renderProperties(schema, catalogue),
    '</section>',
  ];
  return parts.filter(Boolean).join('\n');
}
