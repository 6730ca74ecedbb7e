/** One thing the site's search can find: a guide's section, an operation, or a schema. */
export interface SearchEntry {
  kind: 'guide' | 'operation' | 'schema';
  title: string;
  /** Shown under the title: the guide's name, or an operation's method and paths. */
  context: string;
  /** The words searched besides the title, as plain text. */
  text: string;
  /** Relative to the site's root folder. */
  href: string;
}
