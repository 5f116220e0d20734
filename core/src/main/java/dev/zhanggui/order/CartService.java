package dev.zhanggui.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StockLocation;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.pricing.CouponChoice;
import dev.zhanggui.pricing.DeliveryMethod;
import dev.zhanggui.pricing.PricedSku;
import dev.zhanggui.pricing.PricingCatalog;
import dev.zhanggui.pricing.Quote;
import dev.zhanggui.pricing.QuoteRequest;
import dev.zhanggui.pricing.QuoteService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Transactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The cart use cases (购物车): the calling customer adds, changes and removes lines, reads the cart
 * priced live with invalid lines flagged (not dropped), and fills it again from an old order (再次订购).
 */
public final class CartService {
    private final CartRepository carts;
    private final OrderRepository orders;
    private final CustomerService customers;
    private final PricingCatalog catalog;
    private final OrderStock stock;
    private final QuoteService quotes;
    private final Transactions transactions;

    public CartService(CartRepository carts, OrderRepository orders, CustomerService customers,
                       PricingCatalog catalog, OrderStock stock, QuoteService quotes, Transactions transactions) {
        this.carts = carts;
        this.orders = orders;
        this.customers = customers;
        this.catalog = catalog;
        this.stock = stock;
        this.quotes = quotes;
        this.transactions = transactions;
    }

    public CartView add(Actor actor, SkuId sku, int quantity, Optional<StoreId> store) {
        return change(actor, cart -> cart.add(sku, quantity, store));
    }

    /** Sets a line's quantity; zero removes the line. */
    public CartView update(Actor actor, SkuId sku, Optional<StoreId> store, int quantity) {
        return change(actor, cart -> cart.set(sku, store, quantity));
    }

    public CartView remove(Actor actor, SkuId sku, Optional<StoreId> store) {
        return change(actor, cart -> cart.remove(sku, store));
    }

    /** 再次订购: adds the lines of one of the customer's orders to the cart. */
    public CartView reorder(Actor actor, OrderId orderId) {
        OrderAccess.requireCustomer(actor);
        CustomerId me = customers.myId(actor);
        Order order = transactions.inTransaction(() -> orders.find(actor.merchant(), orderId)
                .filter(o -> o.customer().equals(me))
                .orElseThrow(() -> new DomainException(ErrorCode.ORDER_NOT_FOUND, "No order " + orderId)));
        return change(actor, cart -> cart.reorder(order));
    }

    public CartView view(Actor actor) {
        OrderAccess.requireCustomer(actor);
        return transactions.inTransaction(() -> {
            CustomerId me = customers.myId(actor);
            Cart cart = carts.find(actor.merchant(), me).orElseGet(() -> Cart.empty(actor.merchant(), me));
            return priced(actor, cart);
        });
    }

    /** Flags each line: off shelf when pricing no longer has the SKU on sale, out of stock when too few are left. */
    public List<CartLineState> states(Actor actor, List<CartLine> lines) {
        List<SkuId> skus = lines.stream().map(CartLine::sku).distinct().toList();
        Map<SkuId, PricedSku> onSale = transactions.inTransaction(() -> catalog.findAll(actor.merchant(), skus));
        Map<Optional<StoreId>, List<SkuId>> byStore = lines.stream().collect(
                Collectors.groupingBy(CartLine::store, Collectors.mapping(CartLine::sku, Collectors.toList())));
        Map<Optional<StoreId>, Map<SkuId, Integer>> available = new java.util.HashMap<>();
        byStore.forEach((store, ids) -> available.put(store, transactions.inTransaction(
                () -> stock.available(actor.merchant(), ids, StockLocation.of(store)))));
        List<CartLineState> states = new ArrayList<>();
        for (CartLine line : lines) {
            int left = available.get(line.store()).getOrDefault(line.sku(), 0);
            CartLineState.Availability availability = !onSale.containsKey(line.sku())
                    ? CartLineState.Availability.OFF_SHELF
                    : left < line.quantity() ? CartLineState.Availability.OUT_OF_STOCK
                    : CartLineState.Availability.OK;
            states.add(new CartLineState(line, availability, left));
        }
        return states;
    }

    /** The change and the answer priced after it in one unit of work: one connection, the caller looked up once. */
    private CartView change(Actor actor, Consumer<Cart> verb) {
        OrderAccess.requireCustomer(actor);
        return transactions.inTransaction(() -> {
            CustomerId me = customers.myId(actor);
            Cart cart = carts.find(actor.merchant(), me).orElseGet(() -> Cart.empty(actor.merchant(), me));
            long before = cart.version();
            verb.accept(cart);
            carts.save(cart, before);
            return priced(actor, cart);
        });
    }

    private CartView priced(Actor actor, Cart cart) {
        if (cart.lines().isEmpty()) {
            return new CartView(List.of(), Optional.empty(), cart.version());
        }
        List<CartLineState> states = states(actor, cart.lines());
        List<CartLine> buyable = states.stream().filter(CartLineState::buyable).map(CartLineState::line).toList();
        Optional<Quote> quote = buyable.isEmpty() ? Optional.empty() : Optional.of(quotes.quote(actor,
                new QuoteRequest(buyable, Optional.empty(), CouponChoice.BEST, DeliveryMethod.EXPRESS,
                        Optional.empty(), Optional.empty())));
        return new CartView(states, quote, cart.version());
    }
}
