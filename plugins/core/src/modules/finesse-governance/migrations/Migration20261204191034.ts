import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204191034 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "finesse_user_role" drop constraint if exists "finesse_user_role_user_id_unique";`);
    this.addSql(`alter table if exists "finesse_audit_entry" drop constraint if exists "finesse_audit_entry_seq_unique";`);
    this.addSql(`create table if not exists "finesse_audit_entry" ("id" text not null, "seq" integer not null, "occurred_at" timestamptz not null, "actor_type" text not null, "actor_id" text null, "plugin" text not null, "action" text not null, "resource_type" text null, "resource_id" text null, "summary" text not null, "changes" jsonb null, "payload_digest" text not null, "prev_hash" text not null, "hash" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_audit_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_audit_entry_seq_unique" ON "finesse_audit_entry" ("seq") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_audit_entry_deleted_at" ON "finesse_audit_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_audit_entry_occurred_at" ON "finesse_audit_entry" ("occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_audit_entry_actor_id_occurred_at" ON "finesse_audit_entry" ("actor_id", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_audit_entry_resource_type_resource_id" ON "finesse_audit_entry" ("resource_type", "resource_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_audit_entry_plugin_action_occurred_at" ON "finesse_audit_entry" ("plugin", "action", "occurred_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_user_role" ("id" text not null, "user_id" text not null, "role" text check ("role" in ('analyst', 'operator', 'approver', 'admin')) not null, "assigned_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_user_role_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_user_role_user_id_unique" ON "finesse_user_role" ("user_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_user_role_deleted_at" ON "finesse_user_role" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finesse_audit_entry" cascade;`);

    this.addSql(`drop table if exists "finesse_user_role" cascade;`);
  }

}
