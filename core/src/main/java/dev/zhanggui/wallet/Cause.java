package dev.zhanggui.wallet;

/**
 * What caused a ledger entry: an order, a refund, a staff action, a top-up, a rule or a referral,
 * with the reference of that thing (order number, refund id, staff subject, top-up id, rule code,
 * the invited customer's id,
 * the method of a credit repayment).
 */
public record Cause(Kind kind, String reference) {
    public static final int MAX_REFERENCE = 100;

    public enum Kind { ORDER, REFUND, STAFF_ACTION, TOP_UP, DEPOSIT, RULE, WITHDRAWAL, TRANSFER, REFERRAL, REPAYMENT }

    public Cause {
        if (kind == null || reference == null || reference.isBlank() || reference.length() > MAX_REFERENCE) {
            throw new IllegalArgumentException("a cause needs a kind and a reference of 1 to " + MAX_REFERENCE
                    + " characters");
        }
    }

    public static Cause order(String reference) {
        return new Cause(Kind.ORDER, reference);
    }

    public static Cause refund(String reference) {
        return new Cause(Kind.REFUND, reference);
    }

    public static Cause staff(String subject) {
        return new Cause(Kind.STAFF_ACTION, subject);
    }

    public static Cause rule(String code) {
        return new Cause(Kind.RULE, code);
    }

    /** A customer linked to the one who invited them; the reference is the invitee's customer id. */
    public static Cause referral(String invitee) {
        return new Cause(Kind.REFERRAL, invitee);
    }

    /** A repayment of credit (还款); the reference is how it was paid. */
    public static Cause repayment(RepaymentMethod method) {
        return new Cause(Kind.REPAYMENT, method.name());
    }

    @Override
    public String toString() {
        return kind + ":" + reference;
    }
}
