package dev.zhanggui.server.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zhanggui.payment.Payment;
import dev.zhanggui.payment.PaymentGateway;
import dev.zhanggui.payment.PaymentIntent;
import dev.zhanggui.payment.PaymentNotification;
import dev.zhanggui.payment.PaymentRequest;
import dev.zhanggui.payment.RefundNotification;
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
    private final boolean refundsProcessing;
    private final Map<String, SandboxRefund> refunds = new java.util.HashMap<>();
    private final java.util.Set<String> processingPayments = new java.util.HashSet<>();

    /** A notification as the sandbox sends it: the body and the headers that sign it. */
    public record SignedNotification(String body, Map<String, String> headers) {
    }

    public SandboxPaymentGateway(String secret, Duration maxSkew, ObjectMapper json, Clock clock) {
        this(secret, maxSkew, false, json, clock);
    }

    /** @param refundsProcessing whether every refund answers "processing" and waits for its notification */
    public SandboxPaymentGateway(String secret, Duration maxSkew, boolean refundsProcessing, ObjectMapper json,
                                 Clock clock) {
        this.refundsProcessing = refundsProcessing;
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
        requireSigned(body, headers);
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

    /** Payment and refund notifications are signed alike; a stale timestamp is refused too. */
    private void requireSigned(String body, Map<String, String> headers) {
        String timestamp = headers.get(TIMESTAMP);
        String nonce = headers.get(NONCE);
        String signature = headers.get(SIGNATURE);
        if (timestamp == null || nonce == null || signature == null || !MessageDigest.isEqual(
                sign(timestamp + "\n" + nonce + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8))) {
            throw new DomainException(ErrorCode.PAYMENT_SIGNATURE_INVALID);
        }
        requireFresh(timestamp);
    }

    /**
     * Refunds once per refund number, like WeChat Pay: the same number again answers the same refund
     * and pays nothing more. At once, unless refunds answer "processing" (the setting, or
     * {@link #processRefundsOf} for one payment): then only the refund notification
     * ({@link #refundNotificationOf}) ends it, in success or failure; a failed one asked again is a
     * new attempt.
     */
    @Override
    public synchronized RefundReceipt refund(RefundRequest request) {
        SandboxRefund earlier = refunds.get(request.outRefundNo());
        if (earlier != null && earlier.status() != SandboxRefund.Status.ABNORMAL) {
            return new RefundReceipt(request.outRefundNo(), earlier.gatewayRefundNo(),
                    earlier.status() == SandboxRefund.Status.SUCCESS);
        }
        boolean processing = refundsProcessing || processingPayments.contains(request.outTradeNo());
        SandboxRefund refund = new SandboxRefund(request.outTradeNo(), request.outRefundNo(), request.refundFen(),
                request.totalFen(), earlier == null ? "5030" + random(12) : earlier.gatewayRefundNo(),
                processing ? SandboxRefund.Status.PROCESSING : SandboxRefund.Status.SUCCESS);
        refunds.put(request.outRefundNo(), refund);
        return new RefundReceipt(request.outRefundNo(), refund.gatewayRefundNo(), !processing);
    }

    /** From now on, the refunds of this payment answer "processing" until the sandbox notifies them. */
    public synchronized void processRefundsOf(String outTradeNo) {
        processingPayments.add(outTradeNo);
    }

    /** A refund the sandbox was asked for, by our refund number. */
    public synchronized java.util.Optional<SandboxRefund> refundOf(String outRefundNo) {
        return java.util.Optional.ofNullable(refunds.get(outRefundNo));
    }

    /** The money the sandbox refunded of a payment, in fen: every successful refund once. */
    public synchronized long refundedFen(String outTradeNo) {
        return refunds.values().stream().filter(r -> r.outTradeNo().equals(outTradeNo)
                && r.status() == SandboxRefund.Status.SUCCESS).mapToLong(SandboxRefund::refundFen).sum();
    }

    /**
     * Ends a processing refund, in success or failure (REFUND.ABNORMAL), and answers the signed
     * notification WeChat Pay would send for it.
     */
    public synchronized SignedNotification refundNotificationOf(String outRefundNo, boolean succeeded) {
        SandboxRefund refund = refunds.get(outRefundNo);
        if (refund == null) {
            throw new DomainException(ErrorCode.REFUND_NOT_FOUND, "The sandbox has no refund " + outRefundNo);
        }
        SandboxRefund ended = refund.ended(succeeded);
        refunds.put(outRefundNo, ended);
        ObjectNode body = json.createObjectNode();
        body.put("id", random(16));
        body.put("event_type", succeeded ? "REFUND.SUCCESS" : "REFUND.ABNORMAL");
        body.put("out_trade_no", refund.outTradeNo());
        body.put("out_refund_no", outRefundNo);
        body.put("refund_id", refund.gatewayRefundNo());
        body.put("refund_status", succeeded ? "SUCCESS" : "ABNORMAL");
        body.putObject("amount").put("refund", refund.refundFen()).put("total", refund.totalFen());
        body.put("success_time", clock.instant().toString());
        return signed(body.toString());
    }

    @Override
    public RefundNotification verifyRefund(String body, Map<String, String> headers) {
        requireSigned(body, headers);
        try {
            JsonNode node = json.readTree(body);
            String status = node.path("refund_status").asText();
            if (!status.equals("SUCCESS") && !status.equals("ABNORMAL") && !status.equals("CLOSED")) {
                throw new DomainException(ErrorCode.PAYMENT_NOTIFICATION_INVALID, "No such refund status " + status);
            }
            JsonNode fen = node.path("amount").path("refund");
            if (!fen.isIntegralNumber() || !fen.canConvertToLong()) {
                throw new DomainException(ErrorCode.PAYMENT_NOTIFICATION_INVALID, "The amount cannot be read");
            }
            boolean succeeded = status.equals("SUCCESS");
            return new RefundNotification(NAME, text(node, "out_refund_no", 64), succeeded, fen.asLong(),
                    java.util.Optional.of(text(node, "refund_id", 64)),
                    succeeded ? java.util.Optional.empty() : java.util.Optional.of("the gateway says " + status));
        } catch (DomainException e) {
            throw e;
        } catch (Exception e) {
            throw new DomainException(ErrorCode.PAYMENT_NOTIFICATION_INVALID);
        }
    }

    /** A refund at the sandbox and where it stands. */
    public record SandboxRefund(String outTradeNo, String outRefundNo, long refundFen, long totalFen,
                                String gatewayRefundNo, Status status) {
        public enum Status { PROCESSING, SUCCESS, ABNORMAL }

        SandboxRefund ended(boolean succeeded) {
            return new SandboxRefund(outTradeNo, outRefundNo, refundFen, totalFen, gatewayRefundNo,
                    succeeded ? Status.SUCCESS : Status.ABNORMAL);
        }
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
