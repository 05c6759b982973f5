/**
 * The open role model of Finesse's admin APIs and pages. Each role can do what the roles before it can:
 * analyst (read everything) < operator (change settings, rules, run jobs) < approver (approve what needs a second
 * pair of eyes: large repricing, promotion launches) < admin (everything, including who has which role).
 */
export const ROLES = ["analyst", "operator", "approver", "admin"] as const
export type Role = (typeof ROLES)[number]

export const isRole = (v: unknown): v is Role => typeof v === "string" && (ROLES as readonly string[]).includes(v)

export const roleRank = (r: Role) => ROLES.indexOf(r)

/** True when `role` may do what `needed` allows. */
export const hasRole = (role: Role, needed: Role) => roleRank(role) >= roleRank(needed)

/** The role a request needs by default: reads need analyst, writes operator. Routes can ask for more. */
export function defaultNeededRole(method: string): Role {
  return ["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase()) ? "analyst" : "operator"
}

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  analyst: "reads every Finesse page and report; changes nothing",
  operator: "also changes settings, rules, segments and campaigns, and runs jobs",
  approver: "also approves what needs a second pair of eyes (large repricing, promotion launches)",
  admin: "also decides who has which role",
}
