import { UNKNOWN_ERROR, ZhangguiError, type ZhangguiErrorDetail } from './errors.js';
import { getSdk } from './generated/sdk.js';
import { isKeptTokens, isRecord, type TokenSource } from './tokens.js';

export interface ZhangguiClientOptions {
  /** The server, e.g. `http://localhost:8080`; GraphQL is at `/graphql` under it. */
  readonly url: string | URL;
  /** The bearer token of every call; none for anonymous catalog reads (then name the merchant). */
  readonly token?: TokenSource;
  /** Sent as `X-Merchant`: the shop anonymous callers browse (with a token the token names it). */
  readonly merchant?: string;
  /** How many times a failed call is sent again (connection lost, 429, 502, 503, 504, key in progress). Default 2. */
  readonly retries?: number;
  /** The wait before the first retry, doubled for each further one. Default 200 ms. */
  readonly retryDelayMs?: number;
  /** A fresh idempotency key for each mutating call. Default: a random UUID. */
  readonly newIdempotencyKey?: () => string;
  /** Your own fetch (a proxy, a test double). Default: the global fetch. */
  readonly fetch?: typeof fetch;
  /** Further headers on every call. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Per call: the last argument of every SDK operation. */
export interface CallOptions {
  /** The key of this mutation, instead of a fresh one: e.g. derived from your own order draft, so that a re-run after a crash repeats it. */
  readonly idempotencyKey?: string;
  /**
   * `throw` (default): a payload with `errors` raises a {@link ZhangguiError}. `return`: the payload
   * comes back with its errors, to handle them yourself (e.g. PRICE_CHANGED with its new quote).
   */
  readonly payloadErrors?: 'throw' | 'return';
  readonly signal?: AbortSignal;
}

/** What the sandbox gateway's pay endpoint answers (development only). */
export interface SandboxPayment {
  readonly outTradeNo: string;
  readonly amountFen: number;
  /** How this server's payment callback answered the signed notification (200: the payment is confirmed). */
  readonly callbackStatus: number;
  readonly callbackAnswer: string;
}

export type ZhangguiSdk = ReturnType<typeof getSdk<CallOptions>>;

/** HTTP statuses after which a call that is safe to repeat is sent again. */
const RETRY_STATUSES = new Set([429, 502, 503, 504]);
/** A payload code meaning the same key's first call is still running: ask again a moment later. */
const KEY_IN_PROGRESS = 'IDEMPOTENCY_KEY_IN_PROGRESS';

type Attempt =
  | { readonly ok: true; readonly data: Record<string, unknown> }
  | { readonly ok: false; readonly error: ZhangguiError; readonly retryable: boolean };

/**
 * The storefront's client of the Zhanggui GraphQL API: plain fetch, a bearer token per call, an
 * idempotency key per mutating call (the same on every retry of that call), retries of what is
 * safe to repeat, and every refusal as a {@link ZhangguiError}. `client.sdk` holds the typed
 * operations generated from operations/*.graphql.
 */
export class ZhangguiClient {
  /** The typed operations: `await client.sdk.Products({ first: 10 })`. */
  readonly sdk: ZhangguiSdk;
  private readonly url: URL;
  private readonly options: ZhangguiClientOptions;
  private readonly retries: number;
  private readonly retryDelayMs: number;
  private readonly newKey: () => string;
  private readonly fetch: typeof fetch;

  constructor(options: ZhangguiClientOptions) {
    this.options = options;
    this.url = new URL(options.url);
    this.retries = options.retries ?? 2;
    this.retryDelayMs = options.retryDelayMs ?? 200;
    this.newKey = options.newIdempotencyKey ?? (() => globalThis.crypto.randomUUID());
    // Called through a wrapper: a browser's fetch refuses to run as a method of another object.
    this.fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.sdk = getSdk<CallOptions>((document, variables, callOptions) => this.request(document, variables, callOptions));
  }

