package dev.zhanggui.wallet;

import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Wallet inputs as the APIs receive them: text in, domain values or a stable code out. */
class WalletFieldsTest {
    @Test
    void amounts_are_plain_decimals_in_yuan_with_at_most_two_decimals() {
        assertThat(WalletFields.money("amount", " 99.5 ")).contains(Money.of("99.50"));
        assertThat(WalletFields.money("amount", "")).isEmpty();
        for (String bad : new String[]{"1.234", "abc", "1e3", "1e999999999", "NaN", "1,00", "9999999999999999"}) {
            assertThatThrownBy(() -> WalletFields.money("amount", bad)).as(bad).extracting("code")
                    .isEqualTo(ErrorCode.WALLET_AMOUNT_INVALID);
        }
    }

    @Test
    void filters_name_known_assets_reasons_and_instants() {
        LedgerFilter filter = WalletFields.filter("POINTS", "SIGN_IN", "2026-06-01T00:00:00Z", null);
        assertThat(filter.asset()).contains(Asset.POINTS);
        assertThat(filter.reason()).contains(LedgerReason.SIGN_IN);
        assertThat(filter.from()).contains(Instant.parse("2026-06-01T00:00:00Z"));
        assertThatThrownBy(() -> WalletFields.filter("GOLD", null, null, null)).extracting("code")
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThatThrownBy(() -> WalletFields.filter(null, "GIFT", null, null)).extracting("code")
                .isEqualTo(ErrorCode.WALLET_REASON_INVALID);
        assertThatThrownBy(() -> WalletFields.filter(null, null, "2026-06-02T00:00:00Z", "2026-06-01T00:00:00Z"))
                .extracting("code").isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThatThrownBy(() -> WalletFields.entryId("corrects", "nope")).extracting("code")
                .isEqualTo(ErrorCode.WALLET_ENTRY_NOT_FOUND);
    }
}
