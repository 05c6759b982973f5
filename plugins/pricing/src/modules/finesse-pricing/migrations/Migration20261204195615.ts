import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204195615 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "finesse_pricing_variant_limit" drop constraint if exists "finesse_pricing_variant_limit_variant_id_currency_code_unique";`);
    this.addSql(`alter table if exists "finesse_pricing_setting" drop constraint if exists "finesse_pricing_setting_key_unique";`);
    this.addSql(`alter table if exists "finesse_pricing_product_match" drop constraint if exists "finesse_pricing_product_match_competitor_id_variant_id_unique";`);
    this.addSql(`alter table if exists "finesse_pricing_observation" drop constraint if exists "finesse_pricing_observation_competitor_id_variant_id_currency_code_observed_at_unique";`);
    this.addSql(`alter table if exists "finesse_pricing_elasticity" drop constraint if exists "finesse_pricing_elasticity_scope_scope_id_unique";`);
    this.addSql(`alter table if exists "finesse_pricing_competitor" drop constraint if exists "finesse_pricing_competitor_code_unique";`);
    this.addSql(`alter table if exists "finesse_pricing_alert" drop constraint if exists "finesse_pricing_alert_key_unique";`);
    this.addSql(`create table if not exists "finesse_pricing_alert" ("id" text not null, "key" text not null, "code" text not null, "severity" text check ("severity" in ('info', 'warning', 'critical')) not null, "status" text check ("status" in ('open', 'acknowledged', 'resolved')) not null default 'open', "variant_id" text not null, "product_id" text not null, "competitor_id" text null, "currency_code" text not null, "message" text not null, "data" jsonb null, "raised_at" timestamptz not null, "last_seen_at" timestamptz not null, "resolved_at" timestamptz null, "acknowledged_by" text null, "notification_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_pricing_alert_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_alert_deleted_at" ON "finesse_pricing_alert" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_pricing_alert_key_unique" ON "finesse_pricing_alert" ("key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_alert_status_raised_at" ON "finesse_pricing_alert" ("status", "raised_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_alert_product_id" ON "finesse_pricing_alert" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_pricing_assignment" ("id" text not null, "strategy" text not null, "args" jsonb not null, "scope" text check ("scope" in ('product', 'category', 'collection', 'store')) not null, "scope_id" text null, "currency_code" text null, "region_id" text null, "ending" text null, "enabled" boolean not null default true, "note" text null, "created_by" text null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_pricing_assignment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_assignment_deleted_at" ON "finesse_pricing_assignment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_assignment_scope_scope_id" ON "finesse_pricing_assignment" ("scope", "scope_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_pricing_batch" ("id" text not null, "number" serial, "status" text check ("status" in ('running', 'proposed', 'applying', 'applied', 'rolling_back', 'rolled_back', 'discarded', 'failed')) not null default 'running', "trigger" text not null default 'manual', "job_id" text null, "note" text null, "run_at" timestamptz not null, "summary" jsonb null, "max_step_pct" real not null default 0, "created_by" text null, "applied_by" text null, "applied_at" timestamptz null, "applied_count" integer not null default 0, "rolled_back_by" text null, "rolled_back_at" timestamptz null, "discarded_by" text null, "error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_pricing_batch_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_batch_deleted_at" ON "finesse_pricing_batch" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_batch_status" ON "finesse_pricing_batch" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_batch_created_at" ON "finesse_pricing_batch" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_pricing_competitor" ("id" text not null, "code" text not null, "name" text not null, "website" text null, "fetcher" text null, "fetcher_config" jsonb null, "active" boolean not null default true, "last_fetched_at" timestamptz null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_pricing_competitor_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_competitor_deleted_at" ON "finesse_pricing_competitor" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_pricing_competitor_code_unique" ON "finesse_pricing_competitor" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_pricing_elasticity" ("id" text not null, "scope" text check ("scope" in ('product', 'category')) not null, "scope_id" text not null, "category_id" text null, "currency_code" text not null, "source" text not null, "elasticity" real null, "ci_low" real null, "ci_high" real null, "se" real null, "df" real null, "evidence" text check ("evidence" in ('good', 'weak', 'insufficient')) not null, "observations" integer not null default 0, "price_levels" integer not null default 0, "controls" jsonb null, "reasons" jsonb null, "run_id" text null, "computed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_pricing_elasticity_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_elasticity_deleted_at" ON "finesse_pricing_elasticity" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_pricing_elasticity_scope_scope_id_unique" ON "finesse_pricing_elasticity" ("scope", "scope_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_pricing_import" ("id" text not null, "filename" text null, "content" text not null, "size_bytes" integer not null, "status" text check ("status" in ('queued', 'done', 'failed')) not null default 'queued', "result" jsonb null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_pricing_import_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_import_deleted_at" ON "finesse_pricing_import" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_pricing_observation" ("id" text not null, "competitor_id" text not null, "variant_id" text not null, "product_id" text not null, "currency_code" text not null, "price" integer not null, "in_stock" boolean not null default true, "observed_at" timestamptz not null, "source" text not null default 'api', "offer_id" text null, "url" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_pricing_observation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_observation_deleted_at" ON "finesse_pricing_observation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_pricing_observation_competitor_id_variant_id_currency_code_observed_at_unique" ON "finesse_pricing_observation" ("competitor_id", "variant_id", "currency_code", "observed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_observation_variant_id_observed_at" ON "finesse_pricing_observation" ("variant_id", "observed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_observation_product_id_observed_at" ON "finesse_pricing_observation" ("product_id", "observed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_observation_observed_at" ON "finesse_pricing_observation" ("observed_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_pricing_price_change" ("id" text not null, "batch_id" text not null, "proposal_id" text null, "variant_id" text not null, "product_id" text not null, "currency_code" text not null, "region_id" text null, "old_price" integer not null, "new_price" integer not null, "price_list_id" text not null, "price_id" text null, "previous_price_id" text null, "previous_amount" integer null, "status" text check ("status" in ('applied', 'rolled_back')) not null default 'applied', "applied_by" text null, "applied_at" timestamptz not null, "rolled_back_by" text null, "rolled_back_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_pricing_price_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_price_change_deleted_at" ON "finesse_pricing_price_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_price_change_batch_id" ON "finesse_pricing_price_change" ("batch_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_price_change_variant_id_currency_code_applied_at" ON "finesse_pricing_price_change" ("variant_id", "currency_code", "applied_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_price_change_product_id_applied_at" ON "finesse_pricing_price_change" ("product_id", "applied_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_pricing_product_match" ("id" text not null, "competitor_id" text not null, "variant_id" text not null, "product_id" text not null, "offer_id" text null, "method" text check ("method" in ('gtin', 'sku', 'manual')) not null, "gtin" text null, "sku" text null, "url" text null, "active" boolean not null default true, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_pricing_product_match_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_product_match_deleted_at" ON "finesse_pricing_product_match" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_pricing_product_match_competitor_id_variant_id_unique" ON "finesse_pricing_product_match" ("competitor_id", "variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_product_match_competitor_id_offer_id" ON "finesse_pricing_product_match" ("competitor_id", "offer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_product_match_product_id" ON "finesse_pricing_product_match" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_pricing_proposal" ("id" text not null, "batch_id" text not null, "variant_id" text not null, "product_id" text not null, "currency_code" text not null, "region_id" text null, "old_price" integer not null, "new_price" integer not null, "strategy_price" integer null, "strategy" text null, "assignment_id" text null, "reason" text not null, "status" text not null, "violations" jsonb null, "adjustments" jsonb null, "step_pct" real not null, "floor" integer null, "ceiling" integer null, "cost" integer null, "expected" jsonb null, "decided_by" text null, "decided_at" timestamptz null, "decision_note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_pricing_proposal_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_proposal_deleted_at" ON "finesse_pricing_proposal" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_proposal_batch_id_status" ON "finesse_pricing_proposal" ("batch_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_proposal_variant_id" ON "finesse_pricing_proposal" ("variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_proposal_product_id" ON "finesse_pricing_proposal" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_pricing_response_rule" ("id" text not null, "name" text not null, "competitor_id" text null, "category_id" text null, "product_id" text null, "undercut_pct" real not null, "action" text check ("action" in ('match', 'beat')) not null, "beat_pct" real not null default 0, "stop_at_floor" boolean not null default true, "max_age_days" real not null default 3, "enabled" boolean not null default true, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_pricing_response_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_response_rule_deleted_at" ON "finesse_pricing_response_rule" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_pricing_setting" ("id" text not null, "key" text not null, "value" jsonb not null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_pricing_setting_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_setting_deleted_at" ON "finesse_pricing_setting" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_pricing_setting_key_unique" ON "finesse_pricing_setting" ("key") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_pricing_variant_limit" ("id" text not null, "variant_id" text not null, "currency_code" text not null, "map_price" integer null, "min_price" integer null, "max_price" integer null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_pricing_variant_limit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_pricing_variant_limit_deleted_at" ON "finesse_pricing_variant_limit" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_pricing_variant_limit_variant_id_currency_code_unique" ON "finesse_pricing_variant_limit" ("variant_id", "currency_code") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finesse_pricing_alert" cascade;`);

    this.addSql(`drop table if exists "finesse_pricing_assignment" cascade;`);

    this.addSql(`drop table if exists "finesse_pricing_batch" cascade;`);

    this.addSql(`drop table if exists "finesse_pricing_competitor" cascade;`);

    this.addSql(`drop table if exists "finesse_pricing_elasticity" cascade;`);

    this.addSql(`drop table if exists "finesse_pricing_import" cascade;`);

    this.addSql(`drop table if exists "finesse_pricing_observation" cascade;`);

    this.addSql(`drop table if exists "finesse_pricing_price_change" cascade;`);

    this.addSql(`drop table if exists "finesse_pricing_product_match" cascade;`);

    this.addSql(`drop table if exists "finesse_pricing_proposal" cascade;`);

    this.addSql(`drop table if exists "finesse_pricing_response_rule" cascade;`);

    this.addSql(`drop table if exists "finesse_pricing_setting" cascade;`);

    this.addSql(`drop table if exists "finesse_pricing_variant_limit" cascade;`);
  }

}
