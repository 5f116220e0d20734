package dev.zhanggui.rest.wallet;

import dev.zhanggui.wallet.CreditStatement;
import dev.zhanggui.wallet.CreditStatementLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the credit statement endpoints answer; money as decimal strings in yuan. */
public final class CreditViews {
    private CreditViews() {
    }

    @Schema(name = "CreditStatement", description = "A credit statement (授信对账单): owed at the start, each movement, owed at the end")
    public record CreditStatementView(String customerId,
                                      @Schema(description = "First day, in the merchant's time zone") LocalDate from,
                                      @Schema(description = "Last day, included") LocalDate to,
                                      @Schema(example = "Asia/Shanghai") String timeZone,
                                      @Schema(format = "number", example = "1500.50") String openingOwed,
                                      @Schema(format = "number", example = "2000.00") String charged,
                                      @Schema(format = "number", example = "1500.50", description = "Repaid in the period") String repaid,
                                      @Schema(format = "number", example = "199.99", description = "Given back for refunded or released orders") String refunded,
                                      @Schema(format = "number", example = "1800.01") String closingOwed,
                                      @Schema(format = "number", description = "The limit when the statement was made") String creditLimit,
                                      @Schema(format = "number", description = "Available when the statement was made") String creditAvailable,
                                      String currency, List<CreditStatementLineView> lines, Instant generatedAt) {
        public static CreditStatementView of(CreditStatement s) {
            return new CreditStatementView(s.customer().toString(), s.period().from(), s.period().to(),
                    s.zone().getId(), s.openingOwed().toString(), s.charged().toString(), s.repaid().toString(),
                    s.refunded().toString(), s.closingOwed().toString(), s.creditLimit().toString(),
                    s.creditAvailable().toString(), s.openingOwed().currency().getCurrencyCode(),
                    s.lines().stream().map(CreditStatementLineView::of).toList(), s.generatedAt());
        }
    }

    @Schema(name = "CreditStatementLine", description = "A charge, repayment or refund of credit")
    public record CreditStatementLineView(Instant at,
                                          @Schema(description = "The business day, in the merchant's time zone") LocalDate date,
                                          @Schema(enumeration = {"CREDIT_CHARGE", "CREDIT_REPAYMENT", "CREDIT_REFUND"}) String reason,
                                          @Schema(format = "number", example = "-1500.50", description = "Signed: charges add to what is owed") String amount,
                                          @Schema(format = "number", example = "1800.01") String owedAfter,
                                          @Schema(nullable = true) String orderNumber,
                                          String causeKind, String causeReference,
                                          @Schema(nullable = true, enumeration = {"BANK_TRANSFER", "CASH", "WECHAT_PAY", "ALIPAY", "OTHER"}) String method,
                                          @Schema(nullable = true) String note,
                                          String actorKind, @Schema(description = "Who recorded it") String actor) {
        static CreditStatementLineView of(CreditStatementLine l) {
            return new CreditStatementLineView(l.at(), l.date(), l.reason().name(), l.amount().toString(),
                    l.owedAfter().toString(), l.orderNumber().orElse(null), l.cause().kind().name(),
                    l.cause().reference(), l.method().map(Enum::name).orElse(null), l.note().orElse(null),
                    l.actorKind().name(), l.actor());
        }
    }
}
