package dev.zhanggui.aftersale;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Transactions;

import java.util.HashSet;
import java.util.List;

/**
 * The merchant's list of after-sales reasons (售后原因): customers read it for the request form,
 * admins replace it. A request keeps a copy of the reason it chose, so a later change of the list
 * leaves earlier requests as they were.
 */
public final class AfterSaleReasonSettings {
    public static final int MAX_REASONS = 30;
    public static final int MAX_LENGTH = 30;

    private final AfterSaleReasonBook book;
    private final Transactions transactions;

    public AfterSaleReasonSettings(AfterSaleReasonBook book, Transactions transactions) {
        this.book = book;
        this.transactions = transactions;
    }

    public List<AfterSaleReason> reasons(Actor actor) {
        return transactions.inTransaction(() -> book.of(actor.merchant()));
    }

    /** Replaces the merchant's list: 1 to 30 reasons, unique codes, code and names of 1 to 30 characters. */
    public List<AfterSaleReason> set(Actor actor, List<AfterSaleReason> reasons) {
        if (actor.kind() != Actor.Kind.STAFF_ADMIN && actor.kind() != Actor.Kind.INTEGRATION) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the merchant's admins change the after-sales reasons");
        }
        List<AfterSaleReason> checked = check(reasons);
        return transactions.inTransaction(() -> {
            book.set(actor.merchant(), checked);
            return checked;
        });
    }

    /** The list stripped, or {@code AFTERSALE_SETTINGS_INVALID}. */
    public static List<AfterSaleReason> check(List<AfterSaleReason> reasons) {
        boolean valid = reasons != null && !reasons.isEmpty() && reasons.size() <= MAX_REASONS
                && reasons.stream().allMatch(r -> r != null && filled(r.code()) && filled(r.name())
                && filled(r.englishName()));
        if (!valid) {
            throw DomainException.invalidField("reasons", ErrorCode.AFTERSALE_SETTINGS_INVALID);
        }
        List<AfterSaleReason> stripped = reasons.stream().map(r -> new AfterSaleReason(r.code().strip(),
                r.name().strip(), r.englishName().strip())).toList();
        if (new HashSet<>(stripped.stream().map(AfterSaleReason::code).toList()).size() != stripped.size()) {
            throw DomainException.invalidField("reasons", ErrorCode.AFTERSALE_SETTINGS_INVALID,
                    "Each reason has its own code");
        }
        return stripped;
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank() && text.strip().length() <= MAX_LENGTH;
    }
}
