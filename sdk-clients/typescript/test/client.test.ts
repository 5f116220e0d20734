// The client on its own, against a scripted fetch: headers, idempotency keys and retries, and how
// each kind of answer becomes a ZhangguiError. The storefront's day (storefront-day.test.ts) runs
// the same client against the real server.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { passwordGrant, ZhangguiClient, ZhangguiError } from '../src/index.js';

interface Sent {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: { query: string; variables: Record<string, unknown> };
}

/** A fetch that records each request and answers from the script, in order (a function may throw). */
function scriptedFetch(answers: Array<Response | (() => Response)>): { fetch: typeof fetch; sent: Sent[] } {
  const sent: Sent[] = [];
  const fake = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>));
    const text = typeof init?.body === 'string' ? init.body : '{}';
    sent.push({ url: String(input), headers, body: JSON.parse(text) as Sent['body'] });
    const next = answers.shift();
    if (next === undefined) {
      throw new Error('the script has no more answers');
    }
    return typeof next === 'function' ? next() : next;
  };
  return { fetch: fake, sent };
}

function json(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

const cartPayload = { addToCart: { cart: { version: 1, lines: [{ skuId: 'sku-1', storeId: null, quantity: 2, availability: 'OK' }] }, errors: [] } };

function lostConnection(): never {
  throw new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } });
}

function client(fetchImpl: typeof fetch, more: Partial<ConstructorParameters<typeof ZhangguiClient>[0]> = {}): ZhangguiClient {
  return new ZhangguiClient({ url: 'http://shop.test:8080', fetch: fetchImpl, retryDelayMs: 1, ...more });
}

