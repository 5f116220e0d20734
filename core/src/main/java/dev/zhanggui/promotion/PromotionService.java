package dev.zhanggui.promotion;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.shared.VersionCheck;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The promotion use cases (营销活动): staff define promotions from registered conditions and actions;
 * quotes read the running ones, checked and typed.
 */
public final class PromotionService {
    /** Higher priority first; equal priorities in id (creation) order, so quotes are deterministic. */
    static final Comparator<Promotion> APPLICATION_ORDER = Comparator.comparingInt(Promotion::priority).reversed()
            .thenComparing(p -> p.id().value());

    private final PromotionRepository promotions;
    private final PromotionRegistry registry;
    private final Transactions transactions;
    private final IdGenerator ids;

    public PromotionService(PromotionRepository promotions, PromotionRegistry registry, Transactions transactions,
                            IdGenerator ids) {
        this.promotions = promotions;
        this.registry = registry;
        this.transactions = transactions;
        this.ids = ids;
    }

    /** Creates an enabled promotion; unknown codes or bad arguments are refused with their fields. */
    public Promotion create(Actor actor, PromotionTerms terms) {
        PromotionAccess.requireStaff(actor);
        Promotion promotion = new Promotion(new PromotionId(ids.newId()), actor.merchant(), terms.name(),
                terms.window(), terms.conditions(), terms.action(), terms.priority(), true, 0);
        registry.compile(promotion);
        transactions.run(() -> promotions.add(promotion));
        return promotion;
    }

    public Promotion update(Actor actor, PromotionId id, PromotionTerms terms, Optional<Long> expectedVersion) {
        PromotionAccess.requireStaff(actor);
        return transactions.inTransaction(() -> {
            Promotion current = load(actor.merchant(), id);
            VersionCheck.require(expectedVersion, current.version());
            Promotion changed = current.revised(terms.name(), terms.window(), terms.conditions(), terms.action(),
                    terms.priority());
            registry.compile(changed);
            promotions.update(changed);
            return changed;
        });
    }

    public Promotion enable(Actor actor, PromotionId id, boolean on) {
        PromotionAccess.requireStaff(actor);
        return transactions.inTransaction(() -> {
            Promotion changed = load(actor.merchant(), id).enabled(on);
            promotions.update(changed);
            return changed;
        });
    }

    public void remove(Actor actor, PromotionId id) {
        PromotionAccess.requireStaff(actor);
        transactions.run(() -> {
            load(actor.merchant(), id);
            promotions.remove(actor.merchant(), id);
        });
    }

    public Promotion get(Actor actor, PromotionId id) {
        return transactions.inTransaction(() -> load(actor.merchant(), id));
    }

    /** A page of the merchant's promotions, newest first. */
    public Page<Promotion> list(Actor actor, PageRequest page) {
        return transactions.inTransaction(() -> promotions.list(actor.merchant(), page));
    }

    /**
     * The promotions running at {@code at}, compiled, in application order. A stored promotion whose
     * code is no longer registered is skipped rather than failing every quote.
     */
    public List<CompiledPromotion> running(MerchantId merchant, Instant at) {
        return transactions.inTransaction(() -> promotions.running(merchant, at)).stream()
                .sorted(APPLICATION_ORDER)
                .flatMap(p -> {
                    try {
                        return Stream.of(registry.compile(p));
                    } catch (DomainException e) {
                        return Stream.empty();
                    }
                }).toList();
    }

    private Promotion load(MerchantId merchant, PromotionId id) {
        return promotions.find(merchant, id).orElseThrow(() ->
                new DomainException(ErrorCode.PROMOTION_NOT_FOUND, "No promotion " + id));
    }
}
