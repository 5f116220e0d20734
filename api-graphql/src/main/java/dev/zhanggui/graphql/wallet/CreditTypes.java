package dev.zhanggui.graphql.wallet;

import dev.zhanggui.graphql.wallet.WalletEnums.WalletEntryReason;
import dev.zhanggui.graphql.wallet.WalletEnums.WalletRepaymentMethod;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.wallet.CreditRepayment;
import dev.zhanggui.wallet.CreditStatement;
import dev.zhanggui.wallet.CreditStatementLine;
import dev.zhanggui.wallet.WalletFields;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The GraphQL types of credit (授信): statements and repayments. Money as decimal strings in yuan. */
public final class CreditTypes {
    private CreditTypes() {
    }

    @Type("CreditStatement")
    @Description("A credit statement (授信对账单): owed at the start, each charge, repayment and refund, owed at the end")
    public record CreditStatementNode(@NonNull @Id String customerId,
                                      @NonNull @Description("First day, in the merchant's time zone") LocalDate from,
                                      @NonNull @Description("Last day, included") LocalDate to,
                                      @NonNull String timeZone, @NonNull String openingOwed, @NonNull String charged,
                                      @NonNull String repaid, @NonNull String refunded, @NonNull String closingOwed,
                                      @NonNull @Description("When the statement was made") String creditLimit,
                                      @NonNull @Description("When the statement was made") String creditAvailable,
                                      @NonNull String currency, @NonNull List<@NonNull CreditStatementLineNode> lines,
                                      @NonNull Instant generatedAt) {
        static CreditStatementNode of(CreditStatement s) {
            return new CreditStatementNode(s.customer().toString(), s.period().from(), s.period().to(),
                    s.zone().getId(), s.openingOwed().toString(), s.charged().toString(), s.repaid().toString(),
                    s.refunded().toString(), s.closingOwed().toString(), s.creditLimit().toString(),
                    s.creditAvailable().toString(), s.openingOwed().currency().getCurrencyCode(),
                    s.lines().stream().map(CreditStatementLineNode::of).toList(), s.generatedAt());
        }
    }

    @Type("CreditStatementLine")
    @Description("A charge (positive), repayment or refund (negative) of credit, and what was owed after it")
    public record CreditStatementLineNode(@NonNull Instant at, @NonNull LocalDate date,
                                          @NonNull WalletEntryReason reason, @NonNull String amount,
                                          @NonNull String owedAfter, String orderNumber, @NonNull String causeKind,
                                          @NonNull String causeReference, WalletRepaymentMethod method, String note,
                                          @NonNull String actorKind, @NonNull String actor) {
        static CreditStatementLineNode of(CreditStatementLine l) {
            return new CreditStatementLineNode(l.at(), l.date(), WalletEntryReason.of(l.reason()),
                    l.amount().toString(), l.owedAfter().toString(), l.orderNumber().orElse(null),
                    l.cause().kind().name(), l.cause().reference(),
                    l.method().map(m -> WalletRepaymentMethod.valueOf(m.name())).orElse(null), l.note().orElse(null),
                    l.actorKind().name(), l.actor());
        }
    }

    @Input("CreditRepaymentInput")
    @Description("A repayment of credit in use (还款) that staff record")
    public record CreditRepaymentInput(@NonNull @Description("e.g. \"1500.00\", at most the credit in use") String amount,
                                       @NonNull WalletRepaymentMethod method,
                                       @Description("e.g. the bank transaction number") String note) {
        CreditRepayment toCore() {
            if (method == null) {
                throw DomainException.invalidField("method", ErrorCode.WALLET_REPAYMENT_METHOD_INVALID);
            }
            return new CreditRepayment(WalletFields.requiredMoney("amount", amount), method.toCore(),
                    Optional.ofNullable(note));
        }
    }
}
