// Zhanggui (掌柜) storefront SDK: the client, tokens, errors, and the generated operation types.
export { ZhangguiClient } from './client.js';
export type { CallOptions, SandboxPayment, ZhangguiClientOptions, ZhangguiSdk } from './client.js';
export { ZhangguiError, UNKNOWN_ERROR } from './errors.js';
export type { AnyErrorCode, ClientErrorCode, ZhangguiErrorDetail, ZhangguiErrorKind } from './errors.js';
export { ERROR_CODES } from './generated/error-codes.js';
export type { ErrorCode } from './generated/error-codes.js';
export { clientCredentials, isKeptTokens, keycloakTokenEndpoint, passwordGrant } from './tokens.js';
export type { ClientCredentialsGrant, KeptTokens, PasswordGrant, TokenSource } from './tokens.js';
export * from './generated/sdk.js';
