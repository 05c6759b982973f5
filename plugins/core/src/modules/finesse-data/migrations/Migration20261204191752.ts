import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204191752 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "finesse_seed_step" drop constraint if exists "finesse_seed_step_plugin_step_unique";`);
    this.addSql(`create table if not exists "finesse_seed_step" ("id" text not null, "plugin" text not null, "step" text not null, "summary" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_seed_step_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_seed_step_deleted_at" ON "finesse_seed_step" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_seed_step_plugin_step_unique" ON "finesse_seed_step" ("plugin", "step") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finesse_seed_step" cascade;`);
  }

}
