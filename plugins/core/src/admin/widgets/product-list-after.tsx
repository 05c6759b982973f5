import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Container, Text } from "@medusajs/ui"
import { CostImportDrawer } from "../components/costs/cost-import-drawer"

/**
 * A slim bar under the product list: import unit costs for many variants at once from a CSV. (Medusa 2.21's layout
 * composer ignores the .before/.after suffix and appends list widgets after the table, so the zone says so.)
 */
const ProductListCostsImportWidget = () => (
  <Container className="flex items-center justify-between gap-x-4 px-6 py-3" data-testid="costs-import-widget">
    <div className="flex items-center gap-x-3">
      <CurrencyDollar className="text-ui-fg-subtle shrink-0" />
      <Text size="small" className="text-ui-fg-subtle">
        <span className="text-ui-fg-base font-medium">Unit costs</span> give Insights its gross margin. Set them on a
        product's page, or import many at once from a CSV.
      </Text>
    </div>
    <CostImportDrawer />
  </Container>
)

export const config = defineWidgetConfig({ zone: "product.list.after" })

export default ProductListCostsImportWidget
