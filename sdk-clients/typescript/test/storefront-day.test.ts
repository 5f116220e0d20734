// A storefront's day through the SDK only, against the packaged reference server started with a
// fresh embedded home (demo data: merchant demo, customers 13800000001 张三 and 13800000002 李四,
// staff admin and staff; 5 member levels, 满200减20, 满99包邮, carriers 10.00 + 2.00/kg and up).
// Staff set the day up and do the back office's part with the operations of operations/staff.graphql.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  passwordGrant, ZhangguiClient, ZhangguiError,
  type CallOptions, type ErrorCode, type OrderPartsFragment, type ZhangguiSdk,
} from '../src/index.js';
import { startReferenceServer, type ReferenceServer } from './reference-server.js';

/** An amount as the API writes money ("99.50"), in fen; anything else fails the test. */
function fen(amount: string | null | undefined): number {
  const match = /^(-?)(\d+)\.(\d{2})$/.exec(amount ?? '');
  assert.ok(match, `${String(amount)} is not a money amount`);
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 100 + Number(match[3]));
}

/** Expects the call to be refused with the code, and answers the error. */
async function refused(call: Promise<unknown>, code: ErrorCode): Promise<ZhangguiError> {
  try {
    await call;
  } catch (error) {
    assert.ok(error instanceof ZhangguiError, `not a ZhangguiError: ${String(error)}`);
    assert.equal(error.code, code, `${error.code}: ${error.message}`);
    return error;
  }
  assert.fail(`expected ${code}, but the call succeeded`);
}

function tenders(order: OrderPartsFragment): Array<[string, string, number, boolean]> {
  return order.tenders.map((t) => [t.type, t.amount, t.points, t.settled]);
}

