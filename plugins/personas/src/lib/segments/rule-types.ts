/**
 * The segment rule language: a JSON tree of AND ("all") / OR ("any") groups whose leaves compare one field
 * (a profile field, a computed trait or a survey answer, e.g. "profile.rfm_segment", "trait.orders_30d",
 * "survey.nps") with a value. Stored as JSON, edited in the admin, validated against a field catalogue.
 */
export type FieldType = "number" | "string" | "boolean" | "date" | "string_list"

/** Field name → type, e.g. { "profile.recency_days": "number", "profile.last_order_at": "date" }. */
export type FieldCatalogue = Record<string, FieldType>

export type Scalar = string | number | boolean

export type RuleGroup = { all: RuleNode[] } | { any: RuleNode[] }

export type RuleCondition =
  | { field: string; op: "eq" | "neq"; value: Scalar }
  /** Numbers, or dates as ISO strings / epoch ms. */
  | { field: string; op: "gt" | "gte" | "lt" | "lte"; value: number | string }
  /** Inclusive on both ends. */
  | { field: string; op: "between"; value: [number | string, number | string] }
  | { field: string; op: "in" | "not_in"; value: Scalar[] }
  /** For string_list fields (tags, categories): true when the lists share an element. */
  | { field: string; op: "contains_any"; value: string[] }
  | { field: string; op: "exists" | "not_exists" }
  /** For date fields: within [now − days, now] / not within it (a missing date is "not within"). */
  | { field: string; op: "within_last" | "not_within_last"; value: { days: number } }

export type RuleNode = RuleGroup | RuleCondition

export const RULE_OPS = [
  "eq",
  "neq",
  "gt",
  "gte",
  "lt",
  "lte",
  "between",
  "in",
  "not_in",
  "contains_any",
  "exists",
  "not_exists",
  "within_last",
  "not_within_last",
] as const
export type RuleOp = (typeof RULE_OPS)[number]

/** Which field types each operator accepts. */
export const OPS_BY_TYPE: Record<FieldType, readonly RuleOp[]> = {
  number: ["eq", "neq", "gt", "gte", "lt", "lte", "between", "in", "not_in", "exists", "not_exists"],
  string: ["eq", "neq", "in", "not_in", "exists", "not_exists"],
  boolean: ["eq", "neq", "exists", "not_exists"],
  date: ["gt", "gte", "lt", "lte", "between", "exists", "not_exists", "within_last", "not_within_last"],
  string_list: ["contains_any", "exists", "not_exists"],
}

/** How deep groups may nest: deeper trees are a sign of a generated or malicious rule. */
export const MAX_RULE_DEPTH = 8