  /**
   * Sends one GraphQL document. A document that declares `$idempotencyKey` gets one (the call's
   * own, or a fresh key) unless the variables carry it; retries send the very same body, so the
   * server runs a mutation once however often it is sent. A mutation without a key is never sent twice.
   */
  async request<R, V>(document: string, variables?: V, options: CallOptions = {}): Promise<R> {
    const text = String(document);
    const values: Record<string, unknown> = isRecord(variables) ? { ...variables } : {};
    if (declaresIdempotencyKey(text) && (values['idempotencyKey'] === undefined || values['idempotencyKey'] === null)) {
      values['idempotencyKey'] = options.idempotencyKey ?? this.newKey();
    }
    const safeToRepeat = !isMutation(text) || typeof values['idempotencyKey'] === 'string';
    const body = JSON.stringify({ query: text, variables: values });
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.attempt(body, options);
      if (outcome.ok) {
        return outcome.data as R;
      }
      // A 401 is answered before anything runs: with a fresh token the same call is safe to send once more.
      if (outcome.error.status === 401 && !refreshed && isKeptTokens(this.options.token) && !options.signal?.aborted) {
        refreshed = true;
        this.options.token.forget();
        attempt--;
        continue;
      }
      if (!outcome.retryable || !safeToRepeat || attempt >= this.retries || options.signal?.aborted) {
        throw outcome.error;
      }
      await sleep(this.retryDelayMs * 2 ** attempt, options.signal);
    }
  }

  /**
   * Development only: the sandbox gateway "pays" a started payment (`payOrder`'s
   * `intent.outTradeNo`) by sending its signed notification to the server, as WeChat Pay would.
   * A REST call (`POST /api/v1/payments/sandbox/{outTradeNo}/pay`): GraphQL has no sandbox step.
   * Raises a {@link ZhangguiError} if the server's callback did not confirm the payment.
   */
  async payInSandbox(outTradeNo: string, options: Pick<CallOptions, 'signal'> = {}): Promise<SandboxPayment> {
    const target = new URL(`api/v1/payments/sandbox/${encodeURIComponent(outTradeNo)}/pay`, withSlash(this.url));
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.send(target, { method: 'POST', headers: await this.headers({}) }, options.signal);
      if (!outcome.ok) {
        if (!outcome.retryable || attempt >= this.retries || options.signal?.aborted) {
          throw outcome.error;
        }
        await sleep(this.retryDelayMs * 2 ** attempt, options.signal);
        continue;
      }
      const { response, body } = outcome;
      if (!response.ok || !isSandboxPayment(body)) {
        throw httpError(response, body, 'The sandbox did not pay');
      }
      if (body.callbackStatus < 200 || body.callbackStatus > 299) {
        const answer = parseJson(body.callbackAnswer);
        throw new ZhangguiError({ kind: 'http', status: body.callbackStatus, payload: body, errors: [{
          code: isRecord(answer) && typeof answer['code'] === 'string' ? answer['code'] : UNKNOWN_ERROR,
          message: `The payment callback answered ${body.callbackStatus}: ${body.callbackAnswer}`,
        }] });
      }
      return body;
    }
  }

  private async attempt(body: string, options: CallOptions): Promise<Attempt> {
    const headers = await this.headers({ 'content-type': 'application/json', accept: 'application/json' });
    const target = new URL('graphql', withSlash(this.url));
    const sent = await this.send(target, { method: 'POST', headers, body }, options.signal);
    if (!sent.ok) {
      return sent;
    }
    const { response, body: answer } = sent;
    const retryable = RETRY_STATUSES.has(response.status);
    if (!isRecord(answer) || !('data' in answer || 'errors' in answer)) {
      return { ok: false, retryable, error: httpError(response, answer, 'Not a GraphQL answer') };
    }
    const topLevel = Array.isArray(answer['errors']) ? answer['errors'] : [];
    if (topLevel.length > 0) {
      return { ok: false, retryable, error: new ZhangguiError({ kind: 'graphql', status: response.status,
        errors: topLevel.map(graphqlErrorDetail), payload: answer['data'] ?? undefined }) };
    }
    const data = isRecord(answer['data']) ? answer['data'] : {};
    const refusals = payloadErrors(data);
    if (refusals.length > 0) {
      const inProgress = refusals.some((refusal) => refusal.error.code === KEY_IN_PROGRESS);
      if (inProgress || options.payloadErrors !== 'return') {
        const first = refusals[0]!;
        return { ok: false, retryable: inProgress, error: new ZhangguiError({ kind: 'payload', status: response.status,
          errors: refusals.map((refusal) => refusal.error), payload: data[first.field] }) };
      }
    }
    return { ok: true, data };
  }

  private async send(target: URL, init: RequestInit, signal: AbortSignal | undefined):
    Promise<{ ok: true; response: Response; body: unknown } | { ok: false; error: ZhangguiError; retryable: boolean }> {
    let response: Response;
    let text: string;
    try {
      response = await this.fetch(target, signal ? { ...init, signal } : init);
      text = await response.text();
    } catch (cause) {
      const aborted = signal?.aborted ?? false;
      return { ok: false, retryable: !aborted, error: new ZhangguiError({ kind: 'network', cause, errors: [{
        code: aborted ? 'ABORTED' : 'NETWORK_ERROR',
        message: aborted ? 'The call was aborted' : `No answer from ${target.origin}: ${describe(cause)}`,
      }] }) };
    }
    return { ok: true, response, body: parseJson(text) };
  }

  private async headers(base: Record<string, string>): Promise<Record<string, string>> {
    const headers: Record<string, string> = { ...base, ...this.options.headers };
    const token = typeof this.options.token === 'function' ? await this.options.token() : this.options.token;
    if (token) {
      headers['authorization'] = `Bearer ${token}`;
    }
    if (this.options.merchant) {
      headers['x-merchant'] = this.options.merchant;
    }
    return headers;
  }
}

