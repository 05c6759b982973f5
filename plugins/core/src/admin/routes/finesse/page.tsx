import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"

const InsightsPage = () => (
  <Container className="px-6 py-4">
    <Heading level="h1">Insights</Heading>
    <Text size="small" className="text-ui-fg-subtle">
      KPIs of the store.
    </Text>
  </Container>
)

export const config = defineRouteConfig({ label: "Insights", icon: ChartBar })

export default InsightsPage
