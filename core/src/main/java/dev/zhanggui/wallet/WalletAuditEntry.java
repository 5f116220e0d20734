package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.Actor;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of a wallet's audit trail (操作记录): a freeze, an unfreeze or a credit-limit change,
 * who made it, when, the value before and after, and the reason staff gave. Appended only, never
 * changed; a change that changes nothing (freezing a frozen wallet) leaves no entry.
 */
public record WalletAuditEntry(UUID id, WalletId wallet, CustomerId customer, WalletChange change, String before,
                               String after, Optional<String> note, Actor.Kind actorKind, String actor, Instant at) {
    public static final String ACTIVE = "ACTIVE";
    public static final String FROZEN = "FROZEN";

    public WalletAuditEntry {
        note = note == null ? Optional.empty() : note;
    }
}
