// A graphql-inspector diff rule: a breaking change listed in docs/CHANGELOG.md (Unreleased, Breaking,
// as "- GraphQL: <message>") is accepted, i.e. reported as dangerous instead of breaking.
// ZHANGGUI_CHANGELOG names another changelog (the self-check's fixtures do).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const changelog = process.env.ZHANGGUI_CHANGELOG ?? resolve(here, '..', 'CHANGELOG.md');

/** The list items under "## Unreleased" / "### Breaking". */
export function listedBreakingChanges(text) {
  const listed = new Set();
  let section = null;
  let subsection = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('## ')) { section = line.slice(3).trim(); subsection = null; continue; }
    if (line.startsWith('### ')) { subsection = line.slice(4).trim(); continue; }
    if (section === 'Unreleased' && subsection === 'Breaking' && line.startsWith('- ')) {
      listed.add(printed(line.slice(2).trim()));
    }
  }
  return listed;
}

/** The message as graphql-inspector prints it: without the quotes it turns into bold. */
function printed(message) {
  return message.replace(/['"`]/g, '');
}

export default function acceptListedBreakingChanges({ changes }) {
  const listed = listedBreakingChanges(readFileSync(changelog, 'utf8'));
  return changes.map((change) => {
    if (change.criticality.level === 'BREAKING' && listed.has(printed(`GraphQL: ${change.message}`))) {
      return { ...change, criticality: { ...change.criticality, level: 'DANGEROUS', reason: 'Listed as breaking in the changelog' } };
    }
    return change;
  });
}
