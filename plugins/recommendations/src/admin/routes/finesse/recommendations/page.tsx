import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Sparkles } from "@medusajs/icons"
import { Tabs } from "@medusajs/ui"
import { PageHeader } from "@finesse/core/admin-kit"
import { ExperimentsCard } from "../../../components/experiments-card"
import { ModelStatus } from "../../../components/model-status"
import { PerformanceCard } from "../../../components/performance-card"
import { PlacementPreview } from "../../../components/placement-preview"
import { RulesEditor } from "../../../components/rules-editor"
import { SettingsCard } from "../../../components/settings-card"
import { TrainingHistory } from "../../../components/training-history"

/** /app/finesse/recommendations — models, what works, previews, merchandising rules, experiments, settings. */
const RecommendationsPage = () => (
  <div className="flex flex-col gap-y-3" data-testid="recommendations-page">
    <PageHeader
      title="Recommendations"
      subtitle="Co-purchase, similarity, collaborative (EASE), content, trending, buy-again and segment models, blended per placement and served to the storefront"
    />
    <Tabs defaultValue="overview">
      <Tabs.List>
        <Tabs.Trigger value="overview">Overview</Tabs.Trigger>
        <Tabs.Trigger value="preview">Preview</Tabs.Trigger>
        <Tabs.Trigger value="rules">Merchandising rules</Tabs.Trigger>
        <Tabs.Trigger value="experiments">Experiments</Tabs.Trigger>
        <Tabs.Trigger value="settings">Settings</Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content value="overview" className="mt-3 flex flex-col gap-y-3">
        <ModelStatus />
        <PerformanceCard />
        <TrainingHistory />
      </Tabs.Content>
      <Tabs.Content value="preview" className="mt-3">
        <PlacementPreview />
      </Tabs.Content>
      <Tabs.Content value="rules" className="mt-3">
        <RulesEditor />
      </Tabs.Content>
      <Tabs.Content value="experiments" className="mt-3">
        <ExperimentsCard />
      </Tabs.Content>
      <Tabs.Content value="settings" className="mt-3">
        <SettingsCard />
      </Tabs.Content>
    </Tabs>
  </div>
)

export const config = defineRouteConfig({ label: "Recommendations", icon: Sparkles })

export default RecommendationsPage
