// The site's search, over the guides and the API reference at once, in the browser: the index is the list of
// entries the build wrote into search-index.js (a guide's section, an operation, a schema). Every term of the query
// must appear; matches in the title rank first.
const kindLabels = { guide: 'Guide', operation: 'Operation', schema: 'Schema' };
const maximumResults = 12;

function searchEntries(entries, query) {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [];
  const scored = [];
  for (const entry of entries) {
    const title = entry.title.toLowerCase();
    const haystack = `${title} ${entry.context.toLowerCase()} ${entry.text.toLowerCase()}`;
    if (!terms.every((term) => haystack.includes(term))) continue;
    let score = 0;
    for (const term of terms) if (title.includes(term)) score += 10;
    if (title === query.toLowerCase()) score += 50;
    if (entry.kind === 'operation') score += 3;
    scored.push({ entry, score });
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, maximumResults)
    .map((item) => item.entry);
}

function showResults(list, results, root) {
  list.replaceChildren(
    ...results.map((entry) => {
      const item = document.createElement('li');
      item.className = `search-result search-result-${entry.kind}`;
      const link = document.createElement('a');
      link.href = root + entry.href;
      const kind = document.createElement('span');
      kind.className = 'search-kind';
      kind.textContent = kindLabels[entry.kind] ?? entry.kind;
      const title = document.createElement('span');
      title.className = 'search-title';
      title.textContent = entry.title;
      const context = document.createElement('span');
      context.className = 'search-context';
      context.textContent = entry.context;
      link.append(kind, title, context);
      item.append(link);
      return item;
    }),
  );
  if (results.length === 0) {
    const empty = document.createElement('li');
    empty.className = 'search-empty';
    empty.textContent = 'Nothing found';
    list.append(empty);
  }
  list.hidden = false;
}

function startSearch() {
  const input = document.getElementById('search-input');
  const list = document.getElementById('search-results');
  const entries = globalThis.heimdallSearchIndex;
  if (!input || !list || !Array.isArray(entries)) return;
  const root = document.body.dataset.root ?? '';
  input.addEventListener('input', () => {
    const query = input.value.trim();
    if (query === '') {
      list.hidden = true;
      return;
    }
    showResults(list, searchEntries(entries, query), root);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      input.value = '';
      list.hidden = true;
    }
    if (event.key === 'Enter') list.querySelector('a')?.click();
  });
  // A click on a result of this same page moves to its anchor; the list then gets out of the way.
  list.addEventListener('click', () => {
    list.hidden = true;
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && document.activeElement !== input) {
      event.preventDefault();
      input.focus();
    }
  });
}

startSearch();
