-- Product reviews (评价): one per completed order line, written by the customer who bought the
-- product; staff may hide one (屏蔽) with a reason and answer it (商家回复).
create table review (
    id             uuid          primary key,
    merchant_id    varchar(63)   not null references merchant (id),
    product_id     uuid          not null references product (id) on delete cascade,
    customer_id    uuid          not null references customer (id) on delete cascade,
    -- The order line the review is for; order lines arrive with the orders context, so no foreign key yet.
    order_line_id  uuid,
    -- Masked as shown in public (张**, 138****0001): the full name or phone is never copied here.
    reviewer_name  varchar(64)   not null,
    rating         smallint      not null check (rating between 1 and 5),
    body           varchar(500)  not null,
    images         jsonb         not null default '[]',
    has_images     boolean       not null,
    created_at     timestamptz   not null,
    hidden_reason  varchar(200),
    hidden_at      timestamptz,
    hidden_by      varchar(255),
    reply_text     varchar(500),
    replied_at     timestamptz,
    replied_by     varchar(255),
    version        bigint        not null default 0,
    check ((hidden_reason is null) = (hidden_at is null))
);

-- One review per order line: concurrent posts for the same line store exactly one.
create unique index review_one_per_order_line on review (merchant_id, order_line_id) where order_line_id is not null;
-- The storefront list (visible reviews of a product, newest first) and the summaries.
create index review_product_visible on review (product_id, created_at desc, id desc) where hidden_at is null;
create index review_customer_newest on review (customer_id, created_at desc, id desc);
create index review_merchant_newest on review (merchant_id, created_at desc, id desc);
