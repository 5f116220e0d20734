// Fails the build when an operation in operations/ calls a mutation field that takes an
// idempotencyKey without passing it as the variable $idempotencyKey: the client fills in that
// variable (a fresh key per call, the same on a retry), so an operation that does not pass it on
// would be retried without protection or not at all. Run by `npm run validate`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, buildSchema, parse } from 'graphql';

const here = new URL('..', import.meta.url).pathname;
const schema = buildSchema(readFileSync(join(here, '../../docs/api/schema.graphql'), 'utf8'));
const mutationType = schema.getMutationType();
const problems = [];

const operationsDir = join(here, 'operations');
for (const file of readdirSync(operationsDir).filter((name) => name.endsWith('.graphql')).sort()) {
  const document = parse(readFileSync(join(operationsDir, file), 'utf8'));
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) {
      continue;
    }
    const name = definition.name?.value ?? '(anonymous)';
    const declaresKey = (definition.variableDefinitions ?? []).some((v) => v.variable.name.value === 'idempotencyKey');
    if (definition.operation !== 'mutation') {
      if (declaresKey) {
        problems.push(`${file}: ${name} is a ${definition.operation} but declares $idempotencyKey`);
      }
      continue;
    }
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD) {
        problems.push(`${file}: ${name} selects its mutation fields through a fragment; name them directly`);
        continue;
      }
      const field = mutationType?.getFields()[selection.name.value];
      if (!field?.args.some((arg) => arg.name === 'idempotencyKey')) {
        continue;
      }
      const passed = (selection.arguments ?? []).find((arg) => arg.name.value === 'idempotencyKey');
      if (!passed || passed.value.kind !== Kind.VARIABLE || passed.value.name.value !== 'idempotencyKey') {
        problems.push(`${file}: ${name} calls ${field.name} without idempotencyKey: $idempotencyKey`);
      } else if (!declaresKey) {
        problems.push(`${file}: ${name} passes $idempotencyKey without declaring it`);
      }
    }
  }
}

if (problems.length > 0) {
  console.error(`Operations without their idempotency key:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Every mutation in operations/ passes its idempotencyKey.');
