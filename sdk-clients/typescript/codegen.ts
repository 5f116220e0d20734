// Typed operations from the committed contract: docs/api/schema.graphql and the documents in
// operations/. The generated getSdk(requester) is driven by ZhangguiClient (src/client.ts).
import type { CodegenConfig } from '@graphql-codegen/cli';

// With documentMode "string", codegen 7 writes each document as `new TypedDocumentString(...)`
// without defining the class (dotansimha/graphql-code-generator#10873), while the generic SDK's
// requester takes a string. String itself is that constructor: the documents are String objects
// holding the text, typed as string; the client reads them with String(document).
const typedDocumentString = [
  '// Generated from docs/api/schema.graphql and operations/*.graphql by graphql-codegen (codegen.ts): do not edit.',
  'const TypedDocumentString = String as unknown as new (document: string, meta?: Record<string, unknown>) => string;',
  '',
].join('\n');

const config: CodegenConfig = {
  schema: '../../docs/api/schema.graphql',
  documents: 'operations/*.graphql',
  errorsOnly: true,
  generates: {
    'src/generated/sdk.ts': {
      plugins: [
        { add: { content: typedDocumentString } },
        'typescript-operations',
        'typescript-generic-sdk',
      ],
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        // Amounts are String fields ("99.50") and stay strings. Timestamps and dates are ISO-8601
        // strings. BigInteger (points, versions, counts) and BigDecimal (coordinates) arrive as JSON
        // numbers from the server, so that is what they are typed as; as inputs either form is taken.
        scalars: {
          DateTime: 'string',
          Date: 'string',
          BigInteger: { input: 'number | string', output: 'number' },
          BigDecimal: { input: 'number | string', output: 'number' },
        },
      },
    },
  },
};
export default config;
