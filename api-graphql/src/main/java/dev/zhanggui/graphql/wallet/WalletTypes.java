package dev.zhanggui.graphql.wallet;

import dev.zhanggui.graphql.shared.PageInfo;
import dev.zhanggui.graphql.shared.Payload;
import dev.zhanggui.graphql.shared.UserError;
import dev.zhanggui.graphql.wallet.WalletEnums.WalletAsset;
import dev.zhanggui.graphql.wallet.WalletEnums.WalletEntryReason;
import dev.zhanggui.graphql.wallet.WalletEnums.WalletSubBalance;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Page;
import dev.zhanggui.wallet.Asset;
import dev.zhanggui.wallet.LedgerEntry;
import dev.zhanggui.wallet.LedgerFilter;
import dev.zhanggui.wallet.LedgerReason;
import dev.zhanggui.wallet.ReconciliationReport;
import dev.zhanggui.wallet.Wallet;
import dev.zhanggui.wallet.WalletCredit;
import dev.zhanggui.wallet.WalletDebit;
import dev.zhanggui.wallet.WalletFields;
import dev.zhanggui.wallet.WalletOperation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The GraphQL types, inputs and payloads of wallets (钱包). Money as decimal strings in yuan. */
public final class WalletTypes {
    private WalletTypes() {
    }

    @Type("Wallet")
    @Description("A customer's wallet: balance (principal + bonus), points and credit")
    public record WalletNode(@NonNull @Id String customerId, @NonNull @Description("e.g. \"230.00\"") String balance,
                             @NonNull String principal, @NonNull String bonus, @NonNull long points,
                             @NonNull String creditLimit, @NonNull String creditInUse,
                             @NonNull String creditAvailable, @NonNull String currency, @NonNull boolean frozen,
                             @NonNull long version) {
        static WalletNode of(Wallet w) {
            return new WalletNode(w.customer().toString(), w.balance().toString(), w.principal().toString(),
                    w.bonus().toString(), w.points().value(), w.creditLimit().toString(), w.creditInUse().toString(),
                    w.creditAvailable().toString(), w.balance().currency().getCurrencyCode(), w.frozen(), w.version());
        }
    }

    @Type("WalletEntry")
    @Description("One ledger entry (余额/积分/授信明细); never changed once written")
    public record WalletEntryNode(@NonNull @Id String id, @NonNull WalletAsset asset, WalletSubBalance subBalance,
                                  @Description("Signed money amount, for BALANCE and CREDIT") String amount,
                                  String balanceAfter,
                                  @Description("Signed points, for POINTS") Long points, Long pointsAfter,
                                  @NonNull WalletEntryReason reason, @NonNull String causeKind,
                                  @NonNull String causeReference, @Id String corrects, String note,
                                  @NonNull String actorKind, @NonNull String operationKey, @NonNull Instant at) {
        static WalletEntryNode of(LedgerEntry e) {
            boolean isPoints = e.asset() == Asset.POINTS;
            return new WalletEntryNode(e.id().toString(), WalletAsset.valueOf(e.asset().name()),
                    e.subBalance().map(s -> WalletSubBalance.valueOf(s.name())).orElse(null),
                    isPoints ? null : e.money().toString(), isPoints ? null : e.moneyAfter().toString(),
                    isPoints ? e.amount() : null, isPoints ? e.balanceAfter() : null,
                    WalletEntryReason.of(e.reason()), e.cause().kind().name(), e.cause().reference(),
                    e.corrects().map(Object::toString).orElse(null), e.note().orElse(null), e.actorKind().name(),
                    e.operationKey(), e.at());
        }
    }

    @Type("WalletEntryEdge")
    public record WalletEntryEdge(@NonNull String cursor, @NonNull WalletEntryNode node) {
    }

    @Type("WalletEntryConnection")
    public record WalletEntryConnection(@NonNull List<@NonNull WalletEntryEdge> edges, @NonNull PageInfo pageInfo) {
        static WalletEntryConnection of(Page<LedgerEntry> page) {
            List<WalletEntryEdge> edges = new ArrayList<>();
            for (int i = 0; i < page.items().size(); i++) {
                edges.add(new WalletEntryEdge(page.cursors().get(i), WalletEntryNode.of(page.items().get(i))));
            }
            return new WalletEntryConnection(edges, new PageInfo(page.next().isPresent(),
                    page.cursors().isEmpty() ? null : page.cursors().getLast()));
        }
    }

