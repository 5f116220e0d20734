package dev.zhanggui.customer.inmemory;

import dev.zhanggui.customer.LevelBasis;
import dev.zhanggui.customer.MemberLevelSettings;
import dev.zhanggui.shared.MerchantId;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Member level settings in memory; lifetime earned points unless set otherwise. */
public final class InMemoryMemberLevelSettings implements MemberLevelSettings {
    private final Map<MerchantId, LevelBasis> bases = new ConcurrentHashMap<>();

    @Override
    public LevelBasis basis(MerchantId merchant) {
        return bases.getOrDefault(merchant, LevelBasis.LIFETIME_EARNED);
    }

    @Override
    public void setBasis(MerchantId merchant, LevelBasis basis) {
        bases.put(merchant, basis);
    }
}
