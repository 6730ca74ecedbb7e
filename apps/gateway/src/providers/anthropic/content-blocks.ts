import { ValidationException } from '@heimdall/eventstream';
import type {
  CachePointBlock,
  DocumentBlock,
  ImageBlock,
  SearchResultBlock,
  ToolResultBlock,
  ToolResultContentBlock,
} from '@heimdall/spec';
import { textDocumentFormats } from '../shared/document-text.js';
import type {
  CacheControl,
  DocumentBlockParam,
  ImageBlockParam,
  SearchResultBlockParam,
  ToolResultBlockParam,
  ToolResultContentParam,
} from './messages-api-types.js';

const provider = 'Anthropic';

export function unsupported(what: string): never {
  throw new ValidationException({ message: `${provider} cannot take ${what}` });
}

/** A one-hour cache point keeps its lifetime; the default lifetime is Anthropic's own default, five minutes. */
export function cacheControlFor(cachePoint: CachePointBlock): CacheControl {
  return cachePoint.ttl === '1h' ? { type: 'ephemeral', ttl: '1h' } : { type: 'ephemeral' };
}

/**
 * Puts a cache point's marker on the block before it, which is where Anthropic marks the end of a cached prefix.
 * Thinking blocks cannot carry one. @see https://docs.anthropic.com/en/docs/build-with-claude/prompt-caching
 */
export function markCachePoint(
  blocks: { type?: string; cache_control?: CacheControl }[],
  cachePoint: CachePointBlock,
  where: string,
): void {
  const previous = blocks.at(-1);
  if (!previous || previous.type === 'thinking' || previous.type === 'redacted_thinking') {
    throw new ValidationException({
      message: `${where}: a cachePoint must follow a text, image, document, tool or tool result block to cache`,
    });
  }
  previous.cache_control = cacheControlFor(cachePoint);
}

export function imageBlock(image: ImageBlock, where: string): ImageBlockParam {
  if (!('bytes' in image.source)) unsupported(`images from S3 (${where}): send the bytes instead`);
  return { type: 'image', source: { type: 'base64', media_type: `image/${image.format}`, data: image.source.bytes } };
}

/**
 * PDFs go as base64 documents; text documents (txt, md, csv, html) as plain-text documents rather than inline text,
 * so they keep their name as title, their context and their citations setting as Bedrock presents them to Claude.
 * @see https://docs.anthropic.com/en/docs/build-with-claude/pdf-support
 * @see https://docs.anthropic.com/en/docs/build-with-claude/citations
 */
export function documentBlock(document: DocumentBlock, where: string): DocumentBlockParam {
  const format = document.format ?? 'txt';
  const { source } = document;
  const extras = {
    title: document.name,
    ...(document.context ? { context: document.context } : {}),
    ...(document.citations ? { citations: { enabled: document.citations.enabled } } : {}),
  };
  if ('s3Location' in source) unsupported(`documents from S3 (${document.name}, ${where}): send the bytes instead`);
  if (format === 'pdf') {
    if (!('bytes' in source)) unsupported(`a PDF document without its bytes (${document.name}, ${where})`);
    return {
      type: 'document',
      source: { type: 'base64', media_type: 'application/pdf', data: source.bytes },
      ...extras,
    };
  }
  if (!textDocumentFormats.has(format)) {
    unsupported(
      `"${format}" documents (${document.name}, ${where}): only pdf and ${[...textDocumentFormats].join(', ')} documents are read`,
    );
  }
  if ('content' in source) {
    const content = source.content.map((block) => ({ type: 'text' as const, text: block.text }));
    return { type: 'document', source: { type: 'content', content }, ...extras };
  }
  const text = 'text' in source ? source.text : new TextDecoder().decode(Buffer.from(source.bytes, 'base64'));
  return { type: 'document', source: { type: 'text', media_type: 'text/plain', data: text }, ...extras };
}

export function searchResultBlock(searchResult: SearchResultBlock): SearchResultBlockParam {
  return {
    type: 'search_result',
    source: searchResult.source,
    title: searchResult.title,
    content: searchResult.content.map((block) => ({ type: 'text', text: block.text })),
    ...(searchResult.citations ? { citations: { enabled: searchResult.citations.enabled } } : {}),
  };
}

function toolResultContent(block: ToolResultContentBlock, where: string): ToolResultContentParam {
  if ('text' in block) return { type: 'text', text: block.text };
  // Anthropic takes no JSON content in tool results: the model reads it as text either way.
  if ('json' in block) return { type: 'text', text: JSON.stringify(block.json) };
  if ('image' in block) return imageBlock(block.image, where);
  if ('document' in block) return documentBlock(block.document, where);
  if ('searchResult' in block) return searchResultBlock(block.searchResult);
  return unsupported(`${Object.keys(block)[0]} in a tool result (${where})`);
}

/** A tool's result; a failed tool is flagged, so the model knows the content is an error. */
export function toolResultBlock(toolResult: ToolResultBlock, where: string): ToolResultBlockParam {
  const content = toolResult.content.map((block, index) => toolResultContent(block, `${where}.content[${index}]`));
  return {
    type: 'tool_result',
    tool_use_id: toolResult.toolUseId,
    ...(content.length > 0 ? { content } : {}),
    ...(toolResult.status === 'error' ? { is_error: true } : {}),
  };
}
