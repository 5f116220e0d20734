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

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The coupon template use cases (优惠券): staff define templates, create their redemption codes
 * (many unique ones, or one shared code with a limit) and choose the new-member gift pack.
 */
public final class CouponTemplateService {
    public static final int MAX_CODES_PER_CALL = 10_000;
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final CouponTemplateRepository templates;
    private final CouponCodeRepository codes;
    private final GiftPackSettings giftPacks;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final SecureRandom random = new SecureRandom();

    public CouponTemplateService(CouponTemplateRepository templates, CouponCodeRepository codes,
                                 GiftPackSettings giftPacks, Transactions transactions, IdGenerator ids) {
        this.templates = templates;
        this.codes = codes;
        this.giftPacks = giftPacks;
        this.transactions = transactions;
        this.ids = ids;
    }

    public CouponTemplate create(Actor actor, CouponTerms terms) {
        PromotionAccess.requireStaff(actor);
        CouponTemplate template = new CouponTemplate(new CouponTemplateId(ids.newId()), actor.merchant(), terms.name(),
                terms.benefit(), terms.minimumSpend(), terms.scope(), terms.validity(), terms.totalQuantity(),
                terms.perCustomerLimit(), terms.stackableWithPromotions(), true, 0);
        transactions.run(() -> templates.add(template));
        return template;
    }

    /** Changes the terms of coupons issued from now on; coupons issued before keep their window. */
    public CouponTemplate update(Actor actor, CouponTemplateId id, CouponTerms terms, Optional<Long> expectedVersion) {
        PromotionAccess.requireStaff(actor);
        return transactions.inTransaction(() -> {
            CouponTemplate current = load(actor.merchant(), id);
            VersionCheck.require(expectedVersion, current.version());
            CouponTemplate changed = current.revised(terms);
            templates.update(changed);
            return changed;
        });
    }

    /** A disabled template issues no more coupons; coupons held stay usable. */
    public CouponTemplate enable(Actor actor, CouponTemplateId id, boolean on) {
        PromotionAccess.requireStaff(actor);
        return transactions.inTransaction(() -> {
            CouponTemplate changed = load(actor.merchant(), id).enabled(on);
            templates.update(changed);
            return changed;
        });
    }

    public CouponTemplate get(Actor actor, CouponTemplateId id) {
        PromotionAccess.requireStaff(actor);
        return transactions.inTransaction(() -> load(actor.merchant(), id));
    }

    /** A page of the merchant's coupon templates, newest first. */
    public Page<CouponTemplate> list(Actor actor, PageRequest page) {
        PromotionAccess.requireStaff(actor);
        return transactions.inTransaction(() -> templates.list(actor.merchant(), page));
    }

    /** Creates {@code count} unique single-use codes for the template. */
    public List<CouponCode> generateCodes(Actor actor, CouponTemplateId id, int count) {
        PromotionAccess.requireStaff(actor);
        if (count < 1 || count > MAX_CODES_PER_CALL) {
            throw DomainException.invalidField("count", ErrorCode.COUPON_CODE_INVALID,
                    "Generate 1 to " + MAX_CODES_PER_CALL + " codes at a time");
        }
        return transactions.inTransaction(() -> {
            load(actor.merchant(), id);
            for (int attempt = 0; attempt < 5; attempt++) {
                List<CouponCode> fresh = new ArrayList<>(count);
                Set<String> seen = new HashSet<>();
                while (fresh.size() < count) {
                    String code = randomCode();
                    if (seen.add(code)) {
                        fresh.add(new CouponCode(actor.merchant(), code, id, 1));
                    }
                }
                if (codes.addAll(fresh)) {
                    return List.copyOf(fresh);
                }
            }
            throw new DomainException(ErrorCode.COUPON_CODE_TAKEN, "Could not find unused codes; try again");
        });
    }

    /** Adds one shared code (e.g. {@code WELCOME10}) that up to {@code limit} customers may claim with. */
    public CouponCode addSharedCode(Actor actor, CouponTemplateId id, String code, int limit) {
        PromotionAccess.requireStaff(actor);
        CouponCode shared = new CouponCode(actor.merchant(), code, id, limit);
        return transactions.inTransaction(() -> {
            load(actor.merchant(), id);
            if (!codes.addAll(List.of(shared))) {
                throw DomainException.invalidField("code", ErrorCode.COUPON_CODE_TAKEN,
                        "The code " + shared.code() + " is in use already");
            }
            return shared;
        });
    }

    /** A page of the template's codes, by code; an unknown template is COUPON_TEMPLATE_NOT_FOUND. */
    public Page<CouponCode> codes(Actor actor, CouponTemplateId id, PageRequest page) {
        PromotionAccess.requireStaff(actor);
        return transactions.inTransaction(() -> {
            load(actor.merchant(), id);
            return codes.listFor(actor.merchant(), id, page);
        });
    }

    /** Sets the templates every new customer receives (新人礼包); they must exist. */
    public void chooseGiftPack(Actor actor, List<CouponTemplateId> pack) {
        PromotionAccess.requireStaff(actor);
        transactions.run(() -> {
            pack.forEach(t -> load(actor.merchant(), t));
            giftPacks.setGiftPack(actor.merchant(), List.copyOf(pack));
        });
    }

    public List<CouponTemplateId> giftPack(Actor actor) {
        PromotionAccess.requireStaff(actor);
        return transactions.inTransaction(() -> giftPacks.giftPack(actor.merchant()));
    }

    private String randomCode() {
        char[] c = new char[12];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(c);
    }

    private CouponTemplate load(MerchantId merchant, CouponTemplateId id) {
        return templates.find(merchant, id).orElseThrow(() ->
                new DomainException(ErrorCode.COUPON_TEMPLATE_NOT_FOUND, "No coupon template " + id));
    }
}
