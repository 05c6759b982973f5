import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { cleanQuery, sdk } from "../../admin-kit"

export type AuditEntry = {
  id: string
  seq: number
  occurred_at: string
  actor_type: string
  actor_id: string | null
  actor_email: string | null
  plugin: string
  action: string
  resource_type: string | null
  resource_id: string | null
  summary: string
  changes: Record<string, unknown> | null
  hash: string
}

export type AuditQuery = { q?: string; plugin?: string; action?: string; from?: string; to?: string; limit: number; offset: number }

export function useAudit(query: AuditQuery) {
  return useQuery({
    queryKey: ["finesse-audit", query],
    queryFn: () => sdk.client.fetch<{ entries: AuditEntry[]; count: number; offset: number; limit: number }>("/admin/finesse/audit", { query: cleanQuery(query) }),
  })
}

export type Verification = { ok: boolean; checked: number; last_seq: number; broken: { seq: number; reason: string } | null; ms: number }

export function useVerifyAudit() {
  return useMutation({
    mutationFn: () => sdk.client.fetch<{ verification: Verification }>("/admin/finesse/audit/verify"),
  })
}

export type Role = "analyst" | "operator" | "approver" | "admin"
export type RoleUser = { id: string; email: string; first_name: string | null; last_name: string | null; role: Role; assigned: boolean; updated_at: string | null }

export function useRoles() {
  return useQuery({
    queryKey: ["finesse-roles"],
    queryFn: () =>
      sdk.client.fetch<{ users: RoleUser[]; roles: { role: Role; description: string }[]; default_role: Role; count: number }>("/admin/finesse/roles"),
  })
}

export function useMyRole() {
  return useQuery({
    queryKey: ["finesse-role-me"],
    queryFn: () => sdk.client.fetch<{ user_role: { user_id: string | null; role: Role } }>("/admin/finesse/roles/me"),
  })
}

export function useAssignRole() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: { user_id: string; role: Role | null }) => sdk.client.fetch("/admin/finesse/roles", { method: "POST", body }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ["finesse-roles"] })
      qc.invalidateQueries({ queryKey: ["finesse-audit"] })
    },
  })
}
