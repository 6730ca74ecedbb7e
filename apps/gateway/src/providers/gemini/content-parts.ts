import { ValidationException } from '@heimdall/eventstream';
import type { BedrockContentBlock, DocumentBlock, ImageBlock, ToolResultBlock, VideoBlock } from '@heimdall/spec';
import { documentAsText, textDocumentFormats } from '../shared/document-text.js';
import type { GeminiPart } from './generate-content-types.js';

export const provider = 'Gemini';

export function unsupported(what: string): never {
  throw new ValidationException({ message: `${provider} cannot take ${what}` });
}

function imagePart(image: ImageBlock, where: string): GeminiPart {
  if (!('bytes' in image.source)) unsupported(`images from S3 (${where}): send the bytes instead`);
  return { inlineData: { mimeType: `image/${image.format}`, data: image.source.bytes } };
}

/**
 * Bedrock's video formats as the MIME types Gemini reads; Matroska (`mkv`) is not among them.
 * @see https://ai.google.dev/gemini-api/docs/video-understanding#supported-formats
 */
const videoMimeTypes: Record<string, string> = {
  mp4: 'video/mp4',
  mov: 'video/mov',
  mpeg: 'video/mpeg',
  mpg: 'video/mpg',
  webm: 'video/webm',
  flv: 'video/x-flv',
  wmv: 'video/wmv',
  three_gp: 'video/3gpp',
};

function videoPart(video: VideoBlock, where: string): GeminiPart {
  const mimeType = videoMimeTypes[video.format];
  if (!mimeType) unsupported(`"${video.format}" videos (${where}): only ${Object.keys(videoMimeTypes).join(', ')}`);
  if (!('bytes' in video.source)) unsupported(`videos from S3 (${where}): send the bytes instead`);
  return { inlineData: { mimeType, data: video.source.bytes } };
}

/**
 * PDFs go as inline data, which Gemini reads page by page; text documents (txt, md, csv, html) as text with their
 * name, as the other providers get them. @see https://ai.google.dev/gemini-api/docs/document-processing
 */
function documentPart(document: DocumentBlock, where: string): GeminiPart {
  const format = document.format ?? 'txt';
  if (format === 'pdf') {
    if (!('bytes' in document.source)) unsupported(`a PDF document without its bytes (${document.name}, ${where})`);
    return { inlineData: { mimeType: 'application/pdf', data: document.source.bytes } };
  }
  if (!textDocumentFormats.has(format)) {
    unsupported(
      `"${format}" documents (${document.name}, ${where}): only pdf and ${[...textDocumentFormats].join(', ')} documents are read`,
    );
  }
  return { text: documentAsText(document, provider) };
}

/** A user's content block as a Gemini part; cache points (Gemini caches on its own) and reasoning give none. */
export function userPart(block: BedrockContentBlock, where: string): GeminiPart | undefined {
  if ('text' in block) return { text: block.text };
  if ('image' in block) return imagePart(block.image, where);
  if ('document' in block) return documentPart(block.document, where);
  if ('video' in block) return videoPart(block.video, where);
  if ('guardContent' in block) {
    const guarded = block.guardContent;
    if ('text' in guarded) return { text: guarded.text.text };
    return imagePart({ format: guarded.image.format, source: guarded.image.source }, where);
  }
  if ('searchResult' in block) {
    const { title, source, content } = block.searchResult;
    return { text: `[Search result: ${title} (${source})]\n${content.map((piece) => piece.text).join('\n')}` };
  }
  if ('citationsContent' in block) {
    return { text: (block.citationsContent.content ?? []).map((piece) => piece.text).join('') };
  }
  if ('cachePoint' in block || 'reasoningContent' in block) return undefined;
  return unsupported(`${Object.keys(block)[0]} content (${where})`);
}

/**
 * A tool's result as Gemini's function response, whose `response` is a JSON object: the result under `output`, or
 * under `error` for a failed tool, the keys Gemini documents for each. One text or JSON value goes as it is; several
 * texts as one text; a mix as a list.
 * @see https://ai.google.dev/api/caching#FunctionResponse
 */
export function functionResponse(result: ToolResultBlock, where: string): Record<string, unknown> {
  const values = result.content.map((block, index): unknown => {
    if ('text' in block) return block.text;
    if ('json' in block) return block.json;
    // A text document reads as text; anything else (a PDF) has no place in a JSON response.
    if ('document' in block && block.document.format !== 'pdf') return documentAsText(block.document, provider);
    return unsupported(
      `${Object.keys(block)[0]} in a tool result (${where}.content[${index}]): tool results are sent as JSON`,
    );
  });
  const output =
    values.length === 1 ? values[0] : values.every((value) => typeof value === 'string') ? values.join('\n') : values;
  return result.status === 'error' ? { error: output ?? '' } : { output: output ?? '' };
}
