package dev.zhanggui.promotion;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.MemberLevelId;
import dev.zhanggui.customer.Tag;

import java.util.List;

/** Whom staff issue a template's coupons to (发券): all members, members with a tag or level, or listed customers. */
public sealed interface GrantTarget {
    record AllMembers() implements GrantTarget {
    }

    record Tagged(Tag tag) implements GrantTarget {
    }

    record AtLevel(MemberLevelId level) implements GrantTarget {
    }

    record Listed(List<CustomerId> customers) implements GrantTarget {
        public Listed {
            customers = List.copyOf(customers);
        }
    }
}
