import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125174740 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "finesse_persona_trait" drop constraint if exists "finesse_persona_trait_key_unique";`);
    this.addSql(`alter table if exists "finesse_persona_survey_response" drop constraint if exists "finesse_persona_survey_response_survey_id_customer_id_unique";`);
    this.addSql(`alter table if exists "finesse_persona_survey_question" drop constraint if exists "finesse_persona_survey_question_survey_id_key_unique";`);
    this.addSql(`alter table if exists "finesse_persona_survey" drop constraint if exists "finesse_persona_survey_key_unique";`);
    this.addSql(`alter table if exists "finesse_persona_segment_member" drop constraint if exists "finesse_persona_segment_member_segment_id_customer_id_unique";`);
    this.addSql(`alter table if exists "finesse_persona_profile" drop constraint if exists "finesse_persona_profile_customer_id_unique";`);
    this.addSql(`alter table if exists "finesse_persona_model" drop constraint if exists "finesse_persona_model_version_unique";`);
    this.addSql(`create table if not exists "finesse_persona_card" ("id" text not null, "name" text not null, "archetype" text not null, "description" text not null, "cluster" integer null, "size" integer not null default 0, "share" real not null default 0, "figures" jsonb not null, "value" jsonb null, "centroid" jsonb not null, "standout" jsonb null, "drift" real null, "active" boolean not null default true, "first_version" integer not null, "model_version" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_persona_card_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_persona_card_deleted_at" ON "finesse_persona_card" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_persona_card_active" ON "finesse_persona_card" ("active") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_persona_model" ("id" text not null, "version" integer not null, "as_of" timestamptz not null, "currency_code" text null, "customers" integer not null default 0, "orders" integer not null default 0, "k" integer not null, "method" text not null, "silhouette" real null, "models" jsonb not null, "cards" jsonb not null, "stats" jsonb null, "job_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_persona_model_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_persona_model_deleted_at" ON "finesse_persona_model" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_persona_model_version_unique" ON "finesse_persona_model" ("version") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_persona_profile" ("id" text not null, "customer_id" text not null, "order_count" integer not null default 0, "item_count" integer not null default 0, "first_order_at" timestamptz null, "last_order_at" timestamptz null, "recency_days" real null, "tenure_days" real null, "monetary" integer not null default 0, "avg_order_value" integer not null default 0, "mean_inter_purchase_days" real null, "discounted_share" real not null default 0, "avg_discount" integer not null default 0, "avg_discount_rate" real not null default 0, "preferred_weekday" integer null, "preferred_hour" integer null, "category_affinities" jsonb null, "top_categories" text[] null, "r" integer null, "f" integer null, "m" integer null, "rfm_segment" text null, "p_buy_30d" real null, "p_buy_90d" real null, "expected_value_12m" integer null, "expected_purchases_12m" real null, "p_alive" real null, "churn_risk" text null, "prediction_method" text null, "spend_level" text not null default 'none', "tags" text[] null, "cluster" integer null, "persona_id" text null, "persona_name" text null, "traits" jsonb null, "survey_answers" jsonb null, "model_version" integer null, "computed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_persona_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_persona_profile_deleted_at" ON "finesse_persona_profile" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_persona_profile_customer_id_unique" ON "finesse_persona_profile" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_persona_profile_persona_id" ON "finesse_persona_profile" ("persona_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_persona_profile_rfm_segment" ON "finesse_persona_profile" ("rfm_segment") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_persona_segment" ("id" text not null, "name" text not null, "description" text null, "rules" jsonb not null, "score" jsonb null, "sync_enabled" boolean not null default false, "auto_sync" boolean not null default true, "customer_group_id" text null, "customer_group_name" text null, "member_count" integer not null default 0, "evaluated_at" timestamptz null, "synced_at" timestamptz null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_persona_segment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_persona_segment_deleted_at" ON "finesse_persona_segment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_persona_segment_name" ON "finesse_persona_segment" ("name") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_persona_segment_member" ("id" text not null, "segment_id" text not null, "customer_id" text not null, "entered_at" timestamptz not null, "score" real null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_persona_segment_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_persona_segment_member_deleted_at" ON "finesse_persona_segment_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_persona_segment_member_segment_id_customer_id_unique" ON "finesse_persona_segment_member" ("segment_id", "customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_persona_segment_member_customer_id" ON "finesse_persona_segment_member" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_persona_segment_sync" ("id" text not null, "segment_id" text not null, "customer_group_id" text not null, "triggered_by" text not null, "trigger" text check ("trigger" in ('manual', 'job')) not null default 'manual', "added_count" integer not null default 0, "removed_count" integer not null default 0, "added" jsonb not null, "removed" jsonb not null, "group_created" boolean not null default false, "member_count" integer not null default 0, "duration_ms" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_persona_segment_sync_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_persona_segment_sync_deleted_at" ON "finesse_persona_segment_sync" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_persona_segment_sync_segment_id_created_at" ON "finesse_persona_segment_sync" ("segment_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_persona_survey" ("id" text not null, "key" text not null, "title" text not null, "description" text null, "status" text check ("status" in ('draft', 'active', 'closed')) not null default 'draft', "incentive" jsonb null, "response_count" integer not null default 0, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_persona_survey_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_persona_survey_deleted_at" ON "finesse_persona_survey" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_persona_survey_key_unique" ON "finesse_persona_survey" ("key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_persona_survey_status" ON "finesse_persona_survey" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_persona_survey_question" ("id" text not null, "survey_id" text not null, "key" text not null, "type" text check ("type" in ('single_choice', 'multiple_choice', 'scale', 'free_text')) not null, "prompt" text not null, "options" jsonb null, "min" integer null, "max" integer null, "required" boolean not null default false, "position" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_persona_survey_question_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_persona_survey_question_deleted_at" ON "finesse_persona_survey_question" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_persona_survey_question_survey_id_key_unique" ON "finesse_persona_survey_question" ("survey_id", "key") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_persona_survey_response" ("id" text not null, "survey_id" text not null, "customer_id" text not null, "answers" jsonb not null, "promotion_id" text null, "promotion_code" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_persona_survey_response_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_persona_survey_response_deleted_at" ON "finesse_persona_survey_response" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_persona_survey_response_survey_id_customer_id_unique" ON "finesse_persona_survey_response" ("survey_id", "customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_persona_survey_response_customer_id" ON "finesse_persona_survey_response" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_persona_trait" ("id" text not null, "key" text not null, "name" text not null, "description" text null, "definition" jsonb not null, "value_type" text check ("value_type" in ('number', 'string', 'boolean')) not null default 'number', "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_persona_trait_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_persona_trait_deleted_at" ON "finesse_persona_trait" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_persona_trait_key_unique" ON "finesse_persona_trait" ("key") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finesse_persona_card" cascade;`);

    this.addSql(`drop table if exists "finesse_persona_model" cascade;`);

    this.addSql(`drop table if exists "finesse_persona_profile" cascade;`);

    this.addSql(`drop table if exists "finesse_persona_segment" cascade;`);

    this.addSql(`drop table if exists "finesse_persona_segment_member" cascade;`);

    this.addSql(`drop table if exists "finesse_persona_segment_sync" cascade;`);

    this.addSql(`drop table if exists "finesse_persona_survey" cascade;`);

    this.addSql(`drop table if exists "finesse_persona_survey_question" cascade;`);

    this.addSql(`drop table if exists "finesse_persona_survey_response" cascade;`);

    this.addSql(`drop table if exists "finesse_persona_trait" cascade;`);
  }

}
