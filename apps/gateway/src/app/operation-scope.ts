/** An operation as the app registers it: its method and its path template from the spec. */
export interface OperationPlace {
  method: string;
  path: string;
}

const isTemplate = (path: string) => path.includes('{');

/** `/a/{id}` → a pattern matching one path segment where the parameter is. */
function templatePattern(path: string): RegExp {
  const source = path
    .split(/\{\w+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${source}$`);
}

/**
 * Whether a request belongs to `operation`, for the middleware registered on its path: the method must be the
 * operation's (HEAD counts as GET, as the router serves it), and a fixed path of another operation with that method
 * wins over a parameter (`/virtual-keys/quota` is not `/virtual-keys/{vk_id}`), as the router's order makes it.
 * Without this, the middleware of one operation (its authentication above all) would run for another's requests.
 */
export function operationScope(
  operation: OperationPlace,
  all: readonly OperationPlace[],
): (method: string, pathname: string) => boolean {
  const shadowing = isTemplate(operation.path)
    ? all.filter(
        (other) =>
          other.method === operation.method &&
          !isTemplate(other.path) &&
          templatePattern(operation.path).test(other.path),
      )
    : [];
  const shadowed = new Set(shadowing.map((other) => other.path));
  return (method, pathname) => {
    const requested = method.toLowerCase() === 'head' ? 'get' : method.toLowerCase();
    return requested === operation.method && !shadowed.has(pathname);
  };
}
