package dev.zhanggui.customer;

import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/** Port: a merchant's member levels; a merchant has a handful, so the level policy reads them all at once. */
public interface MemberLevelRepository {
    Optional<MemberLevel> find(MerchantId merchant, MemberLevelId id);

    /** All the merchant's levels, lowest points requirement first: what the level policy chooses from. */
    List<MemberLevel> all(MerchantId merchant);

    /** One page of the merchant's levels, lowest points requirement first (then by id). */
    Page<MemberLevel> list(MerchantId merchant, PageRequest page);

    void add(MemberLevel level);

    /** Stores a change; refused with VERSION_CONFLICT if the stored version is not the one before it. */
    void update(MemberLevel level);

    void remove(MerchantId merchant, MemberLevelId id);
}
