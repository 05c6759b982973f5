import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Text } from "@medusajs/ui"
import {
  DataTable,
  OptionSelect,
  PageHeader,
  SectionCard,
  TitleCell,
  runWithToast,
  type Column,
} from "../../../../admin-kit"
import { useAssignRole, useMyRole, useRoles, type Role, type RoleUser } from "../../../hooks/governance"

const ROLE_OPTIONS = ["analyst", "operator", "approver", "admin"].map((r) => ({ value: r, label: r }))

/** Who may do what on the Finesse pages and APIs: one role per admin user; only admins change roles. */
const FinesseRolesPage = () => {
  const { data, error } = useRoles()
  const me = useMyRole().data?.user_role
  const assign = useAssignRole()
  const canAssign = me?.role === "admin"

  const columns: Column<RoleUser>[] = [
    {
      key: "user",
      header: "User",
      cell: (u) => {
        const name = [u.first_name, u.last_name].filter(Boolean).join(" ")
        return <TitleCell title={name || u.email} detail={name ? u.email : undefined} />
      },
    },
    {
      key: "role",
      header: "Finesse role",
      cell: (u) =>
        canAssign && u.id !== me?.user_id ? (
          <OptionSelect
            ariaLabel={`Role of ${u.email}`}
            value={u.role}
            options={ROLE_OPTIONS}
            className="w-[160px]"
            onChange={(v) =>
              v && runWithToast(() => assign.mutateAsync({ user_id: u.id, role: v as Role }), `${u.email} is now ${v}`)
            }
          />
        ) : (
          <Badge size="2xsmall">{u.role}</Badge>
        ),
    },
    { key: "source", header: "", cell: (u) => (u.assigned ? "assigned" : `default (${data?.default_role})`) },
  ]

  return (
    <div className="flex flex-col gap-y-3">
      <PageHeader
        title="Finesse roles"
        subtitle={
          canAssign
            ? "Each admin user's role on the Finesse pages and APIs; changes are recorded in the audit log"
            : `Your role is ${me?.role ?? "…"}; only an admin changes roles`
        }
      >
        <DataTable columns={columns} rows={data?.users} error={error} rowTestId="role-row" rowProps={(u) => ({ "data-email": u.email, "data-role": u.role })} />
      </PageHeader>
      <SectionCard title="What each role may do" subtitle="Each role can also do everything the roles above it can">
        <div className="flex flex-col gap-y-2 px-6 py-4">
          {(data?.roles ?? []).map((r) => (
            <Text key={r.role} size="small">
              <span className="text-ui-fg-base font-medium">{r.role}</span> <span className="text-ui-fg-subtle">— {r.description}</span>
            </Text>
          ))}
        </div>
      </SectionCard>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Finesse roles" })

export default FinesseRolesPage