describe('ZhangguiClient', () => {
  it('posts the document to /graphql with the bearer token and the merchant', async () => {
    const { fetch, sent } = scriptedFetch([json({ data: { me: { id: 'c1', phone: '13800000001', name: '张三', defaultAddress: null } } })]);
    const me = await client(fetch, { token: async () => 'token-1', merchant: 'demo' }).sdk.Me();

    assert.equal(me.me.id, 'c1');
    assert.equal(sent.length, 1);
    assert.equal(sent[0]!.url, 'http://shop.test:8080/graphql');
    assert.equal(sent[0]!.headers['authorization'], 'Bearer token-1');
    assert.equal(sent[0]!.headers['x-merchant'], 'demo');
    assert.match(sent[0]!.body.query, /query Me\b/);
    assert.deepEqual(sent[0]!.body.variables, {});
  });

  it('gives every mutating call a fresh idempotency key', async () => {
    const { fetch, sent } = scriptedFetch([json({ data: cartPayload }), json({ data: cartPayload })]);
    const zhanggui = client(fetch);

    await zhanggui.sdk.AddToCart({ skuId: 'sku-1', quantity: 1 });
    await zhanggui.sdk.AddToCart({ skuId: 'sku-1', quantity: 1 });

    const keys = sent.map((s) => s.body.variables['idempotencyKey']);
    assert.match(String(keys[0]), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.notEqual(keys[0], keys[1]);
  });

  it('sends a mutation whose answer was lost again with the same key', async () => {
    const { fetch, sent } = scriptedFetch([lostConnection, json({ data: cartPayload })]);

    const answer = await client(fetch).sdk.AddToCart({ skuId: 'sku-1', quantity: 2 });

    assert.equal(answer.addToCart.cart?.lines[0]?.quantity, 2);
    assert.equal(sent.length, 2);
    assert.deepEqual(sent[1]!.body, sent[0]!.body);
    assert.equal(typeof sent[0]!.body.variables['idempotencyKey'], 'string');
  });

  it('uses the key given for the call, and the one in the variables before it', async () => {
    const { fetch, sent } = scriptedFetch([json({ data: cartPayload }), json({ data: cartPayload })]);
    const zhanggui = client(fetch);

    await zhanggui.sdk.AddToCart({ skuId: 'sku-1', quantity: 1 }, { idempotencyKey: 'draft-42:add' });
    await zhanggui.sdk.AddToCart({ skuId: 'sku-1', quantity: 1, idempotencyKey: 'mine' }, { idempotencyKey: 'other' });

    assert.equal(sent[0]!.body.variables['idempotencyKey'], 'draft-42:add');
    assert.equal(sent[1]!.body.variables['idempotencyKey'], 'mine');
  });

  it('never sends a mutation without a key twice', async () => {
    const { fetch, sent } = scriptedFetch([lostConnection, json({ data: cartPayload })]);

    await assert.rejects(
      client(fetch).request('mutation { addToCart(skuId: "sku-1", quantity: 1) { errors { code } } }'),
      (error: unknown) => error instanceof ZhangguiError && error.kind === 'network' && error.code === 'NETWORK_ERROR');
    assert.equal(sent.length, 1);
  });

  it('retries a query on 503 and gives up after the configured retries', async () => {
    const unavailable = () => new Response('busy', { status: 503 });
    const products = { products: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } };
    const recovering = scriptedFetch([unavailable(), json({ data: products })]);
    assert.deepEqual(await client(recovering.fetch).sdk.Products({ first: 1 }), products);
    assert.equal(recovering.sent.length, 2);

    const down = scriptedFetch([unavailable(), unavailable(), unavailable()]);
    await assert.rejects(client(down.fetch, { retries: 2 }).sdk.Products({ first: 1 }),
      (error: unknown) => error instanceof ZhangguiError && error.kind === 'http' && error.status === 503
        && error.code === 'HTTP_503');
    assert.equal(down.sent.length, 3);
  });

  it('raises a top-level error with its extensions.errorCode and path', async () => {
    const { fetch, sent } = scriptedFetch([json({ data: null, errors: [{ message: 'limit must be between 1 and 100, was 1000',
      path: ['products'], extensions: { classification: 'DataFetchingException', errorCode: 'PAGE_LIMIT_INVALID' } }] })]);

    await assert.rejects(client(fetch).sdk.Products({ first: 1000 }), (error: unknown) => {
      assert.ok(error instanceof ZhangguiError);
      assert.equal(error.kind, 'graphql');
      assert.equal(error.code, 'PAGE_LIMIT_INVALID');
      assert.deepEqual(error.path, ['products']);
      assert.equal(error.message, 'limit must be between 1 and 100, was 1000');
      return true;
    });
    assert.equal(sent.length, 1);
  });

  it('names an error of the engine, which has no errorCode, by its classification', async () => {
    const { fetch } = scriptedFetch([json({ errors: [{ message: "Field 'idx' in type 'Product' is undefined",
      extensions: { classification: 'ValidationError' } }] })]);

    await assert.rejects(client(fetch).request('{ products { edges { node { idx } } } }'),
      (error: unknown) => error instanceof ZhangguiError && error.code === 'GRAPHQL_VALIDATION_ERROR');
  });

  it('raises the errors of a payload with their field, and returns the payload when asked to', async () => {
    const refused = { checkout: { order: null, quote: { payable: '237.00' },
      errors: [{ code: 'PRICE_CHANGED', field: 'expectedPayable', message: 'The order now costs 237.00, not 230.00' }] } };
    const { fetch } = scriptedFetch([json({ data: refused }), json({ data: refused })]);
    const zhanggui = client(fetch);

    await assert.rejects(zhanggui.sdk.Checkout({ input: { expectedPayable: '230.00' } }), (error: unknown) => {
      assert.ok(error instanceof ZhangguiError);
      assert.equal(error.kind, 'payload');
      assert.equal(error.code, 'PRICE_CHANGED');
      assert.equal(error.field, 'expectedPayable');
      assert.deepEqual(error.path, ['checkout']);
      assert.deepEqual(error.payload, refused.checkout);
      assert.ok(error.has('PRICE_CHANGED') && !error.has('STOCK_INSUFFICIENT'));
      return true;
    });
    const returned = await zhanggui.sdk.Checkout({ input: { expectedPayable: '230.00' } }, { payloadErrors: 'return' });
    assert.equal(returned.checkout.errors[0]?.code, 'PRICE_CHANGED');
    assert.equal(returned.checkout.quote?.payable, '237.00');
  });

  it('asks again, with the same key, while the first call of that key is still running', async () => {
    const running = { addToCart: { cart: null, errors: [{ code: 'IDEMPOTENCY_KEY_IN_PROGRESS', field: null, message: 'running' }] } };
    const { fetch, sent } = scriptedFetch([json({ data: running }), json({ data: cartPayload })]);

    const answer = await client(fetch).sdk.AddToCart({ skuId: 'sku-1', quantity: 2 }, { payloadErrors: 'return' });

    assert.deepEqual(answer, cartPayload);
    assert.equal(sent[1]!.body.variables['idempotencyKey'], sent[0]!.body.variables['idempotencyKey']);
  });

  it('raises a problem+json answer (a refused token) with its code', async () => {
    const { fetch } = scriptedFetch([json({ type: 'https://zhanggui.dev/problems/unauthenticated', status: 401,
      title: 'Authentication is required.', detail: 'A valid bearer token is required', code: 'UNAUTHENTICATED' },
    401, 'application/problem+json')]);

    await assert.rejects(client(fetch, { token: 'expired' }).sdk.Me(), (error: unknown) =>
      error instanceof ZhangguiError && error.kind === 'http' && error.status === 401 && error.code === 'UNAUTHENTICATED'
        && error.message === 'A valid bearer token is required');
  });

  it('pays in the sandbox by REST and raises a callback that refused', async () => {
    const paid = { outTradeNo: 'abc', amountFen: 16900, callbackStatus: 200, callbackAnswer: '{"code":"SUCCESS"}' };
    const mismatch = { ...paid, callbackStatus: 422, callbackAnswer: '{"code":"PAYMENT_AMOUNT_MISMATCH"}' };
    const { fetch, sent } = scriptedFetch([json(paid), json(mismatch)]);
    const zhanggui = client(fetch, { token: 't' });

    assert.equal((await zhanggui.payInSandbox('abc')).amountFen, 16900);
    assert.equal(sent[0]!.url, 'http://shop.test:8080/api/v1/payments/sandbox/abc/pay');
    assert.equal(sent[0]!.headers['authorization'], 'Bearer t');
    await assert.rejects(zhanggui.payInSandbox('abc'),
      (error: unknown) => error instanceof ZhangguiError && error.code === 'PAYMENT_AMOUNT_MISMATCH' && error.status === 422);
  });
});

