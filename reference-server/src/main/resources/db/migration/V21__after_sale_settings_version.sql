-- The after-sales terms (售后设置) are changed by admins over REST and GraphQL at the version they
-- read (ETag / If-Match, expectedVersion): 0 until the merchant saves terms.
alter table after_sale_settings add column version bigint not null default 0;
