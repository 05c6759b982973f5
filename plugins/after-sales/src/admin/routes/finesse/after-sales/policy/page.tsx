import { ChartSkeleton, ErrorState, PageHeader, formatNumber } from "@finesse/core/admin-kit"
import { AFTER_SALES_TABS } from "../../../../components/after-sales-tabs"
import { PreviewPanel } from "../../../../components/policy/preview-panel"
import { RulesEditor } from "../../../../components/policy/rules-editor"
import { CalendarEditor, SlaEditor } from "../../../../components/policy/sla-editor"
import { SettingsEditor } from "../../../../components/policy/settings-editor"
import { WarrantyEditor } from "../../../../components/policy/warranty-editor"
import { usePolicy } from "../../../../hooks/after-sales"

/** The policy editor: return rules, SLA targets and business hours, warranty terms, settings, and a try-it panel. */
const PolicyPage = () => {
  const { data, isLoading, error, refetch } = usePolicy()
  const p = data?.policy
  return (
    <div className="flex flex-col gap-y-3" data-testid="after-sales-policy">
      <PageHeader
        title="After-sales policies"
        subtitle={p ? `Return policy ${p.versions.return_policy ? `v${formatNumber(p.versions.return_policy)}` : "(defaults)"} · SLA ${p.versions.sla_policy ? `v${formatNumber(p.versions.sla_policy)}` : "(defaults)"} · changes need the Finesse role approver and are in the audit log` : "Return policy, SLA targets, warranty and settings"}
        tabs={AFTER_SALES_TABS}
      />
      {isLoading && <ChartSkeleton />}
      {error && <ErrorState title="Could not load the policies" error={error} onRetry={() => refetch()} />}
      {p && (
        <>
          <RulesEditor policy={p.return_policy} catalogue={p.rules} />
          <PreviewPanel />
          <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
            <SlaEditor sla={p.sla_policy} />
            <CalendarEditor calendar={p.business_calendar} />
          </div>
          <WarrantyEditor />
          <SettingsEditor settings={p.settings} />
        </>
      )}
    </div>
  )
}

export default PolicyPage
