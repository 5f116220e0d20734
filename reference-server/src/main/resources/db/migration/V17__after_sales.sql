-- After-sales (售后): requests, their refunds split per tender, the points clawed back, and each
-- merchant's after-sales settings and reasons. Like orders, a request and a refund are stored whole
-- as a jsonb document (written and read by server.aftersale.AfterSaleDocuments) next to the columns
-- that lists, filters, the dashboard and the uniqueness rules query; the columns are derived from
-- the same aggregate on every write.
create table after_sale (
    id            uuid          primary key,
    merchant_id   varchar(63)   not null references merchant (id),
    order_id      uuid          not null references customer_order (id),
    order_number  varchar(40)   not null,
    customer_id   uuid          not null references customer (id),
    type          varchar(20)   not null check (type in ('REFUND_ONLY', 'RETURN_AND_REFUND')),
    status        varchar(20)   not null check (status in ('REQUESTED', 'AWAITING_RETURN', 'RETURN_SHIPPED',
                                    'RETURN_RECEIVED', 'REFUNDING', 'REFUNDED', 'MANUALLY_REFUNDED', 'REJECTED',
                                    'WITHDRAWN')),
    refund_id     uuid,
    requested_at  timestamptz   not null,
    updated_at    timestamptz   not null,
    version       bigint        not null,
    document      jsonb         not null
);
-- ids are time-ordered: "newest first" is "id desc"
create index after_sale_newest on after_sale (merchant_id, id desc);
create index after_sale_status on after_sale (merchant_id, status, id desc);
create index after_sale_type on after_sale (merchant_id, type, status, id desc);
create index after_sale_requested on after_sale (merchant_id, requested_at);
create index after_sale_customer on after_sale (merchant_id, customer_id, id desc);
create index after_sale_order on after_sale (merchant_id, order_id, id);
-- a request is refunded once: one refund per request
create unique index after_sale_refund_unique on after_sale (refund_id) where refund_id is not null;

-- The order lines a request covers, and whether it still holds them (not final): at most one open
-- request per order line, also when two requests are added at once.
create table after_sale_line (
    after_sale_id  uuid         not null references after_sale (id),
    line           integer      not null,
    merchant_id    varchar(63)  not null references merchant (id),
    order_id       uuid         not null references customer_order (id),
    quantity       integer      not null check (quantity > 0),
    open           boolean      not null,
    primary key (after_sale_id, line)
);
create unique index after_sale_line_one_open on after_sale_line (merchant_id, order_id, line) where open;

-- Refunds (退款单) of after-sales requests and of cancelled paid orders: amounts in fen for the
-- lists, the status derived from the parts (SUCCEEDED, FAILED, PENDING) for the follow-up list, and
-- the gateway's refund number (out_refund_no) by which a refund notification finds its refund.
create table refund (
    id             uuid          primary key,
    merchant_id    varchar(63)   not null references merchant (id),
    order_id       uuid          not null references customer_order (id),
    order_number   varchar(40)   not null,
    customer_id    uuid          not null references customer (id),
    origin         varchar(16)   not null check (origin in ('AFTER_SALE', 'CANCELLATION')),
    after_sale_id  uuid          references after_sale (id),
    manual         boolean       not null,
    status         varchar(16)   not null check (status in ('PENDING', 'FAILED', 'SUCCEEDED')),
    amount_fen     bigint        not null check (amount_fen >= 0),
    out_refund_no  varchar(64),
    created_at     timestamptz   not null,
    version        bigint        not null,
    document       jsonb         not null,
    constraint refund_out_refund_no_unique unique (out_refund_no),
    constraint refund_origin_complete check ((origin = 'AFTER_SALE') = (after_sale_id is not null))
);
create index refund_order on refund (merchant_id, order_id, created_at, id);
create index refund_unsettled on refund (merchant_id, created_at, id) where status <> 'SUCCEEDED';
-- one refund per request, and one cancellation refund per order
create unique index refund_after_sale_unique on refund (after_sale_id) where after_sale_id is not null;
create unique index refund_cancellation_unique on refund (order_id) where origin = 'CANCELLATION';

-- Purchase points taken back because of a refund (积分扣回), one per refund, and what is still owed.
create table points_clawback (
    refund_id     uuid          primary key references refund (id),
    merchant_id   varchar(63)   not null references merchant (id),
    customer_id   uuid          not null references customer (id),
    order_number  varchar(40)   not null,
    due           bigint        not null check (due > 0),
    taken         bigint        not null check (taken >= 0 and taken <= due),
    at            timestamptz   not null
);
create index points_clawback_order on points_clawback (merchant_id, order_number, at);
create index points_clawback_owed on points_clawback (merchant_id, customer_id, at) where taken < due;

-- A merchant's after-sales settings (售后设置): shipping refunded with a whole refund before
-- shipping, what happens to returned goods' stock, and its own reasons (null: the default list).
create table after_sale_settings (
    merchant_id                      varchar(63)  primary key references merchant (id),
    refund_shipping_before_shipping  boolean      not null,
    restock                          varchar(16)  not null check (restock in ('WHEN_RECEIVED', 'NEVER')),
    reasons                          jsonb,
    updated_at                       timestamptz  not null
);
