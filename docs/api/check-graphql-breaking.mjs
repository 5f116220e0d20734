// Fails on a breaking change from the released GraphQL schema to the current one, unless
// docs/CHANGELOG.md lists it (see graphql-changelog-rule.mjs). Runs graphql-inspector's diff.
// Usage: node check-graphql-breaking.mjs [released.graphql current.graphql]  (ZHANGGUI_CHANGELOG: another changelog)
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [released = join(here, 'released', 'schema.graphql'), current = join(here, 'schema.graphql')] = process.argv.slice(2);

// SmallRye GraphQL leaves its scalars out of /graphql/schema.graphql; declare the ones missing so
// that the schema loads as SDL.
const SMALLRYE_SCALARS = ['BigDecimal', 'BigInteger', 'Date', 'DateTime', 'Time', 'Duration', 'Long', 'Void'];
function loadable(file, name, dir) {
  let sdl = readFileSync(file, 'utf8');
  for (const scalar of SMALLRYE_SCALARS) {
    if (new RegExp(`\\b${scalar}\\b`).test(sdl) && !new RegExp(`^scalar ${scalar}\\b`, 'm').test(sdl)) {
      sdl += `\nscalar ${scalar}\n`;
    }
  }
  const out = join(dir, name);
  writeFileSync(out, sdl);
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'zhanggui-graphql-'));
const inspector = join(here, 'node_modules', '.bin', 'graphql-inspector');
const result = spawnSync(inspector, ['diff', loadable(resolve(released), 'released.graphql', dir),
  loadable(resolve(current), 'current.graphql', dir), '--rule', join(here, 'graphql-changelog-rule.mjs')],
  { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
process.exit(result.status ?? 1);
