package dev.zhanggui.promotion;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.Set;
import java.util.UUID;

/** What a coupon covers: the whole mall, or lines of some categories, products or stores. */
public record CouponScope(Kind kind, Set<UUID> ids) {
    public enum Kind { ALL, CATEGORIES, PRODUCTS, STORES }

    public static final CouponScope ALL = new CouponScope(Kind.ALL, Set.of());

    public CouponScope {
        if (kind == null) {
            throw DomainException.invalidField("scope.kind", ErrorCode.COUPON_TEMPLATE_INVALID, "A scope needs a kind");
        }
        ids = ids == null ? Set.of() : Set.copyOf(ids);
        if (kind != Kind.ALL && ids.isEmpty()) {
            throw DomainException.invalidField("scope.ids", ErrorCode.COUPON_TEMPLATE_INVALID,
                    "A " + kind + " scope names at least one id");
        }
        if (kind == Kind.ALL) {
            ids = Set.of();
        }
    }

    public boolean covers(CartLineView line) {
        return switch (kind) {
            case ALL -> true;
            case CATEGORIES -> line.categories().stream().anyMatch(c -> ids.contains(c.value()));
            case PRODUCTS -> ids.contains(line.product().value());
            case STORES -> line.store().map(s -> ids.contains(s.value())).orElse(false);
        };
    }
}
