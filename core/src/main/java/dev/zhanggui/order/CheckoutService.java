package dev.zhanggui.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.AddressDetails;
import dev.zhanggui.customer.Customer;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.pricing.DeliveryMethod;
import dev.zhanggui.pricing.Quote;
import dev.zhanggui.pricing.QuoteRequest;
import dev.zhanggui.pricing.QuoteService;
import dev.zhanggui.pricing.QuotedLine;
import dev.zhanggui.pricing.ShippingRegion;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.EventPublisher;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.shared.VersionCheck;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checkout (结算下单), one unit of work: checks the payment terms and the delivery date, re-quotes
 * through pricing (refusing with {@code PRICE_CHANGED} and the new quote unless the client accepts
 * changes), snapshots the lines, takes stock, coupon, points, balance and credit
 * ({@link OrderHoldings}), and writes the order. Staff may order for a customer (代客下单), as a draft
 * (待提交) they submit later.
 */
public final class CheckoutService {
    private final OrderRepository orders;
    private final CartRepository carts;
    private final CustomerService customers;
    private final QuoteService quotes;
    private final OrderCatalog catalog;
    private final OrderHoldings holdings;
    private final OrderSettings settings;
    private final OrderNumberPolicy numbers;
    private final PaymentTermsPolicy paymentTerms;
    private final DeliveryDatePolicy deliveryDates;
    private final VerificationCodes codes;
    private final Transactions transactions;
    private final EventPublisher events;
    private final IdGenerator ids;
    private final Clock clock;

