-- Every committed change to what the storefront's public catalog queries show sends the
-- merchant's id on the channel catalog_changed (PostgreSQL delivers it at commit, once per
-- transaction and merchant). Each server instance listens and drops its cached anonymous
-- catalog answers for that merchant, whichever instance or tool made the change.
-- Stock levels are here too (a shopper must see "sold out"), so every checkout of a merchant
-- drops its answers once. Not here: sales counts, which every order moves after the fact; cached
-- answers show them at most zhanggui.storefront-cache.max-age old.
create function notify_catalog_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform pg_notify('catalog_changed', old.merchant_id);
    else
        perform pg_notify('catalog_changed', new.merchant_id);
        if tg_op = 'UPDATE' and old.merchant_id <> new.merchant_id then
            perform pg_notify('catalog_changed', old.merchant_id);
        end if;
    end if;
    return null;
end $$;

create trigger product_catalog_changed_write after insert or delete on product
    for each row execute function notify_catalog_changed();
-- The sales counter moves sales_count (and nothing the listing shows besides) with every order.
create trigger product_catalog_changed_update after update on product
    for each row when ((to_jsonb(old) - 'sales_count' - 'updated_at') is distinct from
                       (to_jsonb(new) - 'sales_count' - 'updated_at'))
    execute function notify_catalog_changed();

create trigger sku_catalog_changed after insert or update or delete on sku
    for each row execute function notify_catalog_changed();
create trigger category_catalog_changed after insert or update or delete on category
    for each row execute function notify_catalog_changed();
create trigger product_category_catalog_changed after insert or update or delete on product_category
    for each row execute function notify_catalog_changed();
create trigger store_catalog_changed after insert or update or delete on store
    for each row execute function notify_catalog_changed();
create trigger placement_item_catalog_changed after insert or update or delete on placement_item
    for each row execute function notify_catalog_changed();
create trigger flash_price_catalog_changed after insert or update or delete on flash_price
    for each row execute function notify_catalog_changed();
create trigger review_catalog_changed after insert or update or delete on review
    for each row execute function notify_catalog_changed();
create trigger stock_level_catalog_changed after insert or update or delete on stock_level
    for each row execute function notify_catalog_changed();
