import { describe, expect, it } from 'vitest';
import { compareSpecs, type SpecChange } from './compare-specs.js';
import {
  addOptionalRequestField,
  loadRepositorySpec,
  propertiesOf,
  requireRequestField,
  schemaOf,
} from './spec-edits.js';

const ofKind = (changes: SpecChange[], kind: SpecChange['kind']) => changes.filter((change) => change.kind === kind);
const mentioning = (changes: SpecChange[], text: string) =>
  changes.filter((change) => change.description.includes(text));

describe('breaking changes to the spec, told apart from compatible ones', () => {
  it('finds nothing when the spec did not change', () => {
    expect(compareSpecs({ released: loadRepositorySpec(), current: loadRepositorySpec() })).toEqual([]);
  });

  it('lets an optional request field and a reworded description through as non-breaking', () => {
    const changes = compareSpecs({
      released: loadRepositorySpec(),
      current: addOptionalRequestField(loadRepositorySpec()),
    });

    expect(ofKind(changes, 'breaking')).toEqual([]);
    expect(mentioning(ofKind(changes, 'non-breaking'), 'seed')).toHaveLength(1);
    expect(ofKind(changes, 'documentation').length).toBeGreaterThan(0);
  });

  it('lets a vendor extension added to a response through as non-breaking', () => {
    const current = loadRepositorySpec();
    const { responses } = current.components as unknown as { responses: Record<string, Record<string, unknown>> };
    for (const response of Object.values(responses)) response['x-example-flag'] = true;
    const changes = compareSpecs({ released: loadRepositorySpec(), current });
    expect(ofKind(changes, 'breaking')).toEqual([]);
    expect(mentioning(ofKind(changes, 'non-breaking'), 'x-example-flag').length).toBeGreaterThan(0);
  });

  it('lets an error type added to a response through as non-breaking', () => {
    const released = loadRepositorySpec();
    const { responses } = released.components as unknown as {
      responses: Record<string, { 'x-amzn-error-types'?: string[] }>;
    };
    const withTypes = Object.values(responses).find((response) => (response['x-amzn-error-types']?.length ?? 0) > 1);
    if (!withTypes) throw new Error('the spec has no response with several error types');
    withTypes['x-amzn-error-types'] = withTypes['x-amzn-error-types']?.slice(0, 1);
    const changes = compareSpecs({ released, current: loadRepositorySpec() });
    expect(ofKind(changes, 'breaking')).toEqual([]);
  });

  it('lets a new tag and a new security scheme through as non-breaking, since nothing released uses them', () => {
    const current = loadRepositorySpec() as unknown as {
      tags: { name: string }[];
      components: { securitySchemes: Record<string, unknown> };
    };
    current.tags.push({ name: 'Example' });
    current.components.securitySchemes.ExampleAuth = { type: 'http', scheme: 'bearer' };
    const changes = compareSpecs({ released: loadRepositorySpec(), current });
    expect(ofKind(changes, 'breaking')).toEqual([]);
    expect(mentioning(ofKind(changes, 'non-breaking'), 'ExampleAuth')).toHaveLength(1);
  });

  it('flags a newly required request field as breaking, in every operation that takes it', () => {
    const changes = compareSpecs({
      released: loadRepositorySpec(),
      current: requireRequestField(loadRepositorySpec()),
    });

    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'breaking' });
    expect(changes[0]?.description).toContain('inferenceConfig.maxTokens');
    expect(changes[0]?.operations).toContain('POST /model/{modelId}/converse-stream');
    expect(changes[0]?.operations).toHaveLength(12);
  });

  it('flags a removed operation, a field removed from a reply, a narrowed enum and a changed type as breaking', () => {
    const current = loadRepositorySpec();
    delete current.paths['/litellm/model/{modelId}/converse'];
    const metadata = schemaOf(current, 'ConverseStreamMetadataEvent');
    delete propertiesOf(metadata).metrics;
    metadata.required = ['usage'];
    schemaOf(current, 'ImageFormat').enum = ['png', 'jpeg'];
    propertiesOf(schemaOf(current, 'InferenceConfiguration')).maxTokens = { type: 'string' };

    const breaking = ofKind(compareSpecs({ released: loadRepositorySpec(), current }), 'breaking');
    const fieldRemoved = mentioning(breaking, 'property `metrics`');

    expect(mentioning(breaking, 'operation POST /litellm/model/{modelId}/converse')).toHaveLength(1);
    expect(fieldRemoved).toHaveLength(1);
    expect(fieldRemoved[0]?.note).toMatch(/breaks typed clients/);
    expect(mentioning(breaking, 'possible values of `messages[].content[].image.format`')).toHaveLength(1);
    expect(mentioning(breaking, 'type definition of `inferenceConfig.maxTokens`')).toHaveLength(1);
  });
});
