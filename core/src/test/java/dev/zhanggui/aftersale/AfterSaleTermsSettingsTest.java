package dev.zhanggui.aftersale;

import dev.zhanggui.aftersale.inmemory.InMemoryAfterSaleSettings;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.inmemory.InMemoryTransactions;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The merchant's after-sales terms: the defaults at version 0, changed by admins at the version they read. */
class AfterSaleTermsSettingsTest {
    private static final MerchantId SHOP = MerchantId.of("tea-shop");
    private final InMemoryAfterSaleSettings book = new InMemoryAfterSaleSettings();
    private final AfterSaleTermsSettings settings = new AfterSaleTermsSettings(book, new InMemoryTransactions());
    private final Actor admin = Actor.admin(SHOP, "admin");
    private final Actor staff = Actor.staff(SHOP, "staff");

    @Test
    void the_defaults_until_an_admin_changes_a_part_at_the_version_read() {
        assertThat(settings.terms(staff)).isEqualTo(new StoredAfterSaleTerms(AfterSaleTerms.DEFAULT, 0));
        StoredAfterSaleTerms perishable = settings.update(admin, new AfterSaleTermsChange(Optional.empty(),
                Optional.of(ReturnRestock.NEVER)), Optional.of(0L));
        assertThat(perishable).isEqualTo(new StoredAfterSaleTerms(new AfterSaleTerms(true, ReturnRestock.NEVER), 1));
        assertThat(book.of(SHOP).restock()).as("what refunds use").isEqualTo(ReturnRestock.NEVER);
        assertThat(book.of(MerchantId.of("other"))).isEqualTo(AfterSaleTerms.DEFAULT);

        assertThatThrownBy(() -> settings.update(admin, new AfterSaleTermsChange(Optional.of(false), Optional.empty()),
                Optional.of(0L))).extracting("code").isEqualTo(ErrorCode.VERSION_MISMATCH);
        assertThat(settings.update(admin, new AfterSaleTermsChange(Optional.of(false), Optional.empty()),
                Optional.empty())).isEqualTo(new StoredAfterSaleTerms(new AfterSaleTerms(false, ReturnRestock.NEVER), 2));
    }

    @Test
    void only_admins_change_them_and_a_restock_is_one_of_the_two() {
        assertThatThrownBy(() -> settings.update(staff, new AfterSaleTermsChange(Optional.of(false), Optional.empty()),
                Optional.empty())).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        assertThatThrownBy(() -> settings.terms(Actor.customer(SHOP, "c", "13800000001")))
                .extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        assertThatThrownBy(() -> AfterSaleTermsChange.restock("SOMETIMES"))
                .extracting("code").isEqualTo(ErrorCode.AFTERSALE_SETTINGS_INVALID);
        assertThat(AfterSaleTermsChange.restock(null)).isEmpty();
    }
}
