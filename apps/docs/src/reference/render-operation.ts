import { highlightCode } from '../highlight-code.js';
import { escapeHtml } from '../page-layout.js';
import { formatJson } from './code-sample-language.js';
import type { CodeSample } from './code-samples.js';
import type { OperationGroup } from './group-operations.js';
import { renderBlockMarkdown, renderInlineMarkdown } from './inline-markdown.js';
import {
  type OpenApiDocument,
  type Parameter,
  type RequestBody,
  type Response,
  resolveReference,
  type Schema,
} from './openapi-document.js';
import { describeType, renderProperties } from './render-schema.js';

/** The anchor of an operation's section, which the search links to. */
export function operationAnchor(group: OperationGroup): string {
  return `operation-${group.key}`;
}

/** What a section shows as examples, beside the schemas. */
export interface OperationExamples {
  request?: unknown;
  /** Examples of the success reply; each with a caption saying what it is. */
  replies: { caption: string; value: unknown }[];
}

export interface OperationSectionOptions {
  document: OpenApiDocument;
  group: OperationGroup;
  samples: readonly CodeSample[];
  examples: OperationExamples;
  /** Where the recorded examples come from, said under them. */
  examplesSource?: string;
}

function renderPaths(group: OperationGroup): string {
  if (group.paths.length === 1) return '';
  const rows = group.paths.map(
    (path) =>
      `<tr><td><code>${escapeHtml(path.path)}</code></td><td>${escapeHtml(path.tags.join(', '))}</td><td><code>${escapeHtml(path.operationId ?? '')}</code></td></tr>`,
  );
  return `<details class="paths" open><summary>Served at ${group.paths.length} paths, one per client prefix: they behave the same</summary>
<table><thead><tr><th>Path</th><th>Tag</th><th>Operation id</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></details>`;
}

function renderParameters(document: OpenApiDocument, group: OperationGroup): string {
  const parameters = (group.operation.parameters ?? []).map((parameter) =>
    resolveReference<Parameter>(document, parameter),
  );
  if (parameters.length === 0) return '';
  const rows = parameters.map(
    (parameter) =>
      `<tr><td><code>${escapeHtml(parameter.name)}</code>${parameter.required ? ' <span class="required">required</span>' : ''}</td><td>${escapeHtml(parameter.in)}</td><td>${describeType(parameter.schema)}</td><td>${parameter.description ? renderInlineMarkdown(parameter.description) : ''}</td></tr>`,
  );
  return `<h4>Parameters</h4>
<table class="fields parameters"><thead><tr><th>Name</th><th>In</th><th>Type</th><th>Description</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

function renderRequestBody(document: OpenApiDocument, group: OperationGroup): string {
  if (!group.operation.requestBody) return '';
  const body = resolveReference<RequestBody>(document, group.operation.requestBody);
  const [mediaType, media] = Object.entries(body.content ?? {})[0] ?? [];
  if (!mediaType) return '';
  const schema = media?.schema ? resolveReference<Schema>(document, media.schema) : undefined;
  return `<h4>Request body <code>${escapeHtml(mediaType)}</code>: ${describeType(media?.schema)}</h4>
${schema?.description ? `<p>${renderInlineMarkdown(schema.description)}</p>` : ''}
${schema ? renderProperties(schema, document.components?.schemas) : ''}`;
}

function renderResponses(document: OpenApiDocument, group: OperationGroup): string {
  const rows = Object.entries(group.operation.responses ?? {}).map(([status, value]) => {
    const response = resolveReference<Response>(document, value);
    const [mediaType, media] = Object.entries(response.content ?? {})[0] ?? [];
    const body = mediaType ? `<code>${escapeHtml(mediaType)}</code>: ${describeType(media?.schema)}` : '';
    return `<tr><td><code>${escapeHtml(status)}</code></td><td>${response.description ? renderInlineMarkdown(response.description) : ''}</td><td>${body}</td></tr>`;
  });
  if (rows.length === 0) return '';
  return `<h4>Responses</h4>
<table class="fields"><thead><tr><th>Status</th><th>Meaning</th><th>Body</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

/** The samples as tabs, one per client; the first is shown, the others once their tab is picked. */
function renderSamples(group: OperationGroup, samples: readonly CodeSample[]): string {
  if (samples.length === 0) return '';
  const id = (index: number) => `sample-${group.key}-${index}`;
  const tabs = samples.map(
    (sample, index) =>
      `<button type="button" role="tab" id="${id(index)}-tab" aria-controls="${id(index)}" aria-selected="${index === 0}">${escapeHtml(sample.client)}</button>`,
  );
  const panels = samples.map(
    (sample, index) =>
      `<div role="tabpanel" id="${id(index)}" aria-labelledby="${id(index)}-tab"${index === 0 ? '' : ' hidden'}>${highlightCode(sample.source, sample.language)}</div>`,
  );
  return `<div class="code-samples">
<div role="tablist" aria-label="Code samples">${tabs.join('')}</div>
${panels.join('\n')}
</div>`;
}

function renderExamples({ examples, examplesSource }: OperationSectionOptions): string {
  const blocks: string[] = [];
  if (examples.request !== undefined) {
    blocks.push(`<p class="example-caption">Request body</p>`, highlightCode(formatJson(examples.request), 'json'));
  }
  for (const reply of examples.replies) {
    blocks.push(
      `<p class="example-caption">${escapeHtml(reply.caption)}</p>`,
      highlightCode(formatJson(reply.value), 'json'),
    );
  }
  if (blocks.length === 0) return '';
  const source = examplesSource ? `<p class="example-source">${escapeHtml(examplesSource)}</p>` : '';
  return `<h4>Examples</h4>\n${blocks.join('\n')}\n${source}`;
}

/** One operation's section: what it does, where it is served, what it takes and answers, and how to call it. */
export function renderOperationSection(options: OperationSectionOptions): string {
  const { document, group, samples } = options;
  const { operation } = group;
  const primary = group.paths[0];
  return `<section class="operation" id="${operationAnchor(group)}">
<h3>${escapeHtml(group.title)}</h3>
<p class="endpoint"><span class="method method-${group.method}">${group.method.toUpperCase()}</span> <code>${escapeHtml(primary?.path ?? '')}</code></p>
${renderPaths(group)}
${operation.description ? renderBlockMarkdown(operation.description) : ''}
<div class="operation-columns">
<div class="operation-schema">
${renderParameters(document, group)}
${renderRequestBody(document, group)}
${renderResponses(document, group)}
</div>
<div class="operation-samples">
<h4>Code samples</h4>
${renderSamples(group, samples)}
${renderExamples(options)}
</div>
</div>
</section>`;
}
