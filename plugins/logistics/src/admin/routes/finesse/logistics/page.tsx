import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Tabs } from "@medusajs/ui"
import { PageHeader } from "@finesse/core/admin-kit"
import { CarriersSection } from "../../../components/carriers-card"
import { DecisionsCard } from "../../../components/decisions-card"
import { DispatchCard } from "../../../components/dispatch-card"
import { LocationsCard } from "../../../components/locations-card"
import { NetworkCard } from "../../../components/network-card"
import { PerformanceCard } from "../../../components/performance-card"
import { RoutingRulesCard } from "../../../components/routing-rules"

/** /app/finesse/logistics — routing rules and decisions, locations, carriers and modes, dispatch, network, delivery performance. */
const LogisticsPage = () => (
  <div className="flex flex-col gap-y-3" data-testid="logistics-page">
    <PageHeader
      title="Logistics"
      subtitle="Which location ships what and why, own fleet or carrier, the vans' routes, where a new distribution centre would help, and who delivers late"
    />
    <Tabs defaultValue="routing">
      <Tabs.List>
        <Tabs.Trigger value="routing" data-testid="tab-routing">Routing</Tabs.Trigger>
        <Tabs.Trigger value="locations" data-testid="tab-locations">Locations</Tabs.Trigger>
        <Tabs.Trigger value="carriers" data-testid="tab-carriers">Carriers & modes</Tabs.Trigger>
        <Tabs.Trigger value="dispatch" data-testid="tab-dispatch">Dispatch</Tabs.Trigger>
        <Tabs.Trigger value="network" data-testid="tab-network">Network</Tabs.Trigger>
        <Tabs.Trigger value="performance" data-testid="tab-performance">Delivery performance</Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content value="routing" className="mt-3 flex flex-col gap-y-3">
        <DecisionsCard />
        <RoutingRulesCard />
      </Tabs.Content>
      <Tabs.Content value="locations" className="mt-3">
        <LocationsCard />
      </Tabs.Content>
      <Tabs.Content value="carriers" className="mt-3">
        <CarriersSection />
      </Tabs.Content>
      <Tabs.Content value="dispatch" className="mt-3">
        <DispatchCard />
      </Tabs.Content>
      <Tabs.Content value="network" className="mt-3">
        <NetworkCard />
      </Tabs.Content>
      <Tabs.Content value="performance" className="mt-3">
        <PerformanceCard />
      </Tabs.Content>
    </Tabs>
  </div>
)

export const config = defineRouteConfig({ label: "Logistics", icon: BuildingStorefront })

export default LogisticsPage