    public CheckoutService(OrderRepository orders, CartRepository carts, CustomerService customers,
                           QuoteService quotes, OrderCatalog catalog, OrderHoldings holdings, OrderSettings settings,
                           OrderNumberPolicy numbers, PaymentTermsPolicy paymentTerms,
                           DeliveryDatePolicy deliveryDates, VerificationCodes codes, Transactions transactions,
                           EventPublisher events, IdGenerator ids, Clock clock) {
        this.orders = orders;
        this.carts = carts;
        this.customers = customers;
        this.quotes = quotes;
        this.catalog = catalog;
        this.holdings = holdings;
        this.settings = settings;
        this.numbers = numbers;
        this.paymentTerms = paymentTerms;
        this.deliveryDates = deliveryDates;
        this.codes = codes;
        this.transactions = transactions;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    public Order checkout(Actor actor, CheckoutRequest request) {
        requireAllowed(actor, request);
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Customer customer = actor.isCustomer() ? customers.me(actor)
                    : customers.get(actor, request.customer().orElseThrow());
            OrderSettings.MerchantOrderSettings merchant = settings.of(actor.merchant());
            PaymentTerms terms = settings.termsFor(actor.merchant(), customer.id()).orElse(merchant.terms());
            paymentTerms.check(request.plan().rest(), history(actor, customer.id()), terms);
            LocalDate today = now.atZone(merchant.zone()).toLocalDate();
            requireDeliveryDate(actor, request, today);
            // Read once: its version guards the removal of the ordered lines at the end.
            Optional<Cart> cart = request.lines().isEmpty() ? carts.find(actor.merchant(), customer.id()) : Optional.empty();
            List<CartLine> lines = lines(cart, request);
            Delivery delivery = delivery(customer, request);
            Quote quote = quotes.quote(actor, new QuoteRequest(lines,
                    actor.isCustomer() ? Optional.empty() : Optional.of(customer.id()), request.coupon(),
                    request.delivery(), request.carrier(), delivery.address()
                    .map(a -> ShippingRegion.of(null, a.province()))));
            requireSamePrice(request, quote);
            OrderContents contents = contents(actor, customer, request, quote, delivery);
            OrderOrigin origin = new OrderOrigin(customer.id(), request.source(), request.salesperson());
            Optional<Verification> verification = needsCode(request)
                    ? Optional.of(Verification.issued(uniqueCode(actor))) : Optional.empty();
            String number = numbers.next(actor.merchant(), now);
            OrderId id = new OrderId(ids.newId());
            Order order = Order.draft(id, actor.merchant(), number, origin, contents, request.plan(),
                    merchant.timers(), verification, actor, now);
            if (!request.draft()) {
                order = Order.placed(id, actor.merchant(), number, origin, contents, request.plan(),
                        merchant.timers(), verification, holdings.take(actor, order, merchant, now),
                        actor, now);
            }
            orders.add(order);
            publish(order, 0);
            if (cart.isPresent()) {
                long before = cart.get().version();
                cart.get().removeOrdered(lines);
                carts.save(cart.get(), before);
            }
            return order;
        });
    }

    /** Staff submit a draft (提交): its stock, coupon and wallet tenders are taken now, at the drafted prices. */
    public Order submitDraft(Actor actor, OrderId id, Optional<Long> expectedVersion) {
        OrderAccess.requireStaff(actor);
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Order order = orders.find(actor.merchant(), id)
                    .orElseThrow(() -> new DomainException(ErrorCode.ORDER_NOT_FOUND, "No order " + id));
            VersionCheck.require(expectedVersion, order.version());
            if (order.status() != OrderStatus.DRAFT) {
                throw new DomainException(ErrorCode.ORDER_INVALID_TRANSITION,
                        "An order in status " + order.status() + " cannot " + OrderAction.PLACE);
            }
            OrderSettings.MerchantOrderSettings merchant = settings.of(actor.merchant());
            PaymentTerms terms = settings.termsFor(actor.merchant(), order.customer()).orElse(merchant.terms());
            paymentTerms.check(order.plan().rest(), history(actor, order.customer()), terms);
            long before = order.version();
            int known = order.events().size();
            order.place(holdings.take(actor, order, merchant, now), actor, now);
            orders.update(order, before);
            publish(order, known);
            return order;
        });
    }

    private CustomerHistory history(Actor actor, CustomerId customer) {
        return CustomerHistory.lookedUp(() -> orders.countPlaced(actor.merchant(), customer),
                () -> orders.hasUnsettledCashOnDelivery(actor.merchant(), customer));
    }

    private void publish(Order order, int from) {
        order.events().subList(from, order.events().size()).forEach(e -> events.publish(new OrderChanged(
                order.merchant(), order.id(), order.number(), order.customer(), e)));
    }

    private static void requireAllowed(Actor actor, CheckoutRequest request) {
        if (request.plan().points().isNegative()) {
            throw DomainException.invalidField("points", ErrorCode.ORDER_TENDER_INVALID, "Points are never negative");
        }
        if (request.buyerNote().filter(n -> n.length() > CheckoutRequest.MAX_NOTE).isPresent()) {
            throw DomainException.invalidField("buyerNote", ErrorCode.ORDER_INVALID, "At most 200 characters");
        }
        if (actor.isCustomer()) {
            if (request.customer().isPresent() || request.draft() || request.salesperson().isPresent()
                    || (request.source() != OrderSource.MOBILE_MALL && request.source() != OrderSource.SCAN_AND_GO)) {
                throw new DomainException(ErrorCode.FORBIDDEN, "Customers place their own mall orders");
            }
            return;
        }
        OrderAccess.requireStaff(actor);
        if (request.customer().isEmpty()) {
            throw DomainException.invalidField("customerId", ErrorCode.ORDER_INVALID, "Name the customer of the order");
        }
        if (request.lines().isEmpty()) {
            throw DomainException.invalidField("lines", ErrorCode.CART_EMPTY, "A staff order names its lines");
        }
    }

    private void requireDeliveryDate(Actor actor, CheckoutRequest request, LocalDate today) {
        if (request.deliveryDate().isEmpty()) {
            return;
        }
        LocalDate earliest = deliveryDates.earliest(actor.merchant(), today);
        if (request.deliveryDate().get().isBefore(earliest)) {
            throw DomainException.invalidField("deliveryDate", ErrorCode.ORDER_DELIVERY_DATE_TOO_EARLY,
                    "The earliest delivery date is " + earliest);
        }
    }

    private static List<CartLine> lines(Optional<Cart> cart, CheckoutRequest request) {
        if (!request.lines().isEmpty()) {
            return request.lines();
        }
        List<CartLine> lines = cart.map(Cart::lines).orElse(List.of());
        if (lines.isEmpty()) {
            throw DomainException.invalidField("lines", ErrorCode.CART_EMPTY, "The cart is empty");
        }
        return lines;
    }

    private static Delivery delivery(Customer customer, CheckoutRequest request) {
        if (request.delivery() == DeliveryMethod.PICKUP) {
            return Delivery.pickup(request.pickupStore().or(() -> request.lines().stream()
                    .flatMap(l -> l.store().stream()).findFirst()).orElseThrow(() -> DomainException.invalidField(
                    "pickupStoreId", ErrorCode.ORDER_INVALID, "Pickup needs a store")));
        }
        AddressDetails address = request.address()
                .or(() -> request.addressId().map(id -> customer.address(id).details()))
                .or(() -> customer.defaultAddress().map(a -> a.details()))
                .orElseThrow(() -> DomainException.invalidField("address", ErrorCode.ORDER_INVALID,
                        "Express delivery needs an address"));
        return Delivery.express(request.carrier(), address);
    }

    private static void requireSamePrice(CheckoutRequest request, Quote quote) {
        if (request.acceptPriceChanges() || request.expectedPayable().isEmpty()) {
            return;
        }
        if (!request.expectedPayable().get().equals(quote.payable())) {
            throw new PriceChangedException(quote, "The order now costs " + quote.payable() + ", not "
                    + request.expectedPayable().get());
        }
    }

    private OrderContents contents(Actor actor, Customer customer, CheckoutRequest request, Quote quote,
                                   Delivery delivery) {
        Map<SkuId, SkuDescription> described = catalog.describe(actor.merchant(),
                quote.lines().stream().map(QuotedLine::sku).distinct().toList());
        List<OrderLine> lines = new ArrayList<>();
        for (QuotedLine q : quote.lines()) {
            SkuDescription sku = Optional.ofNullable(described.get(q.sku())).orElseThrow(() ->
                    DomainException.invalidField("lines[" + q.index() + "].sku", ErrorCode.ORDER_LINES_UNAVAILABLE,
                            "SKU " + q.sku() + " is not on sale"));
            lines.add(new OrderLine(q.index(), sku, q.store(), q.quantity(), q.listPrice(), q.unitPrice(),
                    q.goodsAmount(), q.promotionDiscount(), q.couponDiscount(), q.total(), q.discounts()));
        }
        Optional<InvoiceRequest> invoice = request.invoiceType().map(type -> new InvoiceRequest(type,
                request.invoice().or(customer::invoiceProfile).orElseThrow(() -> DomainException.invalidField(
                        "invoice", ErrorCode.ORDER_INVALID, "The invoice needs a title"))));
        return new OrderContents(lines, quote.goodsTotal(), quote.promotionDiscount(), quote.couponDiscount(),
                quote.shipping().charged(), quote.appliedCoupon().map(c -> c.coupon()), delivery, invoice,
                request.deliveryDate(), request.buyerNote());
    }

    private static boolean needsCode(CheckoutRequest request) {
        return request.delivery() == DeliveryMethod.PICKUP || request.source() == OrderSource.SCAN_AND_GO;
    }

    private String uniqueCode(Actor actor) {
        for (int attempt = 0; attempt < 5; attempt++) {
            String code = codes.newCode();
            if (orders.findByVerificationCode(actor.merchant(), code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("no unique verification code after 5 draws");
    }
}
