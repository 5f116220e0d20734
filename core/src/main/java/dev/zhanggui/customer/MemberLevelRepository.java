package dev.zhanggui.customer;

import dev.zhanggui.shared.MerchantId;

import java.util.List;
import java.util.Optional;

/** Port: a merchant's member levels; a merchant has a handful, so they are read all at once. */
public interface MemberLevelRepository {
    Optional<MemberLevel> find(MerchantId merchant, MemberLevelId id);

    /** All the merchant's levels, lowest points requirement first. */
    List<MemberLevel> list(MerchantId merchant);

    void add(MemberLevel level);

    /** Stores a change; refused with VERSION_CONFLICT if the stored version is not the one before it. */
    void update(MemberLevel level);

    void remove(MerchantId merchant, MemberLevelId id);
}
