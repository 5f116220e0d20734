-- Favourites (收藏): the products a customer keeps, listed newest first.
create table favorite (
    merchant_id  varchar(63)  not null references merchant (id),
    customer_id  uuid         not null references customer (id) on delete cascade,
    product_id   uuid         not null references product (id) on delete cascade,
    created_at   timestamptz  not null,
    primary key (customer_id, product_id)
);

create index favorite_newest on favorite (customer_id, created_at desc, product_id desc);
create index favorite_product on favorite (product_id);
