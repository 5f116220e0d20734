package dev.zhanggui.wallet;

import dev.zhanggui.customer.Customer;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.PhoneNumberPolicy;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Balance transfers between customers of one merchant (余额转让), if the merchant allows them:
 * principal leaves the sender (TRANSFER_OUT) and arrives as the recipient's principal
 * (TRANSFER_IN) in one unit of work. Both wallets are locked in the order of their ids, so two
 * opposite transfers at once wait for each other instead of deadlocking.
 */
public final class WalletTransferService {
    private final WalletLedger ledger;
    private final WalletRepository wallets;
    private final CustomerRepository customerRepository;
    private final CustomerService customers;
    private final PhoneNumberPolicy phones;
    private final TransferPermission permission;
    private final Transactions transactions;

    public WalletTransferService(WalletRepository wallets, CustomerRepository customerRepository,
                                 CustomerService customers, PhoneNumberPolicy phones, TransferPermission permission,
                                 Transactions transactions, IdGenerator ids, Clock clock) {
        this.ledger = new WalletLedger(wallets, customerRepository, transactions, ids, clock);
        this.wallets = wallets;
        this.customerRepository = customerRepository;
        this.customers = customers;
        this.phones = phones;
        this.permission = permission;
        this.transactions = transactions;
    }

    /**
     * The calling customer transfers principal to the customer with this phone number. The key
     * (the client's idempotency key) names the transfer: a repeat transfers nothing more.
     */
    public WalletTransfer transfer(Actor actor, String recipientPhone, Money amount, String key) {
        if (!actor.isCustomer()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only a customer transfers from their own wallet");
        }
        MerchantId merchant = actor.merchant();
        if (!permission.enabled(merchant)) {
            throw new DomainException(ErrorCode.WALLET_TRANSFER_DISABLED);
        }
        Money checked = WalletInputs.amount(amount, "amount");
        String transferKey = "transfer:" + WalletInputs.operationKey(key);
        CustomerId from = customers.myId(actor);
        CustomerId to = transactions.inTransaction(() -> customerRepository.findByPhone(merchant,
                phones.parse(recipientPhone, "recipientPhone"))).map(Customer::id)
                .filter(id -> !id.equals(from))
                .orElseThrow(() -> DomainException.invalidField("recipientPhone",
                        ErrorCode.WALLET_TRANSFER_RECIPIENT_INVALID, "No other customer has this phone number"));
        Cause cause = new Cause(Cause.Kind.TRANSFER, transferKey.length() > Cause.MAX_REFERENCE
                ? transferKey.substring(0, Cause.MAX_REFERENCE) : transferKey);
        return transactions.inTransaction(() -> {
            lockInIdOrder(merchant, List.of(from, to));
            WalletOperation sent = ledger.apply(actor, from, new WalletLedger.Operation(transferKey, cause,
                    LedgerReason.TRANSFER_OUT, -checked.minorUnits(), Optional.empty(), Optional.empty()),
                    (wallet, movement) -> wallet.transferOut(checked, movement));
            WalletOperation received = ledger.apply(actor, to, new WalletLedger.Operation(transferKey, cause,
                    LedgerReason.TRANSFER_IN, checked.minorUnits(), Optional.empty(), Optional.empty()),
                    (wallet, movement) -> wallet.credit(SubBalance.PRINCIPAL, checked, LedgerReason.TRANSFER_IN,
                            movement));
            return new WalletTransfer(transferKey, from, to, sent, received);
        });
    }

    private void lockInIdOrder(MerchantId merchant, List<CustomerId> customers) {
        customers.stream().map(c -> ledger.walletOf(merchant, c)).sorted(Comparator.comparing(w -> w.id().value()))
                .forEach(w -> wallets.lock(merchant, w.customer()));
    }
}
