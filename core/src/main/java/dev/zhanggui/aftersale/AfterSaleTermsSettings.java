package dev.zhanggui.aftersale;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.shared.VersionCheck;

import java.util.Optional;

/**
 * The merchant's after-sales terms (售后设置): whether returned goods go back to stock when received
 * (or never, for perishable goods), and whether the refund of a whole order before shipping gives
 * the shipping back. Staff read them; admins (and integrations) change them at the version they read.
 */
public final class AfterSaleTermsSettings {
    private final AfterSaleTermsBook book;
    private final Transactions transactions;

    public AfterSaleTermsSettings(AfterSaleTermsBook book, Transactions transactions) {
        this.book = book;
        this.transactions = transactions;
    }

    public StoredAfterSaleTerms terms(Actor actor) {
        AfterSaleAccess.requireStaff(actor);
        return transactions.inTransaction(() -> book.stored(actor.merchant()));
    }

    /** Applies the change over the current terms if they are still at the expected version (absent: any). */
    public StoredAfterSaleTerms update(Actor actor, AfterSaleTermsChange change, Optional<Long> expectedVersion) {
        if (actor.kind() != Actor.Kind.STAFF_ADMIN && actor.kind() != Actor.Kind.INTEGRATION) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the merchant's admins change the after-sales terms");
        }
        return transactions.inTransaction(() -> {
            StoredAfterSaleTerms now = book.stored(actor.merchant());
            VersionCheck.require(expectedVersion, now.version());
            AfterSaleTerms changed = change.over(now.terms());
            if (!book.save(actor.merchant(), changed, now.version())) {
                throw new DomainException(ErrorCode.VERSION_CONFLICT, "The after-sales terms were changed meanwhile");
            }
            return new StoredAfterSaleTerms(changed, now.version() + 1);
        });
    }
}
