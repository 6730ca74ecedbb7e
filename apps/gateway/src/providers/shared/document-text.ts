import { ValidationException } from '@heimdall/eventstream';
import type { DocumentBlock } from '@heimdall/spec';

/** Document formats whose bytes are text, so any provider can read them inline. */
export const textDocumentFormats: ReadonlySet<string> = new Set(['txt', 'md', 'csv', 'html']);

/**
 * The text of a text document (txt, md, csv, html), from its bytes, its text, or its content blocks, introduced by
 * its name so that the model can refer to it.
 */
export function documentAsText(document: DocumentBlock, provider: string): string {
  const format = document.format ?? 'txt';
  if (!textDocumentFormats.has(format)) {
    throw new ValidationException({
      message: `${provider} cannot read "${format}" documents (${document.name}): only ${[...textDocumentFormats].join(', ')} documents are sent to it, as text`,
    });
  }
  const { source } = document;
  let text: string;
  if ('bytes' in source) text = new TextDecoder().decode(Buffer.from(source.bytes, 'base64'));
  else if ('text' in source) text = source.text;
  else if ('content' in source) text = source.content.map((block) => block.text).join('\n');
  else
    throw new ValidationException({
      message: `${provider} cannot read documents from S3 (${document.name}): send the bytes instead`,
    });
  return `[Document: ${document.name}]\n${text}`;
}
