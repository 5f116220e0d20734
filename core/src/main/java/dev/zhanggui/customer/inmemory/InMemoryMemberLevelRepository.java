package dev.zhanggui.customer.inmemory;

import dev.zhanggui.customer.MemberLevel;
import dev.zhanggui.customer.MemberLevelId;
import dev.zhanggui.customer.MemberLevelRepository;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.inmemory.InMemoryPages;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Member levels in memory; levels are immutable values, so no copies are needed. */
public final class InMemoryMemberLevelRepository implements MemberLevelRepository {
    private final Map<MemberLevelId, MemberLevel> levels = new LinkedHashMap<>();

    @Override
    public synchronized Optional<MemberLevel> find(MerchantId merchant, MemberLevelId id) {
        return Optional.ofNullable(levels.get(id)).filter(l -> l.merchant().equals(merchant));
    }

    @Override
    public synchronized List<MemberLevel> all(MerchantId merchant) {
        return levels.values().stream().filter(l -> l.merchant().equals(merchant))
                .sorted(Comparator.comparing(MemberLevel::pointsRequirement)).toList();
    }

    @Override
    public synchronized Page<MemberLevel> list(MerchantId merchant, PageRequest page) {
        // The requirement zero-padded (requirements are never negative), so that positions sort as text.
        return InMemoryPages.ascending(levels.values().stream().filter(l -> l.merchant().equals(merchant)),
                l -> "%019d|%s".formatted(l.pointsRequirement().value(), l.id()), page);
    }

    @Override
    public synchronized void add(MemberLevel level) {
        levels.put(level.id(), level);
    }

    @Override
    public synchronized void update(MemberLevel level) {
        MemberLevel stored = levels.get(level.id());
        if (stored == null || stored.version() != level.version() - 1) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "Member level " + level.id() + " changed meanwhile");
        }
        levels.put(level.id(), level);
    }

    @Override
    public synchronized void remove(MerchantId merchant, MemberLevelId id) {
        find(merchant, id).ifPresent(l -> levels.remove(id));
    }
}
