import type { ErrorCode } from './generated/error-codes.js';

/**
 * The codes the client gives itself: no answer (NETWORK_ERROR, ABORTED), no token (TOKEN_REFUSED),
 * an HTTP answer without a code (HTTP_502), an error of the GraphQL engine, which has no code of
 * ours (GRAPHQL_VALIDATION_ERROR, from its classification), or none at all (UNKNOWN_ERROR).
 */
export type ClientErrorCode = 'NETWORK_ERROR' | 'ABORTED' | 'TOKEN_REFUSED' | 'UNKNOWN_ERROR'
  | `HTTP_${number}` | `GRAPHQL_${string}`;

/**
 * A code as answered: one of the catalogue or the client's, or a code newer than this SDK
 * (servers add codes; they never change one).
 */
export type AnyErrorCode = ErrorCode | ClientErrorCode | (string & Record<never, never>);

/**
 * A refusal or failure of a call, with the server's stable code (STOCK_INSUFFICIENT,
 * PRICE_CHANGED, COUPON_NOT_AVAILABLE, UNAUTHENTICATED, ...): program against `code`, never
 * against `message`. The codes are listed in docs/reference/error-codes.md.
 *
 * - `payload`: a mutation's payload carried `errors { code field message }` (the business
 *   refusals); `field` names the input at fault and `payload` holds the whole payload, e.g. the
 *   new quote that comes with PRICE_CHANGED.
 * - `graphql`: a top-level GraphQL error (authentication, authorization, refused arguments such as
 *   a page size over 100, invalid documents, the unexpected) with `extensions.errorCode`.
 * - `http`: an answer that is not GraphQL (a 401 problem+json for a bad token, a 5xx from a proxy).
 * - `network`: no answer at all (after the retries).
 * - `token`: the identity provider refused to issue a token.
 */
export type ZhangguiErrorKind = 'payload' | 'graphql' | 'http' | 'network' | 'token';

/** One error as the server gave it: a code, a message, and where. */
export interface ZhangguiErrorDetail {
  readonly code: AnyErrorCode;
  readonly message: string;
  /** The input field at fault (payload errors), e.g. `input.expectedPayable`. */
  readonly field?: string | undefined;
  /** The response path of a top-level error, e.g. `['products']`, or the payload's field. */
  readonly path?: ReadonlyArray<string | number> | undefined;
}

export interface ZhangguiErrorInit {
  readonly kind: ZhangguiErrorKind;
  readonly errors: readonly ZhangguiErrorDetail[];
  readonly status?: number | undefined;
  readonly payload?: unknown;
  readonly cause?: unknown;
}

/** The code given when the server sent none (a GraphQL validation error, a bare HTTP status). */
export const UNKNOWN_ERROR: ClientErrorCode = 'UNKNOWN_ERROR';

export class ZhangguiError extends Error {
  readonly kind: ZhangguiErrorKind;
  /** The first error's code. */
  readonly code: AnyErrorCode;
  /** The first error's path: the payload's field for payload errors, the GraphQL path otherwise. */
  readonly path: ReadonlyArray<string | number>;
  /** The first error's input field, for payload errors. */
  readonly field: string | undefined;
  /** Every error of the answer, in the server's order. */
  readonly errors: readonly ZhangguiErrorDetail[];
  /** The HTTP status, when there was an answer. */
  readonly status: number | undefined;
  /** For payload errors, the payload as answered (with errors, and e.g. the new quote). */
  readonly payload: unknown;

  constructor(init: ZhangguiErrorInit) {
    const first = init.errors[0] ?? { code: UNKNOWN_ERROR, message: 'The call failed without an error' };
    super(first.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ZhangguiError';
    this.kind = init.kind;
    this.code = first.code;
    this.path = first.path ?? [];
    this.field = first.field;
    this.errors = init.errors;
    this.status = init.status;
    this.payload = init.payload;
  }

  /** Whether any of the errors has this code. */
  has(code: ErrorCode | ClientErrorCode): boolean {
    return this.errors.some((error) => error.code === code);
  }
}
