// Writes src/generated/error-codes.ts from the committed catalogue docs/reference/error-codes.md
// (itself generated from core's ErrorCode and kept equal to it by a test): the stable codes as a
// type, so that `error.has('STOCK_INSUFFICIENT')` is checked by the compiler. Run by `npm run codegen`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('..', import.meta.url).pathname;
const catalogue = readFileSync(join(here, '../../docs/reference/error-codes.md'), 'utf8');
const rows = [...catalogue.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \| ([A-Z_]+) \| (.*) \|$/gm)];
if (rows.length < 50) {
  console.error(`Only ${rows.length} codes read from docs/reference/error-codes.md: has its table changed?`);
  process.exit(1);
}
const lines = [
  '// Generated from docs/reference/error-codes.md by scripts/generate-error-codes.mjs: do not edit.',
  '',
  '/** A stable error code of the server (docs/reference/error-codes.md). */',
  'export type ErrorCode =',
  ...rows.map(([, code, kind, meaning]) => `  /** ${kind}: ${meaning.replace(/\*\//g, '* /')} */\n  | '${code}'`),
  '  ;',
  '',
  `export const ERROR_CODES: readonly ErrorCode[] = [${rows.map(([, code]) => `'${code}'`).join(', ')}];`,
  '',
];
mkdirSync(join(here, 'src/generated'), { recursive: true });
writeFileSync(join(here, 'src/generated/error-codes.ts'), lines.join('\n'));
console.log(`src/generated/error-codes.ts: ${rows.length} error codes`);