describe("a storefront's day", () => {
  let server: ReferenceServer;
  let shop: ZhangguiSdk;
  let zhangsan: ZhangguiClient;
  let customer: ZhangguiSdk;
  let lisi: ZhangguiSdk;
  let admin: ZhangguiSdk;
  let staff: ZhangguiSdk;
  let customerToken: () => Promise<string>;

  // What the day passes from one step to the next.
  let customerId = '';
  let productId = '';
  let natural = '';
  let walnut = '';
  let couponId = '';
  let orderId = '';
  let orderNumber = '';
  let afterSaleId = '';

  let broken: string | undefined;
  /** One step of the day; once a step fails the later ones are skipped (they build on it). */
  function step(name: string, body: () => Promise<void>): void {
    it(name, { timeout: 60_000 }, async (t) => {
      if (broken !== undefined) {
        t.skip(`an earlier step failed: ${broken}`);
        return;
      }
      try {
        await body();
      } catch (error) {
        broken = name;
        throw error;
      }
    });
  }

  before(async () => {
    server = await startReferenceServer();
    const grant = (username: string) => passwordGrant({ tokenEndpoint: server.tokenEndpoint, clientId: 'storefront', username, password: 'demo' });
    customerToken = grant('13800000001');
    shop = new ZhangguiClient({ url: server.url, merchant: 'demo' }).sdk;
    zhangsan = new ZhangguiClient({ url: server.url, token: customerToken });
    customer = zhangsan.sdk;
    lisi = new ZhangguiClient({ url: server.url, token: grant('13800000002') }).sdk;
    admin = new ZhangguiClient({ url: server.url, token: grant('admin') }).sdk;
    staff = new ZhangguiClient({ url: server.url, token: grant('staff') }).sdk;
  }, { timeout: 250_000 });

  after(async () => {
    await server?.close();
  }, { timeout: 120_000 });

  step('staff stock the shop: a category and a product 竹制晾衣架 in 原木 (100.00) and 胡桃 (120.00), 20 of each', async () => {
    const category = await admin.CreateCategory({ input: { name: '晾晒用品' } });
    const created = await admin.CreateProduct({ input: {
      code: 'SDK-TS-1', name: '掌柜 SDK 竹制晾衣架', status: 'ON_SALE', description: '<p>楠竹, 可折叠</p>',
      categoryIds: [category.createCategory.category!.id],
      specs: [{ name: '颜色', values: ['原木', '胡桃'] }],
      skus: [
        { code: 'SDK-TS-1-N', listPrice: '129.00', price: '100.00', weightGrams: 1500, specValues: [{ name: '颜色', value: '原木' }] },
        { code: 'SDK-TS-1-W', listPrice: '149.00', price: '120.00', weightGrams: 1500, specValues: [{ name: '颜色', value: '胡桃' }] },
      ],
    } });
    const product = created.createProduct.product!;
    assert.equal(product.status, 'ON_SALE');
    assert.deepEqual(product.skus.map((s) => [s.code, s.price]), [['SDK-TS-1-N', '100.00'], ['SDK-TS-1-W', '120.00']]);
    productId = product.id;
    natural = product.skus[0]!.id;
    walnut = product.skus[1]!.id;
    for (const skuId of [natural, walnut]) {
      const counted = await admin.SetStock({ input: { skuId, quantity: 20, reason: 'RECEIVED', note: 'SDK day' } });
      assert.equal(counted.setStock.level?.available, 20);
    }
  });

  step('the merchant sets the day up: 800 points a check-in, a coupon 满150减15 with the code SDKDAY15', async () => {
    const rules = await admin.SetPointsRules({ rules: [{ code: 'daily_sign_in', args: [{ name: 'points', value: '800' }] }] });
    assert.deepEqual(rules.setPointsRules.rules, [{ code: 'daily_sign_in', args: [{ name: 'points', value: '800' }] }]);
    const template = await admin.CreateCouponTemplate({ input: {
      name: 'SDK 满150减15', benefitKind: 'FIXED_AMOUNT', amount: '15.00', minimumSpend: '150.00',
      perCustomerLimit: 1, totalQuantity: 100, validityKind: 'DAYS_FROM_CLAIM', days: 7, stackableWithPromotions: true,
    } });
    const templateId = template.createCouponTemplate.template!.id;
    await admin.AddSharedCouponCode({ templateId, code: 'SDKDAY15', limit: 10 });
  });

  step('staff top up 张三 with 60.00 at the counter; the same call repeated with its key changes nothing', async () => {
    customerId = (await customer.Me()).me.id;
    const empty = await customer.MyWallet();
    assert.deepEqual(empty.myWallet, { balance: '0.00', principal: '0.00', bonus: '0.00', points: 0, frozen: false });
    const topUp = { customerId, input: { reason: 'TOPUP' as const, amount: '60.00', note: '面对面充值 (SDK day)' } };
    const key: CallOptions = { idempotencyKey: `sdk-day-topup-${customerId}` };
    const first = await staff.CreditWallet(topUp, key);
    const again = await staff.CreditWallet(topUp, key);
    // The repeat answers the first call's stored answer; the money is put on once.
    assert.equal(first.creditWallet.wallet?.balance, '60.00');
    assert.deepEqual(again, first);
    assert.equal((await staff.Wallet({ customerId })).wallet?.balance, '60.00');
  });

  step('an anonymous visitor browses: categories, a page of products, a search in Chinese, one product with its SKUs', async () => {
    const categories = await shop.Categories();
    assert.ok(categories.categories.some((c) => c.name === '晾晒用品'));

    const page = await shop.Products({ first: 5 });
    assert.equal(page.products.edges.length, 5);
    assert.equal(page.products.pageInfo.hasNextPage, true);
    const next = await shop.Products({ first: 5, after: page.products.pageInfo.endCursor });
    const ids = [...page.products.edges, ...next.products.edges].map((e) => e.node.id);
    assert.equal(new Set(ids).size, 10, 'the second page follows the first');

    const racks = await shop.Products({ first: 50, filter: { q: '晾衣' } });
    const names = racks.products.edges.map((e) => e.node.name);
    assert.ok(names.includes('掌柜 SDK 竹制晾衣架'), names.join(', '));
    assert.ok(names.length > 1, `the demo 晾衣杆 are found too: ${names.join(', ')}`);
    assert.ok(names.every((name) => name.includes('晾衣')), names.join(', '));
    const bamboo = await shop.Products({ first: 50, filter: { q: '竹制' } });
    assert.deepEqual(bamboo.products.edges.map((e) => [e.node.code, e.node.lowestPrice]), [['SDK-TS-1', '100.00']]);

    const product = (await shop.Product({ id: productId })).product!;
    assert.equal(product.name, '掌柜 SDK 竹制晾衣架');
    assert.deepEqual(product.specs, [{ name: '颜色', values: ['原木', '胡桃'] }]);
    assert.deepEqual(product.categories.map((c) => c.name), ['晾晒用品']);
    assert.deepEqual(product.skus.map((s) => [s.specValues[0]?.value, s.price, s.listPrice, s.stock.available]),
      [['原木', '100.00', '129.00', 20], ['胡桃', '120.00', '149.00', 20]]);
    assert.equal((await shop.Product({ code: 'NO-SUCH-PRODUCT' })).product, null);
  });

  step('张三 checks in for 800 points (once a day) and is a 银牌会员 (0.85) now', async () => {
    const checkIn = await customer.CheckIn();
    assert.equal(checkIn.checkIn.checkIn?.points, 800);
    assert.equal(checkIn.checkIn.checkIn?.streak, 1);
    assert.equal(checkIn.checkIn.pointsBalance, 800);
    const twice = await refused(customer.CheckIn(), 'CHECK_IN_ALREADY_DONE');
    assert.equal(twice.kind, 'payload');
    assert.deepEqual(twice.path, ['checkIn']);

    const level = (await customer.MyMemberLevel()).myMemberLevel;
    assert.equal(level.level?.name, '银牌会员');
    assert.equal(level.level?.discountRate, '0.85');
    assert.equal(level.lifetimeEarnedPoints, 800);
    assert.deepEqual(await customer.MyWallet(), { myWallet: { balance: '60.00', principal: '60.00', bonus: '0.00', points: 800, frozen: false } });
  });

  step('张三 claims the coupon with its code (in lower case); an unknown code is refused', async () => {
    const claimed = await customer.ClaimCoupon({ code: 'sdkday15' });
    assert.equal(claimed.claimCoupon.coupon?.status, 'AVAILABLE');
    assert.equal(claimed.claimCoupon.coupon?.source, 'CODE');
    couponId = claimed.claimCoupon.coupon!.id;
    assert.deepEqual((await customer.MyCoupons({ status: 'AVAILABLE' })).myCoupons.edges.map((e) => e.node.id), [couponId]);
    await refused(customer.ClaimCoupon({ code: 'NO-SUCH-CODE' }), 'COUPON_CODE_UNKNOWN');
  });

  step('张三 fills the cart: an add whose answer was lost is sent again with its key and adds once', async () => {
    let lost = 0;
    const losingFirstAnswer: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (lost === 0 && typeof init?.body === 'string' && init.body.includes('mutation AddToCart')) {
        lost++;
        await response.text();
        throw new TypeError('fetch failed (simulated: the connection dropped after the server answered)');
      }
      return response;
    };
    const flaky = new ZhangguiClient({ url: server.url, token: customerToken, fetch: losingFirstAnswer, retryDelayMs: 50 }).sdk;
    const added = await flaky.AddToCart({ skuId: natural, quantity: 2 });
    assert.equal(lost, 1);
    assert.deepEqual(added.addToCart.cart?.lines.map((l) => [l.skuId, l.quantity]), [[natural, 2]]);

    await customer.AddToCart({ skuId: walnut, quantity: 1 });
    const cart = (await customer.Cart()).cart;
    assert.deepEqual(cart.lines.map((l) => [l.skuId, l.quantity, l.availability]), [[natural, 2, 'OK'], [walnut, 1, 'OK']]);
  });

  step('the quote: member price, 满200减20, then the coupon, each split by largest remainder; shipping waived over 99', async () => {
    const quote = (await customer.Cart()).cart.quote!;
    // 0.85 × 100.00 = 85.00 (×2 = 170.00) and 0.85 × 120.00 = 102.00: 272.00 reaches 满200减20.
    assert.deepEqual(quote.lines.map((l) => [l.tier, l.unitPrice, l.goodsAmount]),
      [['LEVEL_RATE', '85.00', '170.00'], ['LEVEL_RATE', '102.00', '102.00']]);
    // 20.00 over 170.00 / 102.00 is 12.50 / 7.50; 15.00 over 157.50 / 94.50 is 9.375 / 5.625: the fen
    // left goes to the earlier line on equal remainders, 9.38 / 5.62.
    assert.deepEqual(quote.lines.map((l) => [l.promotionDiscount, l.couponDiscount, l.total]),
      [['12.50', '9.38', '148.12'], ['7.50', '5.62', '88.88']]);
    assert.deepEqual([quote.goodsTotal, quote.promotionDiscount, quote.couponDiscount, quote.payable],
      ['272.00', '20.00', '15.00', '237.00']);
    assert.deepEqual(quote.discounts.map((d) => [d.source, d.name, d.amount]),
      [['PROMOTION', '满200减20，满500减60', '20.00'], ['COUPON', 'SDK 满150减15', '15.00']]);
    assert.equal(quote.appliedCoupon?.coupon, couponId);
    // 4.5 kg by the cheapest carrier (10.00 + 2.00 for each further kg or part): 18.00, waived by 满99包邮.
    assert.deepEqual([quote.shipping.weightGrams, quote.shipping.fee, quote.shipping.waived, quote.shipping.charged],
      [4500, '18.00', '18.00', '0.00']);
    assert.equal(quote.lines.reduce((sum, l) => sum + fen(l.total), 0) + fen(quote.shipping.charged), fen(quote.payable));
  });

  step('李四 cannot order more than is in stock: STOCK_INSUFFICIENT names the line, nothing is taken', async () => {
    const error = await refused(lisi.Checkout({ input: { coupon: 'NONE', rest: 'ONLINE', lines: [{ skuId: natural, quantity: 50 }],
      address: { recipient: '李四', phone: '13800000002', province: '江苏省', city: '苏州市', district: '工业园区', detail: '星湖街 328 号' } } }),
    'STOCK_INSUFFICIENT');
    assert.equal(error.kind, 'payload');
    assert.equal(error.field, 'lines[0].quantity');
    const product = (await shop.Product({ id: productId })).product!;
    assert.deepEqual(product.skus.map((s) => s.stock.available), [20, 20]);
  });

  step('checkout: the terms say 100 points pay 1.00; a stale payable is PRICE_CHANGED with the new quote; then 800 points and the balance pay first, 169.00 is left online', async () => {
    const terms = (await customer.CheckoutTerms()).checkoutTerms;
    assert.deepEqual([terms.pointsPerUnit, terms.pointsUnitWorth, terms.pointsMaxSharePercent, terms.paymentTimeoutMinutes],
      [100, '1.00', 100, 30]);
    assert.deepEqual((await shop.CheckoutTerms()).checkoutTerms, terms, 'anonymous visitors read the same terms');
    const options = (await customer.MyPaymentOptions({ total: '237.00', points: 800, useBalance: true })).myPaymentOptions;
    assert.deepEqual([options.pointsAvailable, options.pointsUsable, options.pointsUsableWorth, options.balanceAvailable],
      [800, 800, '8.00', '60.00'], 'all 800 points may pay: the cap is the whole 237.00');
    assert.deepEqual([options.paidByPoints, options.paidByBalance, options.due], ['8.00', '60.00', '169.00'],
      'the preview splits the order as checkout will');

    const stale = await customer.Checkout({ input: { coupon: couponId, points: 800, useBalance: true, rest: 'ONLINE', expectedPayable: '230.00' } },
      { payloadErrors: 'return' });
    assert.deepEqual(stale.checkout.errors.map((e) => e.code), ['PRICE_CHANGED']);
    assert.equal(stale.checkout.order, null);
    assert.equal(stale.checkout.quote?.payable, '237.00');

    const placed = await customer.Checkout({ input: { coupon: couponId, points: 800, useBalance: true, rest: 'ONLINE',
      expectedPayable: stale.checkout.quote!.payable, buyerNote: '请尽快发货' } });
    const order = placed.checkout.order!;
    orderId = order.id;
    orderNumber = order.number;
    assert.equal(order.status, 'PENDING_PAYMENT');
    assert.deepEqual([order.goodsTotal, order.promotionDiscount, order.couponDiscount, order.shipping, order.total],
      ['272.00', '20.00', '15.00', '0.00', '237.00']);
    assert.equal(order.couponId, couponId);
    // 100 points are 1.00: 800 points pay 8.00, the balance 60.00, the rest online.
    assert.deepEqual(tenders(order), [['POINTS', '8.00', 800, true], ['BALANCE', '60.00', 0, true], ['ONLINE', '169.00', 0, false]]);
    assert.equal(order.tenders.reduce((sum, t) => sum + fen(t.amount), 0), fen(order.total));
    assert.equal(order.amountDue, '169.00');
    assert.equal(order.fullyPaid, false);
    assert.deepEqual(order.lines.map((l) => [l.skuCode, l.quantity, l.total]), [['SDK-TS-1-N', 2, '148.12'], ['SDK-TS-1-W', 1, '88.88']]);

    assert.deepEqual((await customer.MyWallet()).myWallet, { balance: '0.00', principal: '0.00', bonus: '0.00', points: 0, frozen: false });
    assert.deepEqual((await customer.Cart()).cart.lines, []);
    assert.deepEqual((await shop.Product({ id: productId })).product!.skus.map((s) => s.stock.available), [18, 19]);
  });

  step('张三 pays the 169.00 online through the sandbox gateway: the order is paid and waits to ship', async () => {
    const started = (await customer.PayOrder({ id: orderId })).payOrder;
    assert.equal(started.amount, '169.00');
    assert.equal(started.payment?.status, 'PENDING');
    assert.equal(started.payment?.gateway, 'sandbox');
    const parameters = started.intent!.clientParameters.map((p) => p.name);
    assert.ok(parameters.includes('package') && parameters.includes('paySign'), parameters.join(', '));

    const paid = await zhangsan.payInSandbox(started.intent!.outTradeNo);
    assert.equal(paid.amountFen, 16900);
    assert.equal(paid.callbackStatus, 200);

    const order = (await customer.MyOrder({ id: orderId })).myOrder!;
    assert.equal(order.status, 'TO_SHIP');
    assert.equal(order.fullyPaid, true);
    assert.equal(order.amountDue, '0.00');
    assert.deepEqual(tenders(order), [['POINTS', '8.00', 800, true], ['BALANCE', '60.00', 0, true], ['ONLINE', '169.00', 0, true]]);
    assert.equal(order.tenders[2]?.reference, started.payment?.id);
    assert.deepEqual((await customer.MyCoupons({ status: 'USED' })).myCoupons.edges.map((e) => e.node.id), [couponId]);
  });

  step('staff ship it in one package; 张三 sees it on its way', async () => {
    const toShip = (await staff.StaffOrder({ id: orderId })).order!;
    assert.equal(toShip.status, 'TO_SHIP');
    const shipped = await staff.ShipOrder({ id: orderId, expectedVersion: toShip.version, package: {
      carrier: '顺丰速运', trackingNumber: 'SF1234567890', lines: toShip.lines.map((l) => ({ line: l.index, quantity: l.quantity })),
    } });
    assert.equal(shipped.shipOrder.order?.status, 'SHIPPED');
    assert.ok(shipped.shipOrder.order?.receiptDue);
    const stale = await refused(staff.ShipOrder({ id: orderId, expectedVersion: toShip.version, package: {
      carrier: '顺丰速运', trackingNumber: 'SF1234567891', lines: [{ line: 0, quantity: 1 }] } }), 'VERSION_MISMATCH');
    assert.equal(stale.kind, 'payload');

    const order = (await customer.MyOrder({ id: orderId })).myOrder!;
    assert.equal(order.status, 'SHIPPED');
    assert.deepEqual(order.shipments.map((s) => [s.carrier, s.trackingNumber]), [['顺丰速运', 'SF1234567890']]);
    assert.deepEqual(order.lines.map((l) => l.shippedQuantity), [2, 1]);
  });

  step('张三 confirms receipt: COMPLETED, and 229 purchase points (the 237.00 less the 8.00 paid in points)', async () => {
    const received = (await customer.ConfirmReceipt({ id: orderId })).confirmReceipt.order!;
    assert.equal(received.status, 'COMPLETED');
    assert.deepEqual(received.events.map((e) => [e.action, e.to, e.actorKind]), [
      ['PLACE', 'PENDING_PAYMENT', 'CUSTOMER'], ['PAY', 'TO_SHIP', 'SYSTEM'],
      ['SHIP', 'SHIPPED', 'STAFF'], ['CONFIRM_RECEIPT', 'COMPLETED', 'CUSTOMER']]);
    assert.equal((await customer.MyWallet()).myWallet.points, 229);
    assert.deepEqual((await staff.PointsAwards({ orderNumber })).pointsAwards.map((a) => [a.kind, a.points, a.basis]),
      [['PURCHASE', 229, '229.00']]);
    const mine = await customer.MyOrders({ first: 1 });
    assert.deepEqual(mine.myOrders.edges.map((e) => [e.node.id, e.node.status, e.node.total]), [[orderId, 'COMPLETED', '237.00']]);
  });

  step('张三 returns the 胡桃 one: request, staff approve, the parcel goes back, staff receive it and refund', async () => {
    const reasons = (await customer.AfterSaleReasons()).afterSaleReasons.map((r) => r.code);
    assert.ok(reasons.includes('QUALITY_PROBLEM'), reasons.join(', '));
    const requested = (await customer.RequestAfterSale({ orderId, input: {
      type: 'RETURN_AND_REFUND', reason: 'QUALITY_PROBLEM', description: '竹节开裂', lines: [{ line: 1, quantity: 1 }],
    } })).requestAfterSale.afterSale!;
    afterSaleId = requested.id;
    assert.equal(requested.status, 'REQUESTED');
    assert.deepEqual(requested.lines, [{ line: 1, quantity: 1 }]);
    await refused(customer.RequestAfterSale({ orderId, input: { type: 'RETURN_AND_REFUND', reason: 'OTHER', lines: [{ line: 1, quantity: 1 }] } }),
      'AFTERSALE_LINE_HAS_OPEN_REQUEST');

    const approved = (await staff.ApproveAfterSale({ id: afterSaleId, expectedVersion: requested.version })).approveAfterSale.afterSale!;
    assert.equal(approved.status, 'AWAITING_RETURN');
    const sentBack = (await customer.SubmitReturnShipment({ id: afterSaleId, carrier: '中通快递', trackingNumber: 'ZT9876543210' }))
      .submitReturnShipment.afterSale!;
    assert.equal(sentBack.status, 'RETURN_SHIPPED');
    assert.deepEqual(sentBack.returnShipment, { carrier: '中通快递', trackingNumber: 'ZT9876543210' });
    const arrived = (await staff.MarkReturnReceived({ id: afterSaleId, expectedVersion: sentBack.version })).markReturnReceived.afterSale!;
    assert.equal(arrived.status, 'RETURN_RECEIVED');

    const refunded = (await staff.RefundAfterSale({ id: afterSaleId, expectedVersion: arrived.version })).refundAfterSale.afterSale!;
    assert.equal(refunded.status, 'REFUNDED');
    const refund = refunded.refund!;
    assert.equal(refund.status, 'SUCCEEDED');
    assert.deepEqual([refund.amount, refund.goods, refund.shipping], ['88.88', '88.88', '0.00']);
    // 88.88 in proportion to 8.00 / 60.00 / 169.00: 3.0001 / 22.5013 / 63.3786, and the fen left over
    // to the largest remainder (online): 3.00 (300 points) / 22.50 / 63.38.
    assert.deepEqual(refund.tenders.map((t) => [t.tender, t.amount, t.points]),
      [['POINTS', '3.00', 300], ['BALANCE', '22.50', 0], ['ONLINE', '63.38', 0]]);
    assert.equal(refund.tenders.reduce((sum, t) => sum + fen(t.amount), 0), fen(refund.amount));
    assert.deepEqual(refund.parts.map((p) => [p.destination, p.status]),
      [['POINTS', 'SUCCEEDED'], ['BALANCE', 'SUCCEEDED'], ['PAYMENT_GATEWAY', 'SUCCEEDED']]);
  });

  step("the request, the order and the wallet tell where it stands; balance and points after the day", async () => {
    const afterSale = (await customer.AfterSale({ id: afterSaleId })).afterSale!;
    assert.equal(afterSale.status, 'REFUNDED');
    assert.deepEqual(afterSale.events.map((e) => [e.action, e.to]), [
      ['REQUEST', 'REQUESTED'], ['APPROVE_RETURN', 'AWAITING_RETURN'], ['SUBMIT_RETURN_SHIPMENT', 'RETURN_SHIPPED'],
      ['MARK_RETURN_RECEIVED', 'RETURN_RECEIVED'], ['AGREE_REFUND', 'REFUNDING'], ['COMPLETE_REFUND', 'REFUNDED']]);
    assert.equal(afterSale.refund?.amount, '88.88');
    const mine = (await customer.MyAfterSales({ first: 5 })).myAfterSales.edges.map((e) => [e.node.id, e.node.status, e.node.orderNumber]);
    assert.deepEqual(mine, [[afterSaleId, 'REFUNDED', orderNumber]]);

    const order = (await customer.MyOrder({ id: orderId })).myOrder!;
    assert.equal(order.status, 'COMPLETED');
    assert.deepEqual(order.refunded, { state: 'PARTIALLY_REFUNDED', total: '88.88', online: '63.38', balance: '22.50',
      points: '3.00', pointsReturned: 300, pending: '0.00' });
    assert.deepEqual(order.lines.map((l) => [l.refundedQuantity, l.refundedAmount]), [[0, '0.00'], [1, '88.88']]);
    assert.equal((await customer.OrderRefunds({ orderId })).orderRefunds.length, 1);

    // Balance: 60.00 topped up, 60.00 paid, 22.50 back. Points: 800 earned and spent, 229 for the
    // purchase, 300 back from the refund, and floor(229 × 88.88 / 237.00) = 85 of the purchase points taken back.
    assert.deepEqual((await customer.MyWallet()).myWallet, { balance: '22.50', principal: '22.50', bonus: '0.00', points: 444, frozen: false });
    const entries = (await customer.MyWalletEntries({ first: 20 })).myWalletEntries.edges.map((e) => e.node);
    assert.deepEqual(entries.map((e) => [e.asset, e.reason, e.amount ?? e.points]).reverse(), [
      ['BALANCE', 'TOPUP', '60.00'], ['POINTS', 'SIGN_IN', 800], ['POINTS', 'POINTS_REDEMPTION', -800],
      ['BALANCE', 'ORDER_PAYMENT', '-60.00'], ['POINTS', 'PURCHASE_REWARD', 229], ['POINTS', 'ADJUSTMENT', -85],
      ['POINTS', 'ORDER_REFUND', 300], ['BALANCE', 'ORDER_REFUND', '22.50']]);
    // The returned 胡桃 is back in stock (the merchant restocks when the return is received).
    assert.deepEqual((await shop.Product({ id: productId })).product!.skus.map((s) => s.stock.available), [18, 20]);
  });

  step('top-level errors carry their code and path: no token for me, a page over 100', async () => {
    const anonymous = await refused(shop.Me(), 'UNAUTHENTICATED');
    assert.equal(anonymous.kind, 'graphql');
    assert.deepEqual(anonymous.path, ['me']);
    const tooMany = await refused(shop.Products({ first: 101 }), 'PAGE_LIMIT_INVALID');
    assert.deepEqual(tooMany.path, ['products']);
    const badToken = await refused(new ZhangguiClient({ url: server.url, token: 'not-a-token' }).sdk.Me(), 'UNAUTHENTICATED');
    assert.equal(badToken.kind, 'http');
    assert.equal(badToken.status, 401);
  });
});
