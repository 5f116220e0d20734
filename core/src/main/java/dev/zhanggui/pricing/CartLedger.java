package dev.zhanggui.pricing;

import dev.zhanggui.promotion.CartLineView;
import dev.zhanggui.promotion.CartView;
import dev.zhanggui.shared.Allocation;
import dev.zhanggui.shared.Money;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running amounts of a quote's lines, in minor units (fen): the goods amount, and every
 * discount share taken off it so far. A share never takes a line below zero, and an order discount
 * is split over lines by largest remainder ({@link Allocation}), so the lines always add up.
 */
final class CartLedger {
    private final List<CartLine> lines;
    private final List<PricedSku> skus;
    private final Currency currency;
    private final long[] goods;
    private final long[] net;
    private final long[] promotion;
    private final long[] coupon;
    private final List<List<LineDiscount>> shares;
    /** Per promotion or coupon, in the order they first took something: its name and total. */
    private final Map<SourceKey, Total> totals = new LinkedHashMap<>();

    private record SourceKey(DiscountSource source, String id) {
    }

    private static final class Total {
        final String name;
        long amount;

        Total(String name) {
            this.name = name;
        }
    }

    CartLedger(List<CartLine> lines, List<PricedSku> skus, List<UnitPrice> unitPrices) {
        this.lines = lines;
        this.skus = skus;
        this.currency = unitPrices.getFirst().amount().currency();
        int n = lines.size();
        goods = new long[n];
        net = new long[n];
        promotion = new long[n];
        coupon = new long[n];
        shares = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            goods[i] = unitPrices.get(i).amount().times(lines.get(i).quantity()).minorUnits();
            net[i] = goods[i];
            shares.add(new ArrayList<>(2));
        }
    }

    int size() {
        return goods.length;
    }

    Money money(long minor) {
        return Money.ofMinor(minor, currency);
    }

    long net(int line) {
        return net[line];
    }

    long netOf(List<Integer> indexes) {
        long sum = 0;
        for (int i : indexes) {
            sum += net[i];
        }
        return sum;
    }

    long totalPromotion() {
        long sum = 0;
        for (long p : promotion) {
            sum += p;
        }
        return sum;
    }

    /** The cart as promotions and coupons see it now. */
    CartView view(Instant at) {
        List<CartLineView> views = new ArrayList<>(goods.length);
        for (int i = 0; i < goods.length; i++) {
            CartLine line = lines.get(i);
            PricedSku sku = skus.get(i);
            views.add(new CartLineView(i, line.sku(), sku.product(), sku.categories(), line.store(), line.quantity(),
                    money(net[i])));
        }
        return new CartView(views, at);
    }

    /** Takes up to {@code minor} off one line; returns what was taken (never more than the line's net). */
    long take(int line, long minor, DiscountSource source, String sourceId, String name) {
        long taken = Math.min(Math.max(minor, 0), net[line]);
        if (taken == 0) {
            return 0;
        }
        net[line] -= taken;
        if (source == DiscountSource.PROMOTION) {
            promotion[line] += taken;
        } else {
            coupon[line] += taken;
        }
        shares.get(line).add(new LineDiscount(source, sourceId, money(taken)));
        totals.computeIfAbsent(new SourceKey(source, sourceId), k -> new Total(name)).amount += taken;
        return taken;
    }

    /**
     * Splits an order discount over the given lines in proportion to their net amounts (largest
     * remainder, ties to the earlier line); capped at what those lines cost. Returns what was taken.
     */
    long split(long minor, List<Integer> indexes, DiscountSource source, String sourceId, String name) {
        long base = netOf(indexes);
        long amount = Math.min(minor, base);
        if (amount <= 0) {
            return 0;
        }
        long[] weights = new long[indexes.size()];
        for (int k = 0; k < weights.length; k++) {
            weights[k] = net[indexes.get(k)];
        }
        long[] parts = Allocation.split(amount, weights);
        long taken = 0;
        for (int k = 0; k < parts.length; k++) {
            taken += take(indexes.get(k), parts[k], source, sourceId, name);
        }
        return taken;
    }

    List<QuotedLine> quotedLines(List<UnitPrice> unitPrices) {
        List<QuotedLine> quoted = new ArrayList<>(goods.length);
        for (int i = 0; i < goods.length; i++) {
            CartLine line = lines.get(i);
            quoted.add(new QuotedLine(i, line.sku(), line.quantity(), line.store(), skus.get(i).listPrice(),
                    unitPrices.get(i), money(goods[i]), money(promotion[i]), money(coupon[i]), money(net[i]),
                    shares.get(i)));
        }
        return quoted;
    }

    List<AppliedDiscount> appliedDiscounts() {
        List<AppliedDiscount> applied = new ArrayList<>(totals.size());
        totals.forEach((key, total) -> applied.add(new AppliedDiscount(key.source(), key.id(), total.name,
                money(total.amount))));
        return applied;
    }

    long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }

    long goodsTotal() {
        return sum(goods);
    }

    long promotionTotal() {
        return sum(promotion);
    }

    long couponTotal() {
        return sum(coupon);
    }

    long netTotal() {
        return sum(net);
    }
}
