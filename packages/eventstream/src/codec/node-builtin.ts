/**
 * A Node built-in module where the runtime has one (Node, Deno and Bun do), else `undefined`. Looked up through
 * `process.getBuiltinModule` rather than imported, so that browsers and edge runtimes, which have no `node:*`
 * modules, still load the package and take its portable paths.
 */
export function nodeBuiltin<T>(id: string): T | undefined {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return runtime?.getBuiltinModule?.(id) as T | undefined;
}
