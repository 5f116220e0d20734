package dev.zhanggui.customer;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.shared.VersionCheck;

import java.util.Optional;

/**
 * The member level use cases (会员级别): staff define levels and choose whether lifetime or
 * current points count; anyone may ask which level a customer holds, which follows their points.
 */
public final class MemberLevelService {
    private final MemberLevelRepository levels;
    private final MemberLevelSettings settings;
    private final PointsStandings standings;
    private final MemberLevelPolicy policy;
    private final Transactions transactions;
    private final IdGenerator ids;

    public MemberLevelService(MemberLevelRepository levels, MemberLevelSettings settings, PointsStandings standings,
                              MemberLevelPolicy policy, Transactions transactions, IdGenerator ids) {
        this.levels = levels;
        this.settings = settings;
        this.standings = standings;
        this.policy = policy;
        this.transactions = transactions;
        this.ids = ids;
    }

    public MemberLevel create(Actor actor, NewMemberLevel request) {
        requireStaff(actor);
        MemberLevel level = new MemberLevel(new MemberLevelId(ids.newId()), actor.merchant(), request.name(),
                request.requirement(), request.discountRate(), 0);
        return transactions.inTransaction(() -> {
            requireDistinct(level);
            levels.add(level);
            return level;
        });
    }

    public MemberLevel update(Actor actor, MemberLevelId id, NewMemberLevel request, Optional<Long> expectedVersion) {
        requireStaff(actor);
        return transactions.inTransaction(() -> {
            MemberLevel current = load(actor.merchant(), id);
            VersionCheck.require(expectedVersion, current.version());
            MemberLevel changed = current.revised(request.name(), request.requirement(), request.discountRate());
            requireDistinct(changed);
            levels.update(changed);
            return changed;
        });
    }

    public void remove(Actor actor, MemberLevelId id) {
        requireStaff(actor);
        transactions.run(() -> {
            load(actor.merchant(), id);
            levels.remove(actor.merchant(), id);
        });
    }

    public MemberLevel get(Actor actor, MemberLevelId id) {
        return transactions.inTransaction(() -> load(actor.merchant(), id));
    }

    /** A page of the merchant's levels, lowest requirement first; customers may see them too. */
    public Page<MemberLevel> list(Actor actor, PageRequest page) {
        return transactions.inTransaction(() -> levels.list(actor.merchant(), page));
    }

    public LevelBasis basis(Actor actor) {
        return transactions.inTransaction(() -> settings.basis(actor.merchant()));
    }

    public void chooseBasis(Actor actor, LevelBasis basis) {
        requireStaff(actor);
        transactions.run(() -> settings.setBasis(actor.merchant(), basis));
    }

    /** The level the customer holds now, from their points; none below the lowest requirement. */
    public Optional<MemberLevel> levelOf(MerchantId merchant, CustomerId customer) {
        return transactions.inTransaction(() -> policy.levelFor(levels.all(merchant),
                standings.standingOf(merchant, customer), settings.basis(merchant)));
    }

    private void requireDistinct(MemberLevel level) {
        for (MemberLevel other : levels.all(level.merchant())) {
            if (other.id().equals(level.id())) {
                continue;
            }
            if (other.name().equals(level.name())) {
                throw DomainException.invalidField("name", ErrorCode.MEMBER_LEVEL_TAKEN,
                        "A level named " + level.name() + " exists already");
            }
            if (other.pointsRequirement().equals(level.pointsRequirement())) {
                throw DomainException.invalidField("pointsRequirement", ErrorCode.MEMBER_LEVEL_TAKEN,
                        "A level with requirement " + level.pointsRequirement() + " exists already");
            }
        }
    }

    private MemberLevel load(MerchantId merchant, MemberLevelId id) {
        return levels.find(merchant, id).orElseThrow(() ->
                new DomainException(ErrorCode.MEMBER_LEVEL_NOT_FOUND, "No member level " + id));
    }

    static void requireStaff(Actor actor) {
        if (!actor.actsForMerchant()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the merchant's staff may do this");
        }
    }
}
