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

/**
 * Collects the spec's operations into one group per handler (`x-heimdall-handler`): the spec lists Converse once per
 * client prefix (`/bedrock`, `/litellm`, …) because each prefix is a real route, but it is one operation to read
 * about and to search for. An operation without the extension stays a group of its own. Groups keep the order in
 * which the spec first names them.
 */
export function groupOperations(document: OpenApiDocument): OperationGroup[] {
  const groups = new Map<string, { method: string; members: { path: OperationPath; operation: Operation }[] }>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of httpMethods) {
      const operation = item[method] as Operation | undefined;
      if (!operation) continue;
      const handler = operation['x-heimdall-handler'];
      const key = handler ?? operation.operationId ?? `${method} ${path}`;
      const member = {
        path: { method, path, operationId: operation.operationId, tags: operation.tags ?? [] },
        operation,
      };
      const group = groups.get(key);
      if (!group) groups.set(key, { method, members: [member] });
      else if (group.method !== method) {
        throw new Error(`The handler ${key} serves both ${group.method} and ${method}: a group needs one method`);
      } else group.members.push(member);
    }
  }
  return [...groups].map(([key, { method, members }]) => {
    const ordered = [...members].sort((a, b) => a.path.path.length - b.path.path.length);
    const first = ordered[0] as (typeof ordered)[number];
    return {
      key,
      operation: first.operation,
      method,
      paths: ordered.map((member) => member.path),
      tag: first.path.tags[0] ?? untagged,
      title: commonSummary(ordered.map((member) => member.operation.summary)) ?? key,
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
