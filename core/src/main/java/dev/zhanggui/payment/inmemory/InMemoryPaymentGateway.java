package dev.zhanggui.payment.inmemory;

import dev.zhanggui.payment.PaymentGateway;
import dev.zhanggui.payment.PaymentIntent;
import dev.zhanggui.payment.PaymentNotification;
import dev.zhanggui.payment.PaymentRequest;
import dev.zhanggui.payment.RefundReceipt;
import dev.zhanggui.payment.RefundRequest;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A gateway for tests and embedding applications: it remembers the payments it created, and
 * {@link #notificationOf} writes the notification it would send, signed with SHA-256 over a
 * secret and the body (the reference server's sandbox uses an HMAC; the JDK-only core cannot).
 * The body is {@code out_trade_no=...&transaction_id=...&total=<fen>&paid_at=<instant>}.
 */
public final class InMemoryPaymentGateway implements PaymentGateway {
    public static final String SIGNATURE = "x-test-signature";

    private final String name;
    private final String secret;
    private final List<PaymentRequest> created = new ArrayList<>();
    private final Map<String, RefundRequest> refunds = new LinkedHashMap<>();
    private int failingRefunds;
    private boolean processingRefunds;

    public InMemoryPaymentGateway(String name, String secret) {
        this.name = name;
        this.secret = secret;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized PaymentIntent create(PaymentRequest request) {
        created.add(request);
        return new PaymentIntent(name, request.outTradeNo(), "prepay_" + request.outTradeNo(),
                Map.of("prepayId", "prepay_" + request.outTradeNo()));
    }

    /** The signed notification a payment of this amount would bring: the body and its headers. */
    public Map.Entry<String, Map<String, String>> notificationOf(String outTradeNo, long amountFen, Instant paidAt) {
        String body = "out_trade_no=" + outTradeNo + "&transaction_id=T" + outTradeNo + "&total=" + amountFen
                + "&paid_at=" + paidAt;
        return Map.entry(body, Map.of(SIGNATURE, sign(body)));
    }

    /** A signed refund notification: the refund succeeded or failed, for its amount in fen. */
    public Map.Entry<String, Map<String, String>> refundNotificationOf(String outRefundNo, boolean succeeded,
                                                                       long refundFen) {
        String body = "out_refund_no=" + outRefundNo + "&status=" + (succeeded ? "SUCCESS" : "ABNORMAL")
                + "&refund=" + refundFen;
        return Map.entry(body, Map.of(SIGNATURE, sign(body)));
    }

    @Override
    public dev.zhanggui.payment.RefundNotification verifyRefund(String body, Map<String, String> headers) {
        String signature = headers.get(SIGNATURE);
        if (signature == null || !MessageDigest.isEqual(signature.getBytes(StandardCharsets.UTF_8),
                sign(body).getBytes(StandardCharsets.UTF_8))) {
            throw new DomainException(ErrorCode.PAYMENT_SIGNATURE_INVALID);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        try {
            boolean succeeded = "SUCCESS".equals(fields.get("status"));
            return new dev.zhanggui.payment.RefundNotification(name, fields.get("out_refund_no"), succeeded,
                    Long.parseLong(fields.get("refund")), java.util.Optional.of("R" + fields.get("out_refund_no")),
                    succeeded ? java.util.Optional.empty() : java.util.Optional.of(fields.get("status")));
        } catch (RuntimeException e) {
            throw new DomainException(ErrorCode.PAYMENT_NOTIFICATION_INVALID);
        }
    }

    @Override
    public PaymentNotification verify(String body, Map<String, String> headers) {
        String signature = headers.get(SIGNATURE);
        if (signature == null || !MessageDigest.isEqual(signature.getBytes(StandardCharsets.UTF_8),
                sign(body).getBytes(StandardCharsets.UTF_8))) {
            throw new DomainException(ErrorCode.PAYMENT_SIGNATURE_INVALID);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        try {
            return new PaymentNotification(name, fields.get("out_trade_no"), fields.get("transaction_id"),
                    Long.parseLong(fields.get("total")), Instant.parse(fields.get("paid_at")));
        } catch (RuntimeException e) {
            throw new DomainException(ErrorCode.PAYMENT_NOTIFICATION_INVALID);
        }
    }

    /**
     * Refunds like a real gateway: once per refund number (the same number again answers the same
     * refund and pays nothing more), never more than the payment in all. The next
     * {@link #failNextRefunds} calls fail as an unreachable gateway would; while
     * {@link #processRefunds} is on, refunds are accepted but still processing (confirmed later).
     */
    @Override
    public synchronized RefundReceipt refund(RefundRequest request) {
        if (failingRefunds > 0) {
            failingRefunds--;
            throw new IllegalStateException("the gateway did not answer");
        }
        RefundRequest earlier = refunds.get(request.outRefundNo());
        if (earlier != null && earlier.refundFen() != request.refundFen()) {
            throw new IllegalArgumentException("refund " + request.outRefundNo() + " was asked for another amount");
        }
        if (earlier == null) {
            if (refundedFen(request.outTradeNo()) + request.refundFen() > request.totalFen()) {
                throw new IllegalArgumentException("refunds of " + request.outTradeNo() + " would exceed the payment");
            }
            refunds.put(request.outRefundNo(), request);
        }
        return new RefundReceipt(request.outRefundNo(), "R" + request.outRefundNo(), !processingRefunds);
    }

    /** The next {@code calls} refund calls fail. */
    public synchronized void failNextRefunds(int calls) {
        failingRefunds = calls;
    }

    /** Whether refunds answer "processing" (the refund notification confirms them later) instead of done. */
    public synchronized void processRefunds(boolean processing) {
        processingRefunds = processing;
    }

    /** The refunds paid, once each, in the order they were asked for. */
    public synchronized List<RefundRequest> refunds() {
        return List.copyOf(refunds.values());
    }

    /** Fen refunded of one payment so far. */
    public synchronized long refundedFen(String outTradeNo) {
        return refunds.values().stream().filter(r -> r.outTradeNo().equals(outTradeNo))
                .mapToLong(RefundRequest::refundFen).sum();
    }

    public synchronized List<PaymentRequest> created() {
        return List.copyOf(created);
    }

    private String sign(String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(secret.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
