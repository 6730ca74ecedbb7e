import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { createApp } from '../app/create-app.js';
import { loadConfig } from '../config/load-config.js';
import { createGateway } from '../create-gateway.js';

type Node = Record<string, unknown>;
interface Document {
  paths: Record<string, Record<string, Node>>;
  components: {
    schemas: Record<string, Node>;
    parameters?: Record<string, Node>;
    requestBodies?: Record<string, Node>;
  };
}

const spec = parse(readFileSync(new URL('../../../../openapi/bifrost.yaml', import.meta.url), 'utf8')) as Document;
const gateway = createGateway({ config: loadConfig({}, '/nonexistent-directory') });
const emitted = (gateway.app as ReturnType<typeof createApp>).getOpenAPI31Document({
  openapi: '3.1.0',
  info: { title: 'Heimdall', version: '1.0.0' },
}) as unknown as Document;

/** Follows `$ref`s into the document's components. */
function resolve(document: Document, node: Node): Node {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const [, , section, name] = ref.split('/');
  const target = (document.components as Record<string, Record<string, Node>>)[section ?? '']?.[name ?? ''];
  if (!target) throw new Error(`Unresolvable ${ref}`);
  return resolve(document, target);
}

/** A schema with every reference inlined and documentation dropped: what it accepts, and nothing else. */
function meaning(document: Document, node: unknown): unknown {
  if (Array.isArray(node)) return node.map((item) => meaning(document, item));
  if (!node || typeof node !== 'object') return node;
  const resolved = resolve(document, node as Node);
  const result: Node = {};
  for (const [key, value] of Object.entries(resolved)) {
    if (key === 'description' || key === 'title' || key === 'example' || key.startsWith('x-')) continue;
    // `properties: {}` says nothing.
    if (key === 'properties' && value && typeof value === 'object' && Object.keys(value).length === 0) continue;
    if (key === 'pattern' && typeof value === 'string') {
      // The same expression, however its slashes are escaped.
      result[key] = new RegExp(value).source;
      continue;
    }
    // zod-to-openapi renders a union as anyOf; with exactly-one-member branches both mean the same.
    result[key === 'anyOf' ? 'oneOf' : key] = meaning(document, value);
  }
  return result;
}

function operationsOf(document: Document) {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => {
      const parameters = ((operation.parameters as Node[] | undefined) ?? []).map((parameter) => {
        const { name, in: location, required, schema } = resolve(document, parameter);
        return { name, in: location, required, schema: meaning(document, schema) };
      });
      const body = operation.requestBody ? resolve(document, operation.requestBody as Node) : undefined;
      const content = body?.content as Record<string, { schema: Node }> | undefined;
      return {
        key: `${method.toUpperCase()} ${path}`,
        operationId: operation.operationId,
        parameters,
        requestBody: content ? meaning(document, content['application/json']?.schema) : undefined,
      };
    }),
  );
}

describe('the OpenAPI document the routes emit matches openapi/bifrost.yaml', () => {
  const expected = new Map(operationsOf(spec).map((operation) => [operation.key, operation]));
  const actual = new Map(operationsOf(emitted).map((operation) => [operation.key, operation]));

  it('serves exactly the paths and methods of the spec', () => {
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  });

  it.each([...expected.keys()])('%s has the same operationId, parameters and request schema', (key) => {
    const mine = actual.get(key);
    const theirs = expected.get(key);
    expect(mine?.operationId).toBe(theirs?.operationId);
    expect(mine?.parameters).toEqual(theirs?.parameters);
    expect(mine?.requestBody).toEqual(theirs?.requestBody);
  });
});
