import { escapeHtml, renderPage } from './page-layout.js';
import { type CodeSample, codeSamples } from './reference/code-samples.js';
import { groupOperations, groupsByTag, type OperationGroup } from './reference/group-operations.js';
import { renderBlockMarkdown } from './reference/inline-markdown.js';
import { isReference, type OpenApiDocument, referenceName, requestBodyOf } from './reference/openapi-document.js';
import { operationExamples } from './reference/operation-examples.js';
import type { RecordedExamples } from './reference/recorded-examples.js';
import { operationAnchor, renderOperationSection } from './reference/render-operation.js';
import { renderSchemaSection, schemaAnchor } from './reference/render-schema.js';
import type { SearchEntry } from './reference/search-entry.js';

export interface ApiReference {
  html: string;
  /** One entry per operation (not per path) and one per schema. */
  searchEntries: SearchEntry[];
  /** Every operation's code samples, by its section's key: written beside the page, for tools and tests to run. */
  codeSamples: Record<string, CodeSample[]>;
}

const tagAnchor = (name: string) => `tag-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

function outline(tags: ReturnType<typeof groupsByTag>, schemaNames: readonly string[]): string {
  const operations = tags.map(
    (tag) =>
      `<li><a href="#${tagAnchor(tag.name)}">${escapeHtml(tag.name)}</a><ul>${tag.groups
        .map(
          (group) =>
            `<li><a href="#${operationAnchor(group)}"><span class="method method-${group.method}">${group.method.toUpperCase()}</span> ${escapeHtml(group.title)}</a></li>`,
        )
        .join('')}</ul></li>`,
  );
  const schemas = schemaNames.length > 0 ? `<li><a href="#schemas">Schemas (${schemaNames.length})</a></li>` : '';
  return `<ul class="outline">${operations.join('')}${schemas}</ul>`;
}

function operationSearchEntry(group: OperationGroup): SearchEntry {
  const { operation } = group;
  const paths = group.paths.map((path) => path.path);
  return {
    kind: 'operation',
    title: group.title,
    context: `${group.method.toUpperCase()} ${paths[0] ?? ''}${paths.length > 1 ? ` (and ${paths.length - 1} more prefixes)` : ''}`,
    text: [
      group.key,
      ...group.paths.map((path) => `${path.operationId ?? ''} ${path.path}`),
      operation.description ?? '',
    ]
      .join(' ')
      .replace(/\s+/g, ' '),
    href: `api/index.html#${operationAnchor(group)}`,
  };
}

/**
 * Renders the API reference from the spec as one static page: each operation once, however many path prefixes the
 * spec serves it under (listed in its section), with code samples per client and examples from the recordings, then
 * every component schema. Works for whatever operations and tags the spec has.
 */
export function buildApiReference(document: OpenApiDocument, recorded: RecordedExamples): ApiReference {
  const groups = groupOperations(document);
  const tags = groupsByTag(document, groups);
  const schemas = Object.entries(document.components?.schemas ?? {});
  const samples = Object.fromEntries(
    groups.map((group) => {
      const body = requestBodyOf(document, group.operation);
      const schema = body?.media.schema;
      const request = {
        body: operationExamples(document, group, recorded).request,
        schemaName: schema ? (isReference(schema) ? referenceName(schema.$ref) : 'JSON body') : undefined,
      };
      return [group.key, codeSamples(group, recorded, request)];
    }),
  );
  const sections = tags.map(
    (tag) => `<section class="tag" id="${tagAnchor(tag.name)}">
<h2>${escapeHtml(tag.name)}</h2>
${tag.description ? renderBlockMarkdown(tag.description) : ''}
${tag.groups
  .map((group) =>
    renderOperationSection({
      document,
      group,
      samples: samples[group.key] ?? [],
      examples: operationExamples(document, group, recorded),
      examplesSource: group.operation['x-heimdall-handler']?.startsWith('converse') ? recorded.source : undefined,
    }),
  )
  .join('\n')}
</section>`,
  );
  const body = `<h1>${escapeHtml(document.info.title)} reference <span class="version">${escapeHtml(document.info.version)}</span></h1>
${document.info.description ? renderBlockMarkdown(document.info.description) : ''}
<p>Rendered from <a href="../openapi.yaml">openapi.yaml</a>, the document the gateway, its types and its validators are generated from.</p>
${sections.join('\n')}
<section id="schemas">
<h2>Schemas</h2>
${schemas.map(([name, schema]) => renderSchemaSection(name, schema, document.components?.schemas)).join('\n')}
</section>`;
  const html = renderPage({
    title: 'API reference',
    body,
    location: 'api',
    current: 'api',
    outline: outline(
      tags,
      schemas.map(([name]) => name),
    ),
  });
  const searchEntries: SearchEntry[] = [
    ...groups.map(operationSearchEntry),
    ...schemas.map(([name, schema]) => ({
      kind: 'schema' as const,
      title: name,
      context: 'Schema',
      text: schema.description ?? '',
      href: `api/index.html#${schemaAnchor(name)}`,
    })),
  ];
  return { html, searchEntries, codeSamples: samples };
}
