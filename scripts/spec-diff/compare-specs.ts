import { apiCompare, type Diff } from 'api-smart-diff';

/**
 * How a change to the spec affects its users: `breaking` when a client or a generated type written against the
 * released spec may stop working, `non-breaking` when they keep working, `documentation` when only descriptions,
 * examples and the like changed.
 */
export type ChangeKind = 'breaking' | 'non-breaking' | 'documentation';

/** One change, as it appears in every operation it touches. */
export interface SpecChange {
  kind: ChangeKind;
  description: string;
  /** `POST /model/{modelId}/converse-stream`…; empty for document-level changes (info, servers, security schemes). */
  operations: string[];
  /** Why the kind differs from the diff library's, when it does. */
  note?: string;
}

type JsonPath = Diff['path'];

const methods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/**
 * Where a raw diff sits: the operation it belongs to and its path inside that operation. Diffs under `components`
 * repeat, without their context, what the operations that use those components already say, so they are dropped;
 * security schemes are the exception, since operations only name them.
 */
function locate(path: JsonPath): { operation?: string; inner: JsonPath } | undefined {
  const [section, second, third] = path;
  if (section === 'paths') {
    if (typeof third === 'string' && methods.has(third)) {
      return { operation: `${third.toUpperCase()} ${String(second)}`, inner: path.slice(3) };
    }
    return { operation: String(second), inner: path.slice(2) };
  }
  if (section === 'components') return second === 'securitySchemes' ? { inner: path } : undefined;
  return { inner: path };
}

/**
 * The diff library follows the robustness principle for replies: a client should cope with a field it expected
 * going missing. Clients generated from this spec do not: their types declare the field, and code reads it. So a
 * property removed from a response, or made optional there, is breaking here.
 */
function isRemovedResponseField(diff: Diff, inner: JsonPath): boolean {
  if (diff.action !== 'remove' || !inner.includes('responses')) return false;
  const parent = inner.at(-2);
  return parent === 'properties' || parent === 'required';
}

/**
 * A vendor extension (`x-…`) added where there was none, or an entry added inside one (an error type a response may
 * now carry): generated types do not read extensions, and what the generator derives from them only grows.
 */
function isAddedExtension(diff: Diff, inner: JsonPath): boolean {
  return diff.action === 'add' && inner.some((segment) => typeof segment === 'string' && segment.startsWith('x-'));
}

/**
 * A whole tag or security scheme added: nothing that was there uses it, so no client of the released spec can
 * notice (an operation that starts requiring a new scheme is a change of that operation, classified there).
 */
function isAddedDeclaration(diff: Diff, inner: JsonPath): boolean {
  if (diff.action !== 'add') return false;
  return (
    (inner.length === 2 && inner[0] === 'tags') ||
    (inner.length === 3 && inner[0] === 'components' && inner[1] === 'securitySchemes')
  );
}

function kindOf(diff: Diff, inner: JsonPath): { kind: ChangeKind; note?: string } {
  if (isAddedDeclaration(diff, inner)) {
    return { kind: 'non-breaking', note: 'a new tag or security scheme, which nothing released uses' };
  }
  if (isAddedExtension(diff, inner) && diff.type !== 'breaking') {
    return { kind: 'non-breaking', note: 'a vendor extension added: clients and generated types ignore it' };
  }
  if (isRemovedResponseField(diff, inner)) {
    return diff.type === 'breaking'
      ? { kind: 'breaking' }
      : { kind: 'breaking', note: 'a field removed from a reply, or made optional there, breaks typed clients' };
  }
  switch (diff.type) {
    case 'breaking':
      return { kind: 'breaking' };
    case 'non-breaking':
    case 'deprecated':
      return { kind: 'non-breaking' };
    case 'annotation':
      return { kind: 'documentation' };
    default:
      return { kind: 'breaking', note: 'the diff could not classify this change, so it counts as breaking' };
  }
}

function fallbackDescription(diff: Diff, inner: JsonPath): string {
  const verb = { add: 'Added', remove: 'Removed', replace: 'Replaced', rename: 'Renamed' }[diff.action];
  return `[${verb}] ${inner.join('.')}`;
}

/**
 * The changes from the released spec to the current one, each listed once with the operations it touches, breaking
 * ones first. Both documents are OpenAPI 3.0 or 3.1 objects; neither is modified.
 * @see https://github.com/udamir/api-smart-diff (the diff and its classification rules)
 */
export function compareSpecs({ released, current }: { released: unknown; current: unknown }): SpecChange[] {
  // The library resolves references in place: it gets copies, so callers may compare the same objects again.
  const { diffs } = apiCompare(structuredClone(released), structuredClone(current));
  const byChange = new Map<string, SpecChange>();
  for (const diff of diffs) {
    const location = locate(diff.path);
    if (!location) continue;
    const { kind, note } = kindOf(diff, location.inner);
    const key = JSON.stringify([kind, diff.action, location.inner]);
    let change = byChange.get(key);
    if (!change) {
      change = { kind, description: '', operations: [], ...(note ? { note } : {}) };
      byChange.set(key, change);
    }
    // The library describes a shared schema's change fully only the first time it meets it.
    if (!change.description && diff.description?.trim() && !/^\[\w+\]\s+in /.test(diff.description)) {
      change.description = diff.description.trim();
    }
    if (location.operation && !change.operations.includes(location.operation)) {
      change.operations.push(location.operation);
    }
  }
  // Changes that read the same (the values of one enum, removed one by one) are listed once.
  const byDescription = new Map<string, SpecChange>();
  for (const [key, change] of byChange) {
    if (!change.description) {
      const [, action, inner] = JSON.parse(key) as [ChangeKind, Diff['action'], JsonPath];
      change.description = fallbackDescription({ action, path: inner, type: 'unclassified' }, inner);
    }
    const same = byDescription.get(JSON.stringify([change.kind, change.description]));
    if (!same) byDescription.set(JSON.stringify([change.kind, change.description]), change);
    else
      for (const operation of change.operations)
        if (!same.operations.includes(operation)) same.operations.push(operation);
  }
  const order: ChangeKind[] = ['breaking', 'non-breaking', 'documentation'];
  return [...byDescription.values()].sort((first, second) => order.indexOf(first.kind) - order.indexOf(second.kind));
}
