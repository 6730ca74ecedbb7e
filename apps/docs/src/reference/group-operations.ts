import { httpMethods, type OpenApiDocument, type Operation } from './openapi-document.js';

/** One place an operation is served: the spec repeats some operations under several path prefixes. */
export interface OperationPath {
  method: string;
  path: string;
  operationId: string | undefined;
  tags: string[];
}

/** One operation as the reader sees it: what it does, once, with every path that serves it. */
export interface OperationGroup {
  /** Unique on the page: the handler that serves every path of the group, else the lone path's operation id. */
  key: string;
  /** The operation whose summary, parameters and responses the page shows: the one at the shortest path. */
  operation: Operation;
  method: string;
  /** The shortest path first (Amazon Bedrock's own path for the Converse operations), then the spec's order. */
  paths: OperationPath[];
  /** The tag the group is listed under: its shortest path's first tag. */
  tag: string;
  /** What the paths' summaries have in common, without what tells one path from another. */
  title: string;
}

const untagged = 'Other';

interface Member {
  path: OperationPath;
  operation: Operation;
}

/** The spec's operations in its order, each with where it is served. */
function members(document: OpenApiDocument): Member[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    httpMethods.flatMap((method) => {
      const operation = item[method] as Operation | undefined;
      if (!operation) return [];
      return [{ path: { method, path, operationId: operation.operationId, tags: operation.tags ?? [] }, operation }];
    }),
  );
}

/**
 * Collects the spec's operations into one group per operation a reader would name: the spec lists Converse once per
 * client prefix (`/bedrock`, `/litellm`, …) because each prefix is a real route, but it is one operation to read
 * about and to search for. Operations join a group when they have the same handler (`x-heimdall-handler`), the same
 * method, and a path that is the group's shortest path under a prefix; anything else (no handler, another method,
 * another path) is a group of its own. Groups keep the order in which the spec first names them.
 */
export function groupOperations(document: OpenApiDocument): OperationGroup[] {
  const all = members(document);
  const byShortest = [...all].sort((a, b) => a.path.path.length - b.path.path.length);
  const groups: Member[][] = [];
  for (const member of byShortest) {
    const handler = member.operation['x-heimdall-handler'];
    const group = handler
      ? groups.find(([first]) => {
          if (!first || first.operation['x-heimdall-handler'] !== handler) return false;
          return first.path.method === member.path.method && member.path.path.endsWith(first.path.path);
        })
      : undefined;
    if (group) group.push(member);
    else groups.push([member]);
  }
  const specOrder = (group: Member[]) => Math.min(...group.map((member) => all.indexOf(member)));
  groups.sort((a, b) => specOrder(a) - specOrder(b));

  // A handler's name is the section's key when it names one group only; otherwise the shortest path's operation id.
  const groupsPerHandler = new Map<string, number>();
  for (const [first] of groups) {
    const handler = first?.operation['x-heimdall-handler'];
    if (handler) groupsPerHandler.set(handler, (groupsPerHandler.get(handler) ?? 0) + 1);
  }
  return groups.map((group) => {
    const first = group[0] as Member;
    const handler = first.operation['x-heimdall-handler'];
    const key =
      handler && groupsPerHandler.get(handler) === 1
        ? handler
        : (first.path.operationId ?? `${first.path.method}-${first.path.path}`);
    return {
      key,
      operation: first.operation,
      method: first.path.method,
      // Members were added shortest path first; among equals, the spec's order.
      paths: group.map((member) => member.path),
      tag: first.path.tags[0] ?? untagged,
      title: commonSummary(group.map((member) => member.operation.summary)) ?? key,
    };
  });
}

/**
 * The words every summary starts with, a trailing bracket or dash dropped: `Converse with model (LiteLLM format)` and
 * `Converse with model (Amazon Bedrock path)` are `Converse with model`. A lone summary is kept whole.
 */
export function commonSummary(summaries: readonly (string | undefined)[]): string | undefined {
  const known = summaries.filter((summary): summary is string => Boolean(summary));
  const [first, ...others] = known;
  if (first === undefined) return undefined;
  if (others.length === 0) return first;
  const words = first.split(' ');
  let length = words.length;
  for (const other of others) {
    const otherWords = other.split(' ');
    let same = 0;
    while (same < length && words[same] === otherWords[same]) same++;
    length = same;
  }
  const common = words
    .slice(0, length)
    .join(' ')
    .replace(/[\s(\-–—:,]+$/, '');
  return common === '' ? first : common;
}

/** The tags in the spec's order, each with its groups; tags left without a group (all moved into one) drop out. */
export function groupsByTag(
  document: OpenApiDocument,
  groups: readonly OperationGroup[],
): { name: string; description: string | undefined; groups: OperationGroup[] }[] {
  const declared = (document.tags ?? []).map((tag) => tag.name);
  const names = [...new Set([...declared, ...groups.map((group) => group.tag)])];
  return names
    .map((name) => ({
      name,
      description: document.tags?.find((tag) => tag.name === name)?.description,
      groups: groups.filter((group) => group.tag === name),
    }))
    .filter((tag) => tag.groups.length > 0);
}
