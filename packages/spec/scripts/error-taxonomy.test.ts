import { describe, expect, it } from 'vitest';
import { errorTaxonomy } from './error-taxonomy.js';
import { readSpec, type SpecDocument } from './spec-document.js';

const spec = await readSpec();

/** The spec with its ModelStreamErrorException payload schema changed by `edit`. */
function withStreamOnlySchema(edit: (schema: Record<string, unknown>) => void): SpecDocument {
  const copy = structuredClone(spec);
  edit(copy.components.schemas.ModelStreamErrorException as Record<string, unknown>);
  return copy;
}

describe('errorTaxonomy', () => {
  it('lists each error type once, with the status and retryability of its error response', () => {
    const types = errorTaxonomy(spec);
    expect(new Set(types.map((type) => type.name)).size).toBe(types.length);
    expect(types.find((type) => type.name === 'ModelNotReadyException')).toMatchObject({
      status: 429,
      retryable: true,
      preStream: true,
      streamMember: undefined,
    });
    expect(types.find((type) => type.name === 'ThrottlingException')).toMatchObject({
      streamMember: 'throttlingException',
    });
  });

  it('adds the types only ever streamed, with the status and fields their payload schema gives', () => {
    expect(errorTaxonomy(spec).find((type) => type.name === 'ModelStreamErrorException')).toEqual({
      name: 'ModelStreamErrorException',
      status: 424,
      retryable: true,
      preStream: false,
      streamMember: 'modelStreamErrorException',
      fields: [
        { name: 'originalStatusCode', kind: 'number', description: 'The status the model returned.' },
        { name: 'originalMessage', kind: 'string', description: 'The message the model returned.' },
      ],
    });
  });

  it('gives a type the members of the error body marked as its own', () => {
    const modelError = errorTaxonomy(spec).find((type) => type.name === 'ModelErrorException');
    expect(modelError?.fields.map((field) => field.name)).toEqual(['originalStatusCode', 'resourceName']);
  });

  it('refuses a streamed-only type whose schema does not say its status or retryability', () => {
    const noStatus = withStreamOnlySchema((schema) => delete schema['x-heimdall-error-status']);
    expect(() => errorTaxonomy(noStatus)).toThrow(
      'components.schemas.ModelStreamErrorException is only streamed, so it needs x-heimdall-error-status',
    );
    const noRetryable = withStreamOnlySchema((schema) => delete schema['x-heimdall-retryable']);
    expect(() => errorTaxonomy(noRetryable)).toThrow(
      'components.schemas.ModelStreamErrorException needs x-heimdall-retryable: true or false',
    );
  });
});
