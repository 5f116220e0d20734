-- Coupon templates, which every quote for a customer holding coupons reads, are kept by servers as
-- reference data too (V24 to V26). The issued counter, moved by every issuance, is not part of what
-- is kept and moves no version: only writes to the template's terms do.
create trigger coupon_template_reference_written after insert or delete on coupon_template
    for each row execute function bump_reference_version();
create trigger coupon_template_reference_changed after update of merchant_id, name, benefit, minimum_spend, scope,
    validity, total_quantity, per_customer_limit, stackable, enabled, version on coupon_template
    for each row execute function bump_reference_version();
