-- Product import jobs (导入任务): any server instance answers a poll. updated_at is the job's
-- heartbeat while it runs; a queued or running job whose heartbeat is old was interrupted (its
-- server stopped) and is failed by a sweep (see StaleImportSweep).
create table product_import (
    id              uuid          primary key,
    merchant_id     varchar(63)   not null references merchant (id),
    status          varchar(16)   not null,
    file_name       varchar(255)  not null,
    store_id        uuid          references store (id),
    requested_by    varchar(255)  not null,
    rows_total      integer       not null,
    rows_validated  integer       not null default 0,
    rows_imported   integer       not null default 0,
    -- {"rows":..,"productsCreated":..,...} once SUCCEEDED
    counts          jsonb,
    -- [{"row":3,"column":"PRICE","code":"SKU_INVALID","message":"..."}] once FAILED
    problems        jsonb         not null default '[]',
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    finished_at     timestamptz,
    constraint product_import_status_known check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'))
);
create index product_import_by_merchant on product_import (merchant_id, created_at);
create index product_import_unfinished on product_import (updated_at) where status in ('QUEUED', 'RUNNING');