    @Input("WalletEntryFilter")
    @Description("Entries of one asset, one reason, from (inclusive) and before (exclusive) instants")
    public record WalletEntryFilter(WalletAsset asset, WalletEntryReason reason, String from, String to) {
        static LedgerFilter toCore(WalletEntryFilter filter) {
            if (filter == null) {
                return LedgerFilter.all();
            }
            return new LedgerFilter(Optional.ofNullable(filter.asset()).map(WalletAsset::toCore),
                    Optional.ofNullable(filter.reason()).map(WalletEntryReason::toCore),
                    WalletFields.instant("from", filter.from()), WalletFields.instant("to", filter.to()));
        }
    }

    @Input("CreditWalletInput")
    @Description("Money put on the balance: TOPUP (face to face), DEPOSIT_CONFIRMED, STAFF_CREDIT or ADJUSTMENT")
    public record CreditWalletInput(@NonNull WalletEntryReason reason,
                                    @Description("To principal, e.g. \"200.00\"") String amount,
                                    @Description("To bonus, e.g. \"30.00\"") String bonus, String note,
                                    @Id @Description("The entry this corrects") String corrects) {
        WalletCredit toCore() {
            var principal = WalletFields.money("amount", amount);
            var extra = WalletFields.money("bonus", bonus);
            if (principal.isEmpty() && extra.isEmpty()) {
                throw DomainException.invalidField("amount", ErrorCode.WALLET_AMOUNT_INVALID,
                        "Give an amount, a bonus or both");
            }
            return new WalletCredit(reason.toCore(), principal.orElse(null), extra.orElse(null),
                    Optional.ofNullable(note), WalletFields.entryId("corrects", corrects));
        }
    }

    @Input("DebitWalletInput")
    @Description("Money taken from the balance: STAFF_DEBIT (划卡, the default) or ADJUSTMENT")
    public record DebitWalletInput(WalletEntryReason reason, @NonNull @Description("e.g. \"38.00\"") String amount,
                                   String note, @Id @Description("The entry this corrects") String corrects) {
        WalletDebit toCore() {
            return new WalletDebit(reason == null ? LedgerReason.STAFF_DEBIT : reason.toCore(),
                    WalletFields.requiredMoney("amount", amount), Optional.ofNullable(note),
                    WalletFields.entryId("corrects", corrects));
        }
    }

    @Type("WalletPayload")
    public record WalletPayload(WalletNode wallet, List<@NonNull WalletEntryNode> entries, Boolean replayed,
                                @NonNull List<@NonNull UserError> errors) implements Payload {
        static WalletPayload of(WalletOperation op) {
            return new WalletPayload(WalletNode.of(op.wallet()), op.entries().stream().map(WalletEntryNode::of)
                    .toList(), op.replayed(), List.of());
        }

        static WalletPayload of(Wallet wallet) {
            return new WalletPayload(WalletNode.of(wallet), List.of(), false, List.of());
        }

        static WalletPayload refused(List<UserError> errors) {
            return new WalletPayload(null, null, null, errors);
        }
    }

    @Type("WalletDrift")
    public record WalletDriftNode(@NonNull @Id String walletId, @NonNull @Id String customerId,
                                  @NonNull String account, @NonNull @Description("In fen or points") long stored,
                                  @NonNull long fromEntries) {
    }

    @Type("WalletReconciliation")
    public record ReconciliationNode(@NonNull long walletsChecked, @NonNull long entriesChecked,
                                     @NonNull boolean balanced, @NonNull List<@NonNull WalletDriftNode> drifts,
                                     @NonNull Instant checkedAt) {
        static ReconciliationNode of(ReconciliationReport r) {
            return new ReconciliationNode(r.walletsChecked(), r.entriesChecked(), r.balanced(),
                    r.drifts().stream().map(d -> new WalletDriftNode(d.wallet().toString(), d.customer().toString(),
                            d.account(), d.stored(), d.fromEntries())).toList(), r.checkedAt());
        }
    }

    @Type("ReconciliationPayload")
    public record ReconciliationPayload(ReconciliationNode reconciliation, @NonNull List<@NonNull UserError> errors)
            implements Payload {
        static ReconciliationPayload refused(List<UserError> errors) {
            return new ReconciliationPayload(null, errors);
        }
    }
}
