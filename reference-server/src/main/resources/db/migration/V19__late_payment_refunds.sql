-- An online payment that arrives when its order can no longer take it (closed by the unpaid-order
-- job or the customer, voided, paid otherwise, repriced) is kept as paid and refunded whole to the
-- payer through the gateway that took it: the payment ends REFUNDED, its notice DECLINED.
alter table payment drop constraint payment_status_check;
alter table payment add constraint payment_status_check
    check (status in ('PENDING', 'PAID', 'CLOSED', 'REFUNDED'));
alter table payment_notice drop constraint payment_notice_outcome_check;
alter table payment_notice add constraint payment_notice_outcome_check
    check (outcome in ('CONFIRMED', 'DECLINED', 'REPEATED', 'AMOUNT_MISMATCH', 'NOT_PENDING'));

-- The refund of such a payment: one per payment, with the purpose's reason code, the refund number
-- the gateway was asked under (derived from the payment, so a retry never pays twice) and how far
-- it got. A FAILED one is retried by the gateway's next notification of the payment.
create table payment_refund (
    payment_id        uuid          primary key references payment (id),
    merchant_id       varchar(63)   not null references merchant (id),
    out_refund_no     varchar(64)   not null unique,
    amount_fen        bigint        not null check (amount_fen > 0),
    reason            varchar(40)   not null,
    note              varchar(200)  not null,
    status            varchar(16)   not null check (status in ('PENDING', 'PROCESSING', 'SUCCEEDED', 'FAILED')),
    attempts          integer       not null check (attempts >= 0),
    gateway_refund_no varchar(64),
    failure           varchar(200),
    created_at        timestamptz   not null,
    refunded_at       timestamptz,
    constraint payment_refund_succeeded_at check ((status = 'SUCCEEDED') = (refunded_at is not null))
);
create index payment_refund_merchant_status on payment_refund (merchant_id, status);
