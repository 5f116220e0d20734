package dev.zhanggui.wallet;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.IdGenerator;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What every entry of one wallet operation shares: its operation key, cause, actor, note, the
 * entry it corrects (if any), its time, and where entry ids come from.
 */
public record Movement(String operationKey, Cause cause, Actor actor, Optional<String> note,
                       Optional<UUID> corrects, Instant at, IdGenerator ids) {
    public Movement {
        note = note == null ? Optional.empty() : note;
        corrects = corrects == null ? Optional.empty() : corrects;
    }
}
