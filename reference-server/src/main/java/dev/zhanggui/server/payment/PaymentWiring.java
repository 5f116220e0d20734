package dev.zhanggui.server.payment;

import dev.zhanggui.payment.PaymentConfirmationHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhanggui.payment.PaymentGateway;
import dev.zhanggui.payment.PaymentRepository;
import dev.zhanggui.payment.PaymentService;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;

/**
 * Builds online payments from the server's adapters: every {@link PaymentGateway} bean is a
 * gateway (the sandbox is one), every {@link PaymentConfirmationHandler} bean handles its purpose.
 */
@ApplicationScoped
public class PaymentWiring {
    public static final String CALLBACK_PATH = "/api/v1/payments/callbacks/";

    @Produces
    @ApplicationScoped
    PaymentRepository paymentRepository(JdbcStatements sql) {
        return new JdbcPaymentRepository(sql);
    }

    @Produces
    @ApplicationScoped
    SandboxPaymentGateway sandboxPaymentGateway(PaymentSettings settings, ObjectMapper json, Clock clock) {
        return new SandboxPaymentGateway(settings.sandbox().secret(),
                Duration.ofSeconds(settings.sandbox().maxClockSkewSeconds()), settings.sandbox().refundsProcessing(),
                json, clock);
    }

    @Produces
    @ApplicationScoped
    PaymentService paymentService(PaymentRepository payments, Instance<PaymentGateway> gateways,
                                  Instance<PaymentConfirmationHandler> handlers, PaymentSettings settings,
                                  Transactions transactions, IdGenerator ids, Clock clock) {
        String base = settings.notifyBaseUrl().replaceAll("/+$", "");
        return new PaymentService(payments, gateways.stream().toList(), handlers.stream().toList(),
                settings.defaultGateway(), gateway -> base + CALLBACK_PATH + gateway, transactions, ids, clock);
    }
}
