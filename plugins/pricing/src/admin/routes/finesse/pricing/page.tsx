import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Tabs, Text } from "@medusajs/ui"
import { PageHeader, StartJobButton, Stat, StatGrid, formatNumber } from "@finesse/core/admin-kit"
import { AlertsCard } from "../../../components/alerts-card"
import { ApprovalsCard } from "../../../components/approvals-card"
import { AssignmentsEditor } from "../../../components/assignments-editor"
import { BatchesCard } from "../../../components/batches-card"
import { CompetitorsCard } from "../../../components/competitors-card"
import { GuardrailsEditor } from "../../../components/guardrails-editor"
import { KillSwitch } from "../../../components/kill-switch"
import { PriceIndexCard } from "../../../components/price-index-card"
import { ResponseRulesCard } from "../../../components/response-rules-card"
import { startElasticity, startReprice, useOverview } from "../../../hooks/pricing"

/** /app/finesse/pricing — alerts, the approval queue, batches with rollback, the price index, strategies and guardrails. */
const PricingPage = () => {
  const { data: o, isFetching } = useOverview()
  return (
    <div className="flex flex-col gap-y-3" data-testid="pricing-page">
      <PageHeader
        title="Pricing"
        subtitle="Cost-plus, value, competitive and demand strategies behind guardrails; proposals are approved, applied into the Finesse price list and rolled back as batches"
        busy={isFetching}
        actions={
          <>
            <KillSwitch overview={o} />
            <StartJobButton label="Recompute elasticities" start={startElasticity} refresh={[["pricing"]]} done={(j) => `${(j.result as any)?.products ?? 0} products estimated`} />
            <StartJobButton
              label="Run repricing"
              variant="primary"
              start={startReprice}
              refresh={[["pricing"]]}
              done={(j) => `Batch #${(j.result as any)?.batch_number}: ${(j.result as any)?.kept ?? 0} proposals`}
              testId="run-repricing"
            />
          </>
        }
      >
        <div className="px-6 py-4">
          <StatGrid>
            <Stat label="Open alerts" value={formatNumber(o?.open_alerts)} hint={o?.price_wars ? `${o.price_wars} price war(s)` : "no price war"} valueTestId="overview-open-alerts" />
            <Stat label="Waiting for approval" value={formatNumber(o?.open_batch?.proposals?.pending ?? 0)} hint={o?.open_batch ? `batch #${o.open_batch.number}` : "no open batch"} />
            <Stat label="Prices set by Finesse" value={formatNumber(o?.prices_in_list)} hint="in the Finesse price list now" />
            <Stat label="Competitor observations" value={formatNumber(o?.observations)} hint={`${o?.competitors ?? 0} competitor(s), ${o?.assignments ?? 0} strategy assignment(s)`} />
          </StatGrid>
        </div>
      </PageHeader>
      <Tabs defaultValue="overview">
        <Tabs.List>
          <Tabs.Trigger value="overview">Approvals and batches</Tabs.Trigger>
          <Tabs.Trigger value="market" data-testid="tab-market">
            Market
          </Tabs.Trigger>
          <Tabs.Trigger value="rules" data-testid="tab-rules">
            Strategies and guardrails
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="overview" className="mt-3 flex flex-col gap-y-3">
          <AlertsCard />
          <ApprovalsCard overview={o} />
          <BatchesCard />
        </Tabs.Content>
        <Tabs.Content value="market" className="mt-3 flex flex-col gap-y-3">
          <PriceIndexCard />
          <CompetitorsCard />
          <ResponseRulesCard />
        </Tabs.Content>
        <Tabs.Content value="rules" className="mt-3 flex flex-col gap-y-3">
          <AssignmentsEditor />
          <GuardrailsEditor />
          <Text size="xsmall" className="text-ui-fg-muted px-1">
            Strategies and guardrails are rule objects with stable codes (GET /admin/finesse/pricing/strategies lists them with their argument schemas).
          </Text>
        </Tabs.Content>
      </Tabs>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Pricing", icon: CurrencyDollar })

export default PricingPage