describe('passwordGrant', () => {
  it('fetches one token for calls at the same time and keeps it until shortly before it expires', async () => {
    const { fetch, sent } = scriptedFetch([json({ access_token: 'a', expires_in: 300 }), json({ access_token: 'b', expires_in: 20 }),
      json({ access_token: 'c', expires_in: 20 })]);
    const tokens = passwordGrant({ tokenEndpoint: 'http://kc.test/token', clientId: 'storefront', username: 'u', password: 'p', fetch });

    assert.deepEqual(await Promise.all([tokens(), tokens()]), ['a', 'a']);
    assert.equal(sent.length, 1);

    const shortLived = passwordGrant({ tokenEndpoint: 'http://kc.test/token', clientId: 'storefront', username: 'u', password: 'p', fetch });
    assert.equal(await shortLived(), 'b');
    // 20 s of life is within the 30 s margin: the next call fetches a new one.
    assert.equal(await shortLived(), 'c');
  });

  it('is told to forget its token when the server answers 401, and the call goes once more with a fresh one', async () => {
    const idp = scriptedFetch([json({ access_token: 'old', expires_in: 300 }), json({ access_token: 'new', expires_in: 300 })]);
    const tokens = passwordGrant({ tokenEndpoint: 'http://kc.test/token', clientId: 'storefront', username: 'u', password: 'p', fetch: idp.fetch });
    const refused = json({ data: null, errors: [{ message: 'System error', extensions: { errorCode: 'UNAUTHENTICATED' } }] }, 401);
    const api = scriptedFetch([refused, json({ data: cartPayload })]);

    const answer = await client(api.fetch, { token: tokens }).sdk.AddToCart({ skuId: 'sku-1', quantity: 2 });
    assert.equal(answer.addToCart.cart?.version, 1);
    assert.deepEqual(api.sent.map((s) => s.headers['authorization']), ['Bearer old', 'Bearer new']);
    assert.equal(api.sent[1]!.body.variables['idempotencyKey'], api.sent[0]!.body.variables['idempotencyKey'],
      'the same call: the same key');
    assert.equal(idp.sent.length, 2);
  });

  it('gives up when the fresh token is refused too', async () => {
    const idp = scriptedFetch([json({ access_token: 'old', expires_in: 300 }), json({ access_token: 'new', expires_in: 300 })]);
    const tokens = passwordGrant({ tokenEndpoint: 'http://kc.test/token', clientId: 'storefront', username: 'u', password: 'p', fetch: idp.fetch });
    const refused = () => json({ data: null, errors: [{ message: 'System error', extensions: { errorCode: 'UNAUTHENTICATED' } }] }, 401);
    const api = scriptedFetch([refused, refused]);

    await assert.rejects(client(api.fetch, { token: tokens }).sdk.Me(),
      (error: unknown) => error instanceof ZhangguiError && error.status === 401 && error.code === 'UNAUTHENTICATED');
    assert.equal(api.sent.length, 2);
  });

  it('raises a refusal of the identity provider as a token error', async () => {
    const { fetch } = scriptedFetch([json({ error: 'invalid_grant', error_description: 'Invalid user credentials' }, 401)]);
    const tokens = passwordGrant({ tokenEndpoint: 'http://kc.test/token', clientId: 'storefront', username: 'u', password: 'wrong', fetch });

    await assert.rejects(tokens(), (error: unknown) => error instanceof ZhangguiError && error.kind === 'token'
      && error.code === 'TOKEN_REFUSED' && error.status === 401 && error.message.includes('Invalid user credentials'));
  });
});
