import { type JsonSchema, refName } from '../spec-document.js';

function collectRefs(schema: unknown, into: Set<string>): void {
  if (Array.isArray(schema)) {
    for (const item of schema) collectRefs(item, into);
  } else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      if (key === '$ref' && typeof value === 'string') into.add(refName(value));
      else collectRefs(value, into);
    }
  }
}

/**
 * Orders the components so that each comes after every component it refers to: the generated module
 * declares plain constants, which cannot refer forward. A cycle is reported rather than papered over.
 */
export function orderComponents(schemas: Record<string, JsonSchema>): string[] {
  const ordered: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, trail: string[]): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') {
      throw new Error(`Recursive schemas are not supported: ${[...trail, name].join(' → ')}`);
    }
    const schema = schemas[name];
    if (!schema) throw new Error(`${trail.at(-1)} refers to ${name}, which is not in components.schemas`);
    state.set(name, 'visiting');
    const refs = new Set<string>();
    collectRefs(schema, refs);
    for (const ref of refs) visit(ref, [...trail, name]);
    state.set(name, 'done');
    ordered.push(name);
  };
  for (const name of Object.keys(schemas)) visit(name, []);
  return ordered;
}
