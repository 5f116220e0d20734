package dev.zhanggui.pricing;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.shared.VersionCheck;

import java.util.Optional;

/** The time-limited price use cases (限时购): staff set a SKU's price for a window, optionally capped. */
public final class FlashPriceService {
    private final FlashPriceRepository prices;
    private final Transactions transactions;
    private final IdGenerator ids;

    public FlashPriceService(FlashPriceRepository prices, Transactions transactions, IdGenerator ids) {
        this.prices = prices;
        this.transactions = transactions;
        this.ids = ids;
    }

    public FlashPrice create(Actor actor, FlashPriceTerms terms) {
        PricingAccess.requireStaff(actor);
        FlashPrice price = new FlashPrice(new FlashPriceId(ids.newId()), actor.merchant(), terms.sku(), terms.price(),
                terms.window(), terms.perCustomerCap(), 0);
        transactions.run(() -> prices.add(price));
        return price;
    }

    /** Changes price, window or cap; the SKU stays (a new SKU is a new time-limited price). */
    public FlashPrice update(Actor actor, FlashPriceId id, FlashPriceTerms terms, Optional<Long> expectedVersion) {
        PricingAccess.requireStaff(actor);
        return transactions.inTransaction(() -> {
            FlashPrice current = load(actor.merchant(), id);
            VersionCheck.require(expectedVersion, current.version());
            if (terms.sku() != null && !terms.sku().equals(current.sku())) {
                throw DomainException.invalidField("sku", ErrorCode.FLASH_PRICE_INVALID,
                        "The SKU of a time-limited price cannot change");
            }
            FlashPrice changed = current.revised(terms.price(), terms.window(), terms.perCustomerCap());
            prices.update(changed);
            return changed;
        });
    }

    public void remove(Actor actor, FlashPriceId id) {
        PricingAccess.requireStaff(actor);
        transactions.run(() -> {
            load(actor.merchant(), id);
            prices.remove(actor.merchant(), id);
        });
    }

    /** A page of the time-limited prices, newest first; anyone may see them (a storefront shows them with a countdown). */
    public Page<FlashPrice> list(Actor actor, PageRequest page) {
        return transactions.inTransaction(() -> prices.list(actor.merchant(), page));
    }

    private FlashPrice load(MerchantId merchant, FlashPriceId id) {
        return prices.find(merchant, id).orElseThrow(() ->
                new DomainException(ErrorCode.FLASH_PRICE_NOT_FOUND, "No time-limited price " + id));
    }
}
