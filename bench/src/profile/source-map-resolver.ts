import { existsSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeLocation, LocationResolver } from './cpu-profile.js';

/**
 * Reads profile URLs as places in the repository: compiled workspace files are traced back to their TypeScript
 * source through the `.js.map` next to them; packages are named after their folder under `node_modules`.
 */
export function createSourceMapResolver({ repositoryRoot }: { repositoryRoot: string }): LocationResolver {
  const maps = new Map<string, SourceMap | undefined>();
  const pathOf = (url: string) => (url.startsWith('file://') ? fileURLToPath(url) : undefined);
  const repositoryPath = (path: string) => relative(repositoryRoot, path).split(sep).join('/');

  const mapFor = (path: string): SourceMap | undefined => {
    if (!maps.has(path)) {
      const mapPath = `${path}.map`;
      let map: SourceMap | undefined;
      if (existsSync(mapPath)) map = new SourceMap(JSON.parse(readFileSync(mapPath, 'utf8')) as SourceMapPayload);
      maps.set(path, map);
    }
    return maps.get(path);
  };

  const packageOf = (path: string): string | undefined => {
    const marker = `${sep}node_modules${sep}`;
    const index = path.lastIndexOf(marker);
    if (index === -1) return undefined;
    const [first = '', second = ''] = path.slice(index + marker.length).split(sep);
    return first.startsWith('@') ? `${first}/${second}` : first;
  };

  return {
    locate(url, line, column): CodeLocation {
      const path = pathOf(url);
      if (path === undefined) return { file: url, line: line + 1 };
      const packageName = packageOf(path);
      if (packageName !== undefined) {
        const inside = path
          .slice(path.lastIndexOf(`${sep}node_modules${sep}`) + 14)
          .split(sep)
          .join('/');
        return { file: inside, line: line + 1 };
      }
      const entry = mapFor(path)?.findEntry(line, column);
      if (entry && 'originalSource' in entry) {
        const source = entry.originalSource.startsWith('file://')
          ? fileURLToPath(entry.originalSource)
          : resolve(dirname(path), entry.originalSource);
        return { file: repositoryPath(source), line: entry.originalLine + 1 };
      }
      return { file: repositoryPath(path), line: line + 1 };
    },
    moduleOf(url) {
      if (url.startsWith('node:')) return 'node';
      const path = pathOf(url);
      if (path === undefined) return 'other';
      const packageName = packageOf(path);
      if (packageName !== undefined) return packageName;
      const [area, name] = repositoryPath(path).split('/');
      return area && name ? `${area}/${name}` : repositoryPath(path);
    },
    isProjectCode(url) {
      const path = pathOf(url);
      return path !== undefined && packageOf(path) === undefined && !relative(repositoryRoot, path).startsWith('..');
    },
  };
}