/** Whether the document declares the variable `$idempotencyKey` (a declaration is `$name:`). */
function declaresIdempotencyKey(document: string): boolean {
  return /\$idempotencyKey\s*:/.test(withoutComments(document));
}

/** Whether the document holds a mutation; when unsure it says yes, which only forbids retries. */
function isMutation(document: string): boolean {
  return /(^|[^\w$])mutation\b/.test(withoutComments(document));
}

function withoutComments(document: string): string {
  return document.replace(/#[^\n\r]*/g, '');
}

/** The `errors { code field message }` of each top-level field's payload, in field order. */
function payloadErrors(data: Record<string, unknown>): Array<{ field: string; error: ZhangguiErrorDetail }> {
  const found: Array<{ field: string; error: ZhangguiErrorDetail }> = [];
  for (const [field, payload] of Object.entries(data)) {
    const errors = isRecord(payload) ? payload['errors'] : undefined;
    if (!Array.isArray(errors)) {
      continue;
    }
    for (const error of errors) {
      const e = isRecord(error) ? error : {};
      found.push({ field, error: {
        code: typeof e['code'] === 'string' ? e['code'] : UNKNOWN_ERROR,
        message: typeof e['message'] === 'string' ? e['message'] : '',
        field: typeof e['field'] === 'string' ? e['field'] : undefined,
        path: [field],
      } });
    }
  }
  return found;
}

/**
 * A top-level GraphQL error: the server's stable code is `extensions.errorCode`; errors the
 * engine raises itself (an invalid document) carry only a classification, given as
 * GRAPHQL_<CLASSIFICATION> (e.g. GRAPHQL_VALIDATION_ERROR).
 */
function graphqlErrorDetail(error: unknown): ZhangguiErrorDetail {
  const e = isRecord(error) ? error : {};
  const extensions = isRecord(e['extensions']) ? e['extensions'] : {};
  const classification = typeof extensions['classification'] === 'string' ? extensions['classification'] : undefined;
  const code = typeof extensions['errorCode'] === 'string' ? extensions['errorCode']
    : classification ? `GRAPHQL_${classification.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}` : UNKNOWN_ERROR;
  const path = Array.isArray(e['path'])
    ? e['path'].filter((p): p is string | number => typeof p === 'string' || typeof p === 'number') : undefined;
  return { code, message: typeof e['message'] === 'string' ? e['message'] : '', path };
}

/** An answer that is not GraphQL: RFC 9457 problem+json carries the code, else the status names it. */
function httpError(response: Response, body: unknown, fallback: string): ZhangguiError {
  const problem = isRecord(body) ? body : {};
  const code = typeof problem['code'] === 'string' ? problem['code'] : `HTTP_${response.status}`;
  const message = typeof problem['detail'] === 'string' ? problem['detail']
    : typeof problem['title'] === 'string' ? problem['title'] : `${fallback} (HTTP ${response.status})`;
  return new ZhangguiError({ kind: 'http', status: response.status, errors: [{ code, message }], payload: body });
}

function isSandboxPayment(body: unknown): body is SandboxPayment {
  return isRecord(body) && typeof body['outTradeNo'] === 'string' && typeof body['callbackStatus'] === 'number'
    && typeof body['amountFen'] === 'number' && typeof body['callbackAnswer'] === 'string';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function withSlash(url: URL): URL {
  return url.pathname.endsWith('/') ? url : new URL(`${url.pathname}/`, url);
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    return isRecord(cause.cause) && typeof cause.cause['code'] === 'string' ? `${cause.message} (${cause.cause['code']})` : cause.message;
  }
  return String(cause);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
