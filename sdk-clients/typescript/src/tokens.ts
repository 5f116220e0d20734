import { ZhangguiError } from './errors.js';

/**
 * Where the bearer token of each call comes from: a fixed token, or a function asked before
 * every call (return undefined to call anonymously). A storefront usually has its own sign-in
 * (the mini-program's login, its own page) and hands the token over with a function.
 */
export type TokenSource = string | (() => string | undefined | Promise<string | undefined>);

/**
 * A token function that keeps its token (see {@link passwordGrant}) and can be told to drop it:
 * the client does so when the server answers 401 (the token was revoked, or the clock is off),
 * and sends the call once more with a fresh token.
 */
export type KeptTokens = (() => Promise<string>) & { readonly forget: () => void };

/** Whether the token source keeps tokens it can be told to forget. */
export function isKeptTokens(source: TokenSource | undefined): source is KeptTokens {
  return typeof source === 'function' && typeof (source as Partial<KeptTokens>).forget === 'function';
}

/** The token endpoint of a Keycloak realm, e.g. `http://localhost:8180/realms/zhanggui/...`. */
export function keycloakTokenEndpoint(keycloak: string | URL, realm: string): URL {
  const base = new URL(keycloak);
  const root = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  return new URL(`${root}realms/${encodeURIComponent(realm)}/protocol/openid-connect/token`, base);
}

export interface PasswordGrant {
  readonly tokenEndpoint: string | URL;
  /** A public client with the password grant, e.g. `storefront`. */
  readonly clientId: string;
  readonly username: string;
  readonly password: string;
  readonly fetch?: typeof fetch;
}

export interface ClientCredentialsGrant {
  readonly tokenEndpoint: string | URL;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly fetch?: typeof fetch;
}

/** Tokens are kept until this long before they expire. */
const EXPIRY_MARGIN_MS = 30_000;

/**
 * The OAuth 2 password grant (the demo's `storefront` client: a customer's phone number and
 * password, or a staff user's name). The token is fetched at the first call and kept until 30 s
 * before it expires; calls at the same time share one fetch.
 */
export function passwordGrant(grant: PasswordGrant): KeptTokens {
  return cachedTokens(grant.tokenEndpoint, grant.fetch, {
    grant_type: 'password',
    client_id: grant.clientId,
    username: grant.username,
    password: grant.password,
  });
}

/** The client-credentials grant (the `integration` client), kept like {@link passwordGrant}. */
export function clientCredentials(grant: ClientCredentialsGrant): KeptTokens {
  return cachedTokens(grant.tokenEndpoint, grant.fetch, {
    grant_type: 'client_credentials',
    client_id: grant.clientId,
    client_secret: grant.clientSecret,
  });
}

interface TokenAnswer {
  readonly access_token: string;
  readonly expires_in: number;
}

function cachedTokens(endpoint: string | URL, fetchImpl: typeof fetch | undefined,
                      form: Record<string, string>): KeptTokens {
  let kept: { token: string; until: number } | undefined;
  let pending: Promise<string> | undefined;
  const tokens = () => {
    if (kept && Date.now() < kept.until) {
      return Promise.resolve(kept.token);
    }
    pending ??= requestToken(endpoint, fetchImpl ?? fetch, form)
      .then((answer) => {
        kept = { token: answer.access_token, until: Date.now() + answer.expires_in * 1000 - EXPIRY_MARGIN_MS };
        return answer.access_token;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
  return Object.assign(tokens, { forget: () => { kept = undefined; } });
}

async function requestToken(endpoint: string | URL, fetchImpl: typeof fetch,
                            form: Record<string, string>): Promise<TokenAnswer> {
  let response: Response;
  try {
    response = await fetchImpl(endpoint, { method: 'POST', body: new URLSearchParams(form) });
  } catch (cause) {
    throw new ZhangguiError({ kind: 'network', cause,
      errors: [{ code: 'NETWORK_ERROR', message: `The token endpoint ${String(endpoint)} did not answer` }] });
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok || !isTokenAnswer(body)) {
    const oauthError = isRecord(body) && typeof body['error'] === 'string' ? body['error'] : undefined;
    const description = isRecord(body) && typeof body['error_description'] === 'string' ? body['error_description'] : undefined;
    throw new ZhangguiError({ kind: 'token', status: response.status, errors: [{
      code: 'TOKEN_REFUSED',
      message: `No token from ${String(endpoint)} (HTTP ${response.status}${oauthError ? `, ${oauthError}` : ''}`
        + `${description ? `: ${description}` : ''})`,
    }] });
  }
  return body;
}

function isTokenAnswer(body: unknown): body is TokenAnswer {
  return isRecord(body) && typeof body['access_token'] === 'string' && typeof body['expires_in'] === 'number';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
