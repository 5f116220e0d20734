package dev.zhanggui.server.wallet;

import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.PhoneNumberPolicy;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.wallet.TransferPermission;
import dev.zhanggui.wallet.WalletSettingsService;
import dev.zhanggui.wallet.WalletRepository;
import dev.zhanggui.wallet.WalletTransferService;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * Builds balance transfers; which merchants allow them comes from their wallet settings (by default
 * {@code zhanggui.wallets.transfer.enabled-for}).
 */
@ApplicationScoped
public class TransferWiring {

    @Produces
    @ApplicationScoped
    @DefaultBean
    TransferPermission transferPermission(WalletSettingsService settings) {
        return settings.transferPermission();
    }

    @Produces
    @ApplicationScoped
    WalletTransferService walletTransferService(WalletRepository wallets, CustomerRepository customerRepository,
                                                CustomerService customers, PhoneNumberPolicy phones,
                                                TransferPermission permission, Transactions transactions,
                                                IdGenerator ids, Clock clock) {
        return new WalletTransferService(wallets, customerRepository, customers, phones, permission, transactions,
                ids, clock);
    }
}
