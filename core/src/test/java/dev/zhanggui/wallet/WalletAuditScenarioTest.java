package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Use case: staff freeze a member's wallet (封禁) after a lost card, unfreeze it, and an admin
 * raises the credit limit; the audit trail shows who did what, when, before and after, and why.
 */
class WalletAuditScenarioTest {
    private final WalletFixture f = new WalletFixture();
    private final Actor admin = Actor.admin(WalletFixture.SHOP, "admin-1");

    @Test
    void freezes_unfreezes_and_limit_changes_are_kept_with_who_before_after_and_why() {
        CustomerId zhang = f.newCustomer();
        f.wallets.freeze(f.staff, zhang, Optional.of("会员卡丢失"));
        f.wallets.freeze(f.staff, zhang, Optional.of("again"));
        f.wallets.unfreeze(f.staff, zhang, Optional.empty());
        f.wallets.setCreditLimit(admin, zhang, Money.of("5000.00"), Optional.empty(), Optional.of("年度授信"));
        f.wallets.setCreditLimit(admin, zhang, Money.of("5000.00"), Optional.empty(), Optional.empty());
        f.wallets.setCreditLimit(admin, zhang, Money.zero(), Optional.empty(), Optional.of("停止授信"));

        List<WalletAuditEntry> trail = f.wallets.auditTrail(f.staff, zhang, PageRequest.first(10)).items();

        // newest first; the repeated freeze and the unchanged limit left nothing
        assertThat(trail).extracting(WalletAuditEntry::change).containsExactly(WalletChange.CREDIT_LIMIT_CHANGED,
                WalletChange.CREDIT_LIMIT_CHANGED, WalletChange.UNFROZEN, WalletChange.FROZEN);
        WalletAuditEntry frozen = trail.getLast();
        assertThat(frozen.before()).isEqualTo("ACTIVE");
        assertThat(frozen.after()).isEqualTo("FROZEN");
        assertThat(frozen.note()).contains("会员卡丢失");
        assertThat(frozen.actor()).isEqualTo("staff-1");
        assertThat(frozen.actorKind()).isEqualTo(Actor.Kind.STAFF);
        assertThat(frozen.at()).isEqualTo(f.clock.instant());
        assertThat(trail.get(1).before()).isEqualTo("0.00");
        assertThat(trail.get(1).after()).isEqualTo("5000.00");
        assertThat(trail.get(1).actor()).isEqualTo("admin-1");
        assertThat(trail.getFirst().after()).isEqualTo("0.00");
        assertThat(trail.getFirst().note()).contains("停止授信");
    }

    @Test
    void a_refused_change_leaves_no_audit_entry_and_only_staff_read_the_trail() {
        CustomerId wholesaler = f.newCustomer();
        f.wallets.setCreditLimit(admin, wholesaler, Money.of("100.00"), Optional.empty(), Optional.empty());
        f.payments.chargeCredit(f.staff, wholesaler, "SO-1", Money.of("80.00"), "c1");

        assertThatThrownBy(() -> f.wallets.setCreditLimit(admin, wholesaler, Money.of("50.00"), Optional.empty(),
                Optional.empty())).extracting("code").isEqualTo(ErrorCode.WALLET_CREDIT_LIMIT_EXCEEDED);
        assertThatThrownBy(() -> f.wallets.freeze(f.staff, wholesaler, Optional.of("x".repeat(201))))
                .extracting("code").isEqualTo(ErrorCode.WALLET_NOTE_INVALID);
        assertThat(f.wallets.auditTrail(f.staff, wholesaler, PageRequest.first(10)).items()).hasSize(1);
        assertThat(f.wallets.wallet(f.staff, wholesaler).frozen()).isFalse();
        assertThatThrownBy(() -> f.wallets.auditTrail(Actor.customer(WalletFixture.SHOP, "c", "13800000001"),
                wholesaler, PageRequest.first(10))).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        assertThatThrownBy(() -> f.wallets.auditTrail(Actor.staff(WalletFixture.OTHER_SHOP, "s"), wholesaler,
                PageRequest.first(10))).extracting("code").isEqualTo(ErrorCode.CUSTOMER_NOT_FOUND);
    }
}
