import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { ProductList } from "../components/product-list"
import { useProductRecommendations } from "../hooks/recommendations"
import { errorMessage } from "@finesse/core/admin-kit"

/** The product page's "bought together" and "similar" lists, as the default storefront channel shows them. */
const ProductRecommendationsWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const { data: recs, isLoading, isError, error } = useProductRecommendations(data.id)
  const r = recs?.product_recommendations
  return (
    <Container className="divide-y p-0" data-testid="product-recommendations-widget">
      <div className="px-6 py-4">
        <Heading level="h2">Recommendations</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {isLoading ? "Loading…" : r ? (r.model_version ? `Model v${r.model_version}` : "No model trained yet") : ""}
        </Text>
      </div>
      {isError && <Text className="text-ui-fg-error px-6 py-4">{errorMessage(error)}</Text>}
      {r && (
        <>
          <div>
            <Text size="small" weight="plus" className="px-6 pt-3">
              Frequently bought together
            </Text>
            <ProductList products={r.bought_together.products} compact testId="widget-bought-together" />
          </div>
          <div>
            <Text size="small" weight="plus" className="px-6 pt-3">
              Similar products
            </Text>
            <ProductList products={r.similar.products} compact testId="widget-similar" />
          </div>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.after" })

export default ProductRecommendationsWidget
