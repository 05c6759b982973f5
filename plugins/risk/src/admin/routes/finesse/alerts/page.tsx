import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BellAlert } from "@medusajs/icons"
import { PageHeader, StartJobButton } from "@finesse/core/admin-kit"
import { IncidentsView } from "../../../components/incidents-view"
import { riskKeys, startAnomalies } from "../../../hooks/risk"

/** Alerts: KPI anomaly incidents found in the daily rollups (one alert each), to acknowledge and resolve. */
const AlertsPage = () => (
  <div className="flex flex-col gap-y-3" data-testid="alerts-page">
    <PageHeader
      title="Alerts"
      subtitle="Days when a KPI left its seasonal baseline (day of week and trend), with severity by how far: warning 4 σ, major 6 σ, critical 10 σ"
      actions={
        <StartJobButton
          label="Check the last 14 days"
          runningLabel="Checking"
          start={() => startAnomalies(14)}
          refresh={[[...riskKeys.all]]}
          done={(j) => String((j.result as { incidents?: number } | null)?.incidents ?? 0) + " incidents"}
          testId="risk-run-anomalies"
        />
      }
    />
    <IncidentsView />
  </div>
)

export const config = defineRouteConfig({ label: "Alerts", icon: BellAlert })

export default AlertsPage
