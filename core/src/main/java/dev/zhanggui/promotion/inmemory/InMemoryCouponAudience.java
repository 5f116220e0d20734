package dev.zhanggui.promotion.inmemory;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.MemberLevelId;
import dev.zhanggui.customer.Tag;
import dev.zhanggui.promotion.CouponAudience;
import dev.zhanggui.promotion.GrantTarget;
import dev.zhanggui.shared.MerchantId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The members a grant can reach, registered by tests with their tags and level. */
public final class InMemoryCouponAudience implements CouponAudience {
    private record Member(MerchantId merchant, CustomerId customer, Set<Tag> tags, Optional<MemberLevelId> level) {
    }

    private final Map<CustomerId, Member> members = new LinkedHashMap<>();

    public synchronized void register(MerchantId merchant, CustomerId customer, Set<Tag> tags,
                                      Optional<MemberLevelId> level) {
        members.put(customer, new Member(merchant, customer, Set.copyOf(tags), level));
    }

    @Override
    public synchronized List<CustomerId> customers(MerchantId merchant, GrantTarget target) {
        return members.values().stream().filter(m -> m.merchant().equals(merchant)).filter(m -> switch (target) {
            case GrantTarget.AllMembers all -> true;
            case GrantTarget.Tagged tagged -> m.tags().contains(tagged.tag());
            case GrantTarget.AtLevel at -> m.level().filter(at.level()::equals).isPresent();
            case GrantTarget.Listed listed -> listed.customers().contains(m.customer());
        }).map(Member::customer).toList();
    }
}
