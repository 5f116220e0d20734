package dev.zhanggui.customer;

import dev.zhanggui.customer.inmemory.InMemoryCustomerGroupRepository;
import dev.zhanggui.customer.inmemory.InMemoryCustomerRepository;
import dev.zhanggui.customer.inmemory.InMemoryMemberLevelRepository;
import dev.zhanggui.customer.inmemory.InMemoryMemberLevelSettings;
import dev.zhanggui.customer.inmemory.InMemoryPointsStandings;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.inmemory.InMemoryTransactions;
import dev.zhanggui.shared.inmemory.RecordingEventPublisher;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Member levels follow a customer's points; wholesale customers are gathered in groups. */
class MemberLevelScenarioTest {
    static final MerchantId SHOP = MerchantId.of("shop");
    private final Clock clock = Clock.systemUTC();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryPointsStandings standings = new InMemoryPointsStandings();
    private final MemberLevelService levels = new MemberLevelService(new InMemoryMemberLevelRepository(),
            new InMemoryMemberLevelSettings(), standings, new DefaultMemberLevelPolicy(), transactions,
            new TimeOrderedIdGenerator(clock));
    private final InMemoryCustomerRepository customerRepository = new InMemoryCustomerRepository();
    private final CustomerService customers = new CustomerService(customerRepository, new DefaultPhoneNumberPolicy(),
            transactions, new RecordingEventPublisher(), new TimeOrderedIdGenerator(clock), clock);
    private final CustomerGroupService groups = new CustomerGroupService(new InMemoryCustomerGroupRepository(),
            customerRepository, transactions, new TimeOrderedIdGenerator(clock));
    private final Actor admin = Actor.admin(SHOP, "admin");
    private final CustomerId alice = customers.me(Actor.customer(SHOP, "kc-a", "13800000001")).id();

    private void defineTheExampleLevels() {
        levels.create(admin, new NewMemberLevel("铜牌", 10, new BigDecimal("0.95")));
        levels.create(admin, new NewMemberLevel("银牌", 100, new BigDecimal("0.85")));
        levels.create(admin, new NewMemberLevel("金牌", 1000, new BigDecimal("0.75")));
        levels.create(admin, new NewMemberLevel("白金", 10000, new BigDecimal("0.65")));
        levels.create(admin, new NewMemberLevel("钻石", 100000, new BigDecimal("0.5")));
    }

    private Optional<String> levelName() {
        return levels.levelOf(SHOP, alice).map(MemberLevel::name);
    }

    @Test
    void a_customers_level_follows_their_lifetime_points_by_default() {
        defineTheExampleLevels();
        assertThat(levelName()).isEmpty();
        standings.set(SHOP, alice, 10, 10);
        assertThat(levelName()).contains("铜牌");
        standings.set(SHOP, alice, 999, 5);
        assertThat(levelName()).contains("银牌");
        standings.set(SHOP, alice, 150_000, 0);
        assertThat(levelName()).contains("钻石");
    }

    @Test
    void a_merchant_may_count_current_points_instead() {
        defineTheExampleLevels();
        standings.set(SHOP, alice, 5000, 50);
        levels.chooseBasis(admin, LevelBasis.CURRENT);
        assertThat(levelName()).contains("铜牌");
        assertThat(levels.basis(admin)).isEqualTo(LevelBasis.CURRENT);
    }

    @Test
    void invalid_levels_are_refused_with_the_fields_at_fault() {
        assertThatThrownBy(() -> levels.create(admin, new NewMemberLevel("", -1, new BigDecimal("1.2"))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MEMBER_LEVEL_INVALID);
                    assertThat(e.fieldErrors()).extracting(f -> f.field())
                            .containsExactly("name", "pointsRequirement", "discountRate");
                });
        assertThatThrownBy(() -> levels.create(admin, new NewMemberLevel("零", 0, BigDecimal.ZERO)))
                .hasFieldOrPropertyWithValue("code", ErrorCode.MEMBER_LEVEL_INVALID);
        levels.create(admin, new NewMemberLevel("铜牌", 10, new BigDecimal("0.95")));
        assertThatThrownBy(() -> levels.create(admin, new NewMemberLevel("铜牌", 20, new BigDecimal("0.9"))))
                .hasFieldOrPropertyWithValue("code", ErrorCode.MEMBER_LEVEL_TAKEN);
        assertThatThrownBy(() -> levels.create(Actor.customer(SHOP, "kc-a", "13800000001"),
                new NewMemberLevel("x", 1, BigDecimal.ONE))).hasFieldOrPropertyWithValue("code", ErrorCode.FORBIDDEN);
    }

    @Test
    void levels_are_revised_with_a_version_check() {
        MemberLevel bronze = levels.create(admin, new NewMemberLevel("铜牌", 10, new BigDecimal("0.95")));
        MemberLevel revised = levels.update(admin, bronze.id(), new NewMemberLevel("铜牌", 20, new BigDecimal("0.9")),
                Optional.of(0L));
        assertThat(revised.version()).isEqualTo(1);
        assertThatThrownBy(() -> levels.update(admin, bronze.id(), new NewMemberLevel("铜", 20, BigDecimal.ONE),
                Optional.of(0L))).hasFieldOrPropertyWithValue("code", ErrorCode.VERSION_MISMATCH);
        levels.remove(admin, bronze.id());
        assertThat(levels.list(admin, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void wholesale_customers_are_admitted_to_and_dismissed_from_a_group() {
        CustomerGroup wholesale = groups.create(admin, "批发客户");
        groups.admit(admin, wholesale.id(), List.of(alice));
        assertThat(groups.get(admin, wholesale.id()).members()).containsExactly(alice);
        assertThatThrownBy(() -> groups.admit(admin, wholesale.id(),
                List.of(new CustomerId(java.util.UUID.randomUUID()))))
                .hasFieldOrPropertyWithValue("code", ErrorCode.CUSTOMER_NOT_FOUND);
        groups.dismiss(admin, wholesale.id(), List.of(alice));
        assertThat(groups.get(admin, wholesale.id()).members()).isEmpty();
        assertThatThrownBy(() -> groups.create(admin, " ")).hasFieldOrPropertyWithValue("code",
                ErrorCode.CUSTOMER_GROUP_INVALID);
    }
}
