package dev.zhanggui.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerGroupId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.MemberLevel;
import dev.zhanggui.promotion.Coupon;
import dev.zhanggui.promotion.CouponTemplate;
import dev.zhanggui.promotion.CouponTemplateId;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The quote use case (报价): prices a cart for the calling customer, for an anonymous visitor, or
 * for a customer staff name, without creating anything. It loads what the cart depends on and
 * hands it to the pure {@link QuoteCalculator}.
 */
public final class QuoteService {
    private final PricingCatalog catalog;
    private final PriceTierSources tiers;
    private final CouponSources coupons;
    private final CarrierRepository carriers;
    private final CustomerService customers;
    private final Transactions transactions;
    private final Clock clock;
    private final Map<UnitPriceRule, UnitPricePolicy> policies;
    private final QuoteCalculator calculator = new QuoteCalculator();

    public QuoteService(PricingCatalog catalog, PriceTierSources tiers, CouponSources coupons,
                        CarrierRepository carriers, CustomerService customers, Transactions transactions,
                        Clock clock) {
        this(catalog, tiers, coupons, carriers, customers, transactions, clock,
                Map.of(UnitPriceRule.LOWEST, new DefaultUnitPricePolicy(),
                        UnitPriceRule.PRICE_LIST_FIRST, new PriceListFirstUnitPricePolicy()));
    }

    /** With the policies an embedding application wants for each rule. */
    public QuoteService(PricingCatalog catalog, PriceTierSources tiers, CouponSources coupons,
                        CarrierRepository carriers, CustomerService customers, Transactions transactions,
                        Clock clock, Map<UnitPriceRule, UnitPricePolicy> policies) {
        this.catalog = catalog;
        this.tiers = tiers;
        this.coupons = coupons;
        this.carriers = carriers;
        this.customers = customers;
        this.transactions = transactions;
        this.clock = clock;
        this.policies = Map.copyOf(policies);
    }

    public Quote quote(Actor actor, QuoteRequest request) {
        Optional<CustomerId> customer = customerFor(actor, request);
        Instant now = clock.instant();
        QuoteInputs inputs = transactions.inTransaction(() -> load(actor.merchant(), customer, request, now));
        return calculator.quote(inputs);
    }

    /** The merchant's unit price rule; staff change it, a quote follows it. */
    public void chooseUnitPriceRule(Actor actor, UnitPriceRule rule) {
        PricingAccess.requireStaff(actor);
        transactions.run(() -> tiers.settings().setUnitPriceRule(actor.merchant(), rule));
    }

    private Optional<CustomerId> customerFor(Actor actor, QuoteRequest request) {
        if (actor.isCustomer()) {
            CustomerId me = customers.myId(actor);
            if (request.customer().filter(c -> !c.equals(me)).isPresent()) {
                throw new DomainException(ErrorCode.FORBIDDEN, "A customer quotes only for themselves");
            }
            return Optional.of(me);
        }
        if (request.customer().isPresent()) {
            PricingAccess.requireStaff(actor);
            customers.get(actor, request.customer().get());
        }
        return request.customer();
    }

    private QuoteInputs load(MerchantId merchant, Optional<CustomerId> customer, QuoteRequest request,
                             Instant now) {
        Set<SkuId> skuIds = new LinkedHashSet<>();
        request.lines().forEach(l -> skuIds.add(l.sku()));
        skuIds.remove(null);
        Optional<MemberLevel> level = customer.flatMap(c -> tiers.levels().levelOf(merchant, c));
        List<CustomerGroupId> groups = customer.map(c -> tiers.groups().groupsOf(merchant, c)).orElse(List.of());
        List<FlashPrice> flash = tiers.flashPrices().running(merchant, skuIds, now);
        Map<FlashPriceId, Integer> bought = new HashMap<>();
        customer.ifPresent(c -> flash.forEach(f -> bought.put(f.id(),
                tiers.flashPurchases().quantityBought(merchant, c, f.id()))));
        UnitPricePolicy policy = policies.getOrDefault(tiers.settings().unitPriceRule(merchant),
                new DefaultUnitPricePolicy());
        return new QuoteInputs(merchant, now, request.lines(), catalog.findAll(merchant, skuIds), level,
                level.map(l -> tiers.levelPrices().findAll(merchant, l.id(), skuIds)).orElse(Map.of()),
                customer.map(c -> tiers.priceLists().applicable(merchant, c, groups, now)).orElse(List.of()),
                flash, bought, coupons.promotions().running(merchant, now),
                customer.map(c -> offers(merchant, c)).orElse(List.of()), request.coupon(), request.delivery(),
                request.carrier(), carriers.all(merchant), request.region(), policy);
    }

    private List<CouponOffer> offers(MerchantId merchant, CustomerId customer) {
        List<Coupon> held = coupons.coupons().heldBy(merchant, customer);
        Set<CouponTemplateId> templateIds = new LinkedHashSet<>();
        held.forEach(c -> templateIds.add(c.template()));
        Map<CouponTemplateId, CouponTemplate> templates = coupons.templates().findAll(merchant, templateIds);
        List<CouponOffer> offers = new ArrayList<>();
        for (Coupon coupon : held) {
            CouponTemplate template = templates.get(coupon.template());
            if (template != null) {
                offers.add(new CouponOffer(coupon, template));
            }
        }
        return offers;
    }
}
