package dev.zhanggui.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.pricing.QuoteCalculator;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A customer's shopping cart (购物车): lines of SKU, quantity and store. One line per SKU and
 * store; adding the same again adds to the quantity. Lines are kept even when they cannot be
 * bought now (off shelf, out of stock): the cart view flags them.
 */
public final class Cart {
    public static final int MAX_LINES = 100;

    private final MerchantId merchant;
    private final CustomerId customer;
    private final List<CartLine> lines;
    private long version;

    public Cart(MerchantId merchant, CustomerId customer, List<CartLine> lines, long version) {
        this.merchant = merchant;
        this.customer = customer;
        this.lines = new ArrayList<>(lines);
        this.version = version;
    }

    public static Cart empty(MerchantId merchant, CustomerId customer) {
        return new Cart(merchant, customer, List.of(), 0);
    }

    /** Adds units of a SKU (from a store, for scan-and-go); merges with the line of the same SKU and store. */
    public void add(SkuId sku, int quantity, Optional<StoreId> store) {
        requireQuantity(sku, quantity);
        Optional<CartLine> existing = line(sku, store);
        if (existing.isPresent()) {
            set(sku, store, Math.min(QuoteCalculator.MAX_QUANTITY, existing.get().quantity() + quantity));
            return;
        }
        if (lines.size() >= MAX_LINES) {
            throw new DomainException(ErrorCode.CART_LIMIT, "A cart holds at most " + MAX_LINES + " lines");
        }
        lines.add(new CartLine(sku, quantity, store));
        version++;
    }

    /** Sets the quantity of a line; zero removes it. */
    public void set(SkuId sku, Optional<StoreId> store, int quantity) {
        if (quantity == 0) {
            remove(sku, store);
            return;
        }
        requireQuantity(sku, quantity);
        int at = lines.indexOf(line(sku, store).orElseThrow(() -> DomainException.invalidField("skuId",
                ErrorCode.CART_LINE_INVALID, "The cart has no line of SKU " + sku)));
        lines.set(at, new CartLine(sku, quantity, store));
        version++;
    }

    public void remove(SkuId sku, Optional<StoreId> store) {
        if (lines.removeIf(l -> l.sku().equals(sku) && l.store().equals(store))) {
            version++;
        }
    }

    /** Takes out the lines an order was placed for (the rest stays in the cart). */
    public void removeOrdered(List<CartLine> ordered) {
        ordered.forEach(l -> remove(l.sku(), l.store()));
    }

    /** 再次订购: adds the lines of an old order. */
    public void reorder(Order order) {
        for (OrderLine line : order.lines()) {
            Optional<CartLine> existing = line(line.sku().sku(), line.store());
            if (existing.isPresent() || lines.size() < MAX_LINES) {
                add(line.sku().sku(), line.quantity(), line.store());
            }
        }
    }

    private Optional<CartLine> line(SkuId sku, Optional<StoreId> store) {
        return lines.stream().filter(l -> l.sku().equals(sku) && l.store().equals(store)).findFirst();
    }

    private static void requireQuantity(SkuId sku, int quantity) {
        if (sku == null || quantity < 1 || quantity > QuoteCalculator.MAX_QUANTITY) {
            throw DomainException.invalidField("quantity", ErrorCode.CART_LINE_INVALID);
        }
    }

    public Cart copy() {
        return new Cart(merchant, customer, lines, version);
    }

    public void stored(long newVersion) {
        version = newVersion;
    }

    public MerchantId merchant() {
        return merchant;
    }

    public CustomerId customer() {
        return customer;
    }

    public List<CartLine> lines() {
        return List.copyOf(lines);
    }

    public long version() {
        return version;
    }
}
