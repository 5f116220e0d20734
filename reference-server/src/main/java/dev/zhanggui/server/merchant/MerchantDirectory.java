package dev.zhanggui.server.merchant;

import dev.zhanggui.shared.MerchantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Which merchants exist. Merchants are never deleted, so a merchant once seen stays known. */
@ApplicationScoped
public class MerchantDirectory {
    private final Set<MerchantId> known = ConcurrentHashMap.newKeySet();

    @Inject
    EntityManager em;

    /** Whether the merchant is known to exist without asking the database (no unit of work needed). */
    public boolean seen(MerchantId merchant) {
        return known.contains(merchant);
    }

    public boolean exists(MerchantId merchant) {
        if (known.contains(merchant)) {
            return true;
        }
        boolean exists = !em.createNativeQuery("select 1 from merchant where id = ?1")
                .setParameter(1, merchant.value()).getResultList().isEmpty();
        if (exists) {
            known.add(merchant);
        }
        return exists;
    }

    /** Adds a merchant unless it exists (demo data and onboarding). */
    public void register(MerchantId merchant, String name) {
        em.createNativeQuery("insert into merchant (id, name) values (?1, ?2) on conflict (id) do nothing")
                .setParameter(1, merchant.value()).setParameter(2, name).executeUpdate();
    }
}
