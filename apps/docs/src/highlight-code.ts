import highlightJs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import http from 'highlight.js/lib/languages/http';
import ini from 'highlight.js/lib/languages/ini';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import typescript from 'highlight.js/lib/languages/typescript';
import yaml from 'highlight.js/lib/languages/yaml';
import { escapeHtml } from './page-layout.js';

// Only the languages the guides and the samples are written in: the core plus these stays small and fast.
const languages = { bash, dockerfile, http, ini, javascript, json, python, typescript, yaml };
for (const [name, definition] of Object.entries(languages)) highlightJs.registerLanguage(name, definition);
highlightJs.registerAliases(['sh', 'shell', 'console'], { languageName: 'bash' });
highlightJs.registerAliases(['ts', 'tsx'], { languageName: 'typescript' });
highlightJs.registerAliases(['js', 'mjs'], { languageName: 'javascript' });
highlightJs.registerAliases(['py'], { languageName: 'python' });
highlightJs.registerAliases(['toml', 'env'], { languageName: 'ini' });
highlightJs.registerAliases(['yml'], { languageName: 'yaml' });

/**
 * A code block as HTML, highlighted at build time (highlight.js classes, coloured by the site's stylesheet), so the
 * pages need no highlighting script. A block with no language, or one not registered here, is escaped and shown as
 * it is rather than guessed at.
 */
export function highlightCode(code: string, language: string | undefined): string {
  const name = language?.trim().split(/\s+/)[0]?.toLowerCase();
  if (name && highlightJs.getLanguage(name)) {
    const { value } = highlightJs.highlight(code, { language: name, ignoreIllegals: true });
    return `<pre class="code-block" data-language="${escapeHtml(name)}"><code class="hljs">${value}</code></pre>`;
  }
  return `<pre class="code-block"><code>${escapeHtml(code)}</code></pre>`;
}
