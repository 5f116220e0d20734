package dev.zhanggui.rest.wallet;

import dev.zhanggui.wallet.Asset;
import dev.zhanggui.wallet.LedgerEntry;
import dev.zhanggui.wallet.ReconciliationReport;
import dev.zhanggui.wallet.Wallet;
import dev.zhanggui.wallet.WalletAuditEntry;
import dev.zhanggui.wallet.WalletDrift;
import dev.zhanggui.wallet.WalletOperation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What the wallet endpoints answer; money as decimal strings in yuan, points as whole numbers. */
public final class WalletViews {
    private WalletViews() {
    }

    @Schema(name = "Wallet", description = "A customer's wallet (钱包): balance, points and credit")
    public record WalletView(String customerId,
                             @Schema(format = "number", example = "230.00", description = "principal + bonus") String balance,
                             @Schema(format = "number", example = "200.00") String principal,
                             @Schema(format = "number", example = "30.00") String bonus,
                             long points,
                             @Schema(format = "number", example = "5000.00") String creditLimit,
                             @Schema(format = "number", example = "1200.00") String creditInUse,
                             @Schema(format = "number", example = "3800.00") String creditAvailable,
                             @Schema(example = "CNY") String currency,
                             boolean frozen,
                             long version) {
        public static WalletView of(Wallet w) {
            return new WalletView(w.customer().toString(), w.balance().toString(), w.principal().toString(),
                    w.bonus().toString(), w.points().value(), w.creditLimit().toString(), w.creditInUse().toString(),
                    w.creditAvailable().toString(), w.balance().currency().getCurrencyCode(), w.frozen(), w.version());
        }
    }

    @Schema(name = "WalletEntry", description = "One ledger entry (余额/积分/授信明细); never changed once written")
    public record LedgerEntryView(String id,
                                  @Schema(enumeration = {"BALANCE", "POINTS", "CREDIT"}) String asset,
                                  @Schema(nullable = true, enumeration = {"PRINCIPAL", "BONUS"}) String subBalance,
                                  @Schema(format = "number", nullable = true, example = "-13.00",
                                          description = "Signed money amount (BALANCE, CREDIT)") String amount,
                                  @Schema(format = "number", nullable = true, example = "187.00") String balanceAfter,
                                  @Schema(nullable = true, description = "Signed points (POINTS)") Long points,
                                  @Schema(nullable = true) Long pointsAfter,
                                  String reason, String causeKind, String causeReference,
                                  @Schema(nullable = true, description = "The entry this one corrects") String corrects,
                                  @Schema(nullable = true) String note,
                                  String actorKind, String operationKey, Instant at) {
        public static LedgerEntryView of(LedgerEntry e) {
            boolean isPoints = e.asset() == Asset.POINTS;
            return new LedgerEntryView(e.id().toString(), e.asset().name(),
                    e.subBalance().map(Enum::name).orElse(null),
                    isPoints ? null : e.money().toString(), isPoints ? null : e.moneyAfter().toString(),
                    isPoints ? e.amount() : null, isPoints ? e.balanceAfter() : null, e.reason().name(),
                    e.cause().kind().name(), e.cause().reference(), e.corrects().map(Object::toString).orElse(null),
                    e.note().orElse(null), e.actorKind().name(), e.operationKey(), e.at());
        }
    }

    @Schema(name = "WalletOperation", description = "The wallet after an operation and the entries it appended")
    public record WalletOperationView(WalletView wallet, List<LedgerEntryView> entries,
                                      @Schema(description = "true if this operation key had been applied before")
                                      boolean replayed) {
        public static WalletOperationView of(WalletOperation op) {
            return new WalletOperationView(WalletView.of(op.wallet()),
                    op.entries().stream().map(LedgerEntryView::of).toList(), op.replayed());
        }
    }

    @Schema(name = "WalletAuditEntry", description = "A freeze, unfreeze or credit-limit change (操作记录); never changed once written")
    public record AuditEntryView(String id,
                                 @Schema(enumeration = {"FROZEN", "UNFROZEN", "CREDIT_LIMIT_CHANGED"}) String change,
                                 @Schema(example = "ACTIVE", description = "ACTIVE or FROZEN, or the limit, e.g. \"5000.00\"") String before,
                                 @Schema(example = "FROZEN") String after,
                                 @Schema(nullable = true, description = "The reason staff gave") String note,
                                 String actorKind, @Schema(description = "Who made the change") String actor,
                                 Instant at) {
        public static AuditEntryView of(WalletAuditEntry e) {
            return new AuditEntryView(e.id().toString(), e.change().name(), e.before(), e.after(),
                    e.note().orElse(null), e.actorKind().name(), e.actor(), e.at());
        }
    }

    @Schema(name = "WalletDrift")
    public record DriftView(String walletId, String customerId,
                            @Schema(enumeration = {"PRINCIPAL", "BONUS", "POINTS", "CREDIT"}) String account,
                            @Schema(description = "In fen or points") long stored,
                            @Schema(description = "In fen or points") long fromEntries) {
        static DriftView of(WalletDrift d) {
            return new DriftView(d.wallet().toString(), d.customer().toString(), d.account(), d.stored(),
                    d.fromEntries());
        }
    }

    @Schema(name = "WalletReconciliation", description = "Every wallet recomputed from its entries (对账)")
    public record ReconciliationView(String merchant, long walletsChecked, long entriesChecked, boolean balanced,
                                     List<DriftView> drifts, Instant checkedAt) {
        public static ReconciliationView of(ReconciliationReport r) {
            return new ReconciliationView(r.merchant().value(), r.walletsChecked(), r.entriesChecked(), r.balanced(),
                    r.drifts().stream().map(DriftView::of).toList(), r.checkedAt());
        }
    }
}
