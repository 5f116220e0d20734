package dev.zhanggui.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.MemberLevelId;
import dev.zhanggui.customer.MemberLevelRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Transactions;


/** The level price use cases (等级会员价): staff fix a SKU's price for one member level. */
public final class LevelPriceService {
    private final LevelPriceRepository prices;
    private final MemberLevelRepository levels;
    private final Transactions transactions;

    public LevelPriceService(LevelPriceRepository prices, MemberLevelRepository levels, Transactions transactions) {
        this.prices = prices;
        this.levels = levels;
        this.transactions = transactions;
    }

    public LevelPrice set(Actor actor, MemberLevelId level, SkuId sku, Money price) {
        PricingAccess.requireStaff(actor);
        LevelPrice levelPrice = new LevelPrice(actor.merchant(), level, sku, price);
        return transactions.inTransaction(() -> {
            requireLevel(actor, level);
            prices.put(levelPrice);
            return levelPrice;
        });
    }

    public void remove(Actor actor, MemberLevelId level, SkuId sku) {
        PricingAccess.requireStaff(actor);
        transactions.run(() -> prices.remove(actor.merchant(), level, sku));
    }

    /** A page of the level's prices, by SKU id; an unknown level is MEMBER_LEVEL_NOT_FOUND. */
    public Page<LevelPrice> list(Actor actor, MemberLevelId level, PageRequest page) {
        PricingAccess.requireStaff(actor);
        return transactions.inTransaction(() -> {
            requireLevel(actor, level);
            return prices.listForLevel(actor.merchant(), level, page);
        });
    }

    private void requireLevel(Actor actor, MemberLevelId level) {
        if (levels.find(actor.merchant(), level).isEmpty()) {
            throw new DomainException(ErrorCode.MEMBER_LEVEL_NOT_FOUND, "No member level " + level);
        }
    }
}
