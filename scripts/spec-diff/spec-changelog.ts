import type { ChangeKind, SpecChange } from './compare-specs.js';

const headings: Record<ChangeKind, string> = {
  breaking: 'Breaking changes',
  'non-breaking': 'Non-breaking changes',
  documentation: 'Documentation changes',
};

/** Past this many, the operations a change touches are counted rather than all listed. */
const operationsListed = 3;

function whereText(operations: readonly string[]): string {
  if (operations.length === 0) return 'the document';
  if (operations.length <= operationsListed) return operations.join(', ');
  const more = operations.length - operationsListed;
  return `${operations.slice(0, operationsListed).join(', ')} and ${more} more operation${more === 1 ? '' : 's'}`;
}

/** The changes as a changelog a person can read in a CI log: grouped by kind, each with where it applies. */
export function formatSpecChangelog(changes: readonly SpecChange[]): string {
  if (changes.length === 0) return 'The spec is unchanged since the last release.';
  const sections: string[] = [];
  for (const kind of Object.keys(headings) as ChangeKind[]) {
    const ofKind = changes.filter((change) => change.kind === kind);
    if (ofKind.length === 0) continue;
    const lines = ofKind.flatMap((change) => [
      `  - ${change.description}`,
      `    in ${whereText(change.operations)}`,
      ...(change.note ? [`    (${change.note})`] : []),
    ]);
    sections.push(`${headings[kind]} (${ofKind.length}):\n${lines.join('\n')}`);
  }
  return sections.join('\n\n');
}
