package dev.zhanggui.server.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zhanggui.payment.Payment;
import dev.zhanggui.payment.PaymentGateway;
import dev.zhanggui.payment.PaymentIntent;
import dev.zhanggui.payment.PaymentNotification;
import dev.zhanggui.payment.PaymentRequest;
import dev.zhanggui.payment.RefundReceipt;
import dev.zhanggui.payment.RefundRequest;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A payment gateway for development and tests that behaves like WeChat Pay (微信支付沙箱): creating
 * a payment returns a prepay id and the parameters of {@code wx.requestPayment}; "paying" it (the
 * sandbox pay endpoint) sends a notification signed like WeChat Pay's v3 callbacks, but with
 * HMAC-SHA256 over {@code timestamp\nnonce\nbody\n} under a shared secret instead of RSA.
 */
public class SandboxPaymentGateway implements PaymentGateway {
    public static final String NAME = "sandbox";
    public static final String TIMESTAMP = "wechatpay-timestamp";
    public static final String NONCE = "wechatpay-nonce";
    public static final String SIGNATURE = "wechatpay-signature";
    public static final String SERIAL = "wechatpay-serial";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] secret;
    private final Duration maxSkew;
    private final ObjectMapper json;
    private final Clock clock;

    /** A notification as the sandbox sends it: the body and the headers that sign it. */
    public record SignedNotification(String body, Map<String, String> headers) {
    }

    public SandboxPaymentGateway(String secret, Duration maxSkew, ObjectMapper json, Clock clock) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.maxSkew = maxSkew;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PaymentIntent create(PaymentRequest request) {
        String prepayId = "wx" + random(14);
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        String nonce = random(16);
        String pkg = "prepay_id=" + prepayId;
        Map<String, String> client = new LinkedHashMap<>();
        client.put("appId", "sandbox");
        client.put("timeStamp", timestamp);
        client.put("nonceStr", nonce);
        client.put("package", pkg);
        client.put("signType", "HMAC-SHA256");
        client.put("paySign", sign("sandbox\n" + timestamp + "\n" + nonce + "\n" + pkg + "\n"));
        client.put("sandboxPayPath", "/api/v1/payments/sandbox/" + request.outTradeNo() + "/pay");
        return new PaymentIntent(NAME, request.outTradeNo(), prepayId, client);
    }

    /** The notification WeChat Pay would send once the payment is paid, for the given amount in fen. */
    public SignedNotification notificationOf(Payment payment, long amountFen) {
        ObjectNode body = json.createObjectNode();
        body.put("id", random(16));
        body.put("event_type", "TRANSACTION.SUCCESS");
        body.put("out_trade_no", payment.outTradeNo());
        body.put("transaction_id", "4200" + random(12));
        body.put("trade_state", "SUCCESS");
        body.putObject("amount").put("total", amountFen).put("currency", "CNY");
        body.put("success_time", clock.instant().toString());
        String text = body.toString();
        return signed(text);
    }

    /** Signs a body as the sandbox does (for the pay endpoint, and for tests that forge callbacks). */
    public SignedNotification signed(String body) {
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        String nonce = random(16);
        return new SignedNotification(body, Map.of(TIMESTAMP, timestamp, NONCE, nonce, SERIAL, NAME,
                SIGNATURE, sign(timestamp + "\n" + nonce + "\n" + body + "\n")));
    }

    @Override
    public PaymentNotification verify(String body, Map<String, String> headers) {
        String timestamp = headers.get(TIMESTAMP);
        String nonce = headers.get(NONCE);
        String signature = headers.get(SIGNATURE);
        if (timestamp == null || nonce == null || signature == null || !MessageDigest.isEqual(
                sign(timestamp + "\n" + nonce + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8))) {
            throw new DomainException(ErrorCode.PAYMENT_SIGNATURE_INVALID);
        }
        requireFresh(timestamp);
        try {
            JsonNode node = json.readTree(body);
            if (!"SUCCESS".equals(node.path("trade_state").asText())) {
                throw new DomainException(ErrorCode.PAYMENT_NOTIFICATION_INVALID, "Only successful payments are notified");
            }
            JsonNode total = node.path("amount").path("total");
            if (!total.canConvertToLong() || !total.isIntegralNumber()
                    || !"CNY".equals(node.path("amount").path("currency").asText())) {
                throw new DomainException(ErrorCode.PAYMENT_NOTIFICATION_INVALID, "The amount cannot be read");
            }
            return new PaymentNotification(NAME, text(node, "out_trade_no", 32), text(node, "transaction_id", 64),
                    total.asLong(), Instant.parse(node.path("success_time").asText()));
        } catch (DomainException e) {
            throw e;
        } catch (Exception e) {
            throw new DomainException(ErrorCode.PAYMENT_NOTIFICATION_INVALID);
        }
    }

    @Override
    public RefundReceipt refund(RefundRequest request) {
        // The sandbox refunds at once; a real gateway may answer PROCESSING and notify later.
        return new RefundReceipt(request.outRefundNo(), "5030" + random(12), true);
    }

    private void requireFresh(String timestamp) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new DomainException(ErrorCode.PAYMENT_SIGNATURE_INVALID);
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - seconds);
        if (skew > maxSkew.toSeconds()) {
            throw new DomainException(ErrorCode.PAYMENT_SIGNATURE_INVALID, "The notification's timestamp is stale");
        }
    }

    private static String text(JsonNode node, String field, int maxLength) {
        String value = node.path(field).asText("");
        if (value.isEmpty() || value.length() > maxLength) {
            throw new DomainException(ErrorCode.PAYMENT_NOTIFICATION_INVALID, field + " is missing or too long");
        }
        return value;
    }

    private String sign(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
