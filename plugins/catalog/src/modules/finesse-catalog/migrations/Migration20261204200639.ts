import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204200639 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "finesse_catalog_setting" drop constraint if exists "finesse_catalog_setting_key_unique";`);
    this.addSql(`alter table if exists "finesse_catalog_quality_score" drop constraint if exists "finesse_catalog_quality_score_product_id_unique";`);
    this.addSql(`alter table if exists "finesse_catalog_quality_rule" drop constraint if exists "finesse_catalog_quality_rule_code_unique";`);
    this.addSql(`alter table if exists "finesse_catalog_demand" drop constraint if exists "finesse_catalog_demand_granularity_variant_id_location_id_period_start_unique";`);
    this.addSql(`create table if not exists "finesse_catalog_category_health" ("id" text not null, "run_id" text not null, "category_id" text not null, "name" text not null, "path" text not null, "parent_id" text null, "depth" integer not null, "children" integer not null, "direct_products" integer not null, "total_products" integer not null, "products_in_stock" integer not null default 0, "flags" text[] not null, "views" integer not null default 0, "sessions" integer not null default 0, "order_sessions" integer not null default 0, "last_touch_orders" integer not null default 0, "exits" integer not null default 0, "conversion" real not null default 0, "exit_rate" real not null default 0, "click_through" real not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_catalog_category_health_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_category_health_deleted_at" ON "finesse_catalog_category_health" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_category_health_run_id_category_id" ON "finesse_catalog_category_health" ("run_id", "category_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_catalog_category_run" ("id" text not null, "job_id" text null, "summary" jsonb not null, "suggestions" jsonb not null, "search_gaps" jsonb not null, "thin_categories" jsonb not null, "order_paths" jsonb not null, "uncategorized" jsonb not null, "events_since" timestamptz null, "events_until" timestamptz null, "computed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_catalog_category_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_category_run_deleted_at" ON "finesse_catalog_category_run" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_category_run_computed_at" ON "finesse_catalog_category_run" ("computed_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_catalog_demand" ("id" text not null, "granularity" text not null, "variant_id" text not null, "location_id" text not null, "product_id" text null, "period_start" timestamptz not null, "units" integer not null, "lines" integer not null, "revenue" real not null default 0, "promo_units" integer not null default 0, "sizes" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_catalog_demand_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_demand_deleted_at" ON "finesse_catalog_demand" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_catalog_demand_granularity_variant_id_location_id_period_start_unique" ON "finesse_catalog_demand" ("granularity", "variant_id", "location_id", "period_start") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_demand_granularity_period_start" ON "finesse_catalog_demand" ("granularity", "period_start") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_catalog_forecast" ("id" text not null, "run_id" text not null, "variant_id" text not null, "location_id" text not null, "product_id" text null, "method" text not null, "code" text not null, "demand_class" text not null, "interval_source" text not null, "params" jsonb null, "scale" real not null default 0, "horizon_units" real not null default 0, "backtest_wape" real null, "period_start" timestamptz not null, "values" jsonb not null, "elasticity" real null, "promo_lift" real null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_catalog_forecast_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_forecast_deleted_at" ON "finesse_catalog_forecast" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_forecast_run_id_variant_id_location_id" ON "finesse_catalog_forecast" ("run_id", "variant_id", "location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_forecast_run_id_product_id" ON "finesse_catalog_forecast" ("run_id", "product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_catalog_forecast_run" ("id" text not null, "job_id" text null, "granularity" text not null, "horizon" integer not null, "as_of" timestamptz not null, "status" text not null, "series" integer not null default 0, "methods" jsonb null, "classes" jsonb null, "calibration" jsonb null, "calibrated_at" timestamptz null, "backtest_wape" jsonb null, "timings" jsonb null, "error" text null, "started_at" timestamptz not null, "finished_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_catalog_forecast_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_forecast_run_deleted_at" ON "finesse_catalog_forecast_run" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_forecast_run_granularity_status" ON "finesse_catalog_forecast_run" ("granularity", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_catalog_lead_time" ("id" text not null, "variant_id" text not null, "location_id" text null, "sku" text null, "supplier" text null, "lead_time_days" real not null, "lead_time_sd_days" real null, "pack_size" integer null, "moq" integer null, "order_cost" integer null, "currency_code" text null, "source" text not null default 'manual', "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_catalog_lead_time_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_lead_time_deleted_at" ON "finesse_catalog_lead_time" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_lead_time_variant_id_location_id" ON "finesse_catalog_lead_time" ("variant_id", "location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_lead_time_supplier" ON "finesse_catalog_lead_time" ("supplier") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_catalog_quality_rule" ("id" text not null, "code" text not null, "enabled" boolean not null default true, "weight" real null, "args" jsonb null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_catalog_quality_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_quality_rule_deleted_at" ON "finesse_catalog_quality_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_catalog_quality_rule_code_unique" ON "finesse_catalog_quality_rule" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_catalog_quality_score" ("id" text not null, "product_id" text not null, "title" text null, "status" text null, "thumbnail" text null, "score" real not null, "failed_rules" integer not null default 0, "importance" real not null default 0, "results" jsonb not null, "run_id" text not null, "computed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_catalog_quality_score_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_quality_score_deleted_at" ON "finesse_catalog_quality_score" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_catalog_quality_score_product_id_unique" ON "finesse_catalog_quality_score" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_quality_score_score" ON "finesse_catalog_quality_score" ("score") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_catalog_quality_todo" ("id" text not null, "product_id" text not null, "title" text null, "code" text not null, "label" text not null, "message" text not null, "fix" text not null, "gain" real not null, "priority" real not null, "rank" integer not null, "run_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_catalog_quality_todo_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_quality_todo_deleted_at" ON "finesse_catalog_quality_todo" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_quality_todo_rank" ON "finesse_catalog_quality_todo" ("rank") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_quality_todo_code_rank" ON "finesse_catalog_quality_todo" ("code", "rank") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_quality_todo_product_id" ON "finesse_catalog_quality_todo" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_catalog_replenishment" ("id" text not null, "run_id" text not null, "variant_id" text not null, "location_id" text not null, "product_id" text null, "sku" text null, "title" text null, "location_name" text null, "supplier" text null, "currency_code" text null, "stocked" integer not null, "reserved" integer not null, "incoming" integer not null, "available" integer not null, "inventory_position" integer not null, "mean_per_day" real not null, "safety_stock" real not null, "reorder_point" integer not null, "order_up_to" integer not null, "eoq" integer not null, "suggested_qty" integer not null, "unit_cost" integer null, "order_value" integer not null default 0, "days_of_cover" real null, "stockout_risk" real not null, "demand_model" text not null, "reorder" boolean not null, "reason" text not null, "lead_time_days" real not null, "lead_time_sd_days" real null, "lead_time_source" text not null, "demand_class" text null, "forecast_method" text null, "computed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_catalog_replenishment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_replenishment_deleted_at" ON "finesse_catalog_replenishment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_replenishment_run_id_reorder_stockout_risk" ON "finesse_catalog_replenishment" ("run_id", "reorder", "stockout_risk") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_replenishment_variant_id" ON "finesse_catalog_replenishment" ("variant_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_catalog_setting" ("id" text not null, "key" text not null, "value" jsonb null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_catalog_setting_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_setting_deleted_at" ON "finesse_catalog_setting" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_catalog_setting_key_unique" ON "finesse_catalog_setting" ("key") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_catalog_variant_class" ("id" text not null, "run_id" text not null, "variant_id" text not null, "product_id" text null, "sku" text null, "title" text null, "abc" text not null, "xyz" text not null, "revenue" integer not null, "margin" integer null, "share" real not null, "cumulative_share" real not null, "cv" real null, "rank" integer not null, "units" integer not null, "on_hand" integer not null, "stock_status" text not null, "days_since_last_sale" real null, "days_of_cover" real null, "stock_value" integer not null default 0, "drop_score" real null, "reasons" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_catalog_variant_class_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_variant_class_deleted_at" ON "finesse_catalog_variant_class" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_variant_class_run_id_abc_xyz" ON "finesse_catalog_variant_class" ("run_id", "abc", "xyz") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_variant_class_run_id_drop_score" ON "finesse_catalog_variant_class" ("run_id", "drop_score") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_catalog_variant_class_variant_id" ON "finesse_catalog_variant_class" ("variant_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finesse_catalog_category_health" cascade;`);

    this.addSql(`drop table if exists "finesse_catalog_category_run" cascade;`);

    this.addSql(`drop table if exists "finesse_catalog_demand" cascade;`);

    this.addSql(`drop table if exists "finesse_catalog_forecast" cascade;`);

    this.addSql(`drop table if exists "finesse_catalog_forecast_run" cascade;`);

    this.addSql(`drop table if exists "finesse_catalog_lead_time" cascade;`);

    this.addSql(`drop table if exists "finesse_catalog_quality_rule" cascade;`);

    this.addSql(`drop table if exists "finesse_catalog_quality_score" cascade;`);

    this.addSql(`drop table if exists "finesse_catalog_quality_todo" cascade;`);

    this.addSql(`drop table if exists "finesse_catalog_replenishment" cascade;`);

    this.addSql(`drop table if exists "finesse_catalog_setting" cascade;`);

    this.addSql(`drop table if exists "finesse_catalog_variant_class" cascade;`);
  }

}
