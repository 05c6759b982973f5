import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Text } from "@medusajs/ui"
import { ErrorNote, SectionCard } from "@finesse/core/admin-kit"
import { ProductList } from "../components/product-list"
import { useProductRecommendations } from "../hooks/recommendations"

/** The product page's "bought together" and "similar" lists, as the default storefront channel shows them. */
const ProductRecommendationsWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const { data: recs, isLoading, isError, error } = useProductRecommendations(data.id)
  const r = recs?.product_recommendations
  return (
    <SectionCard
      testId="product-recommendations-widget"
      title="Recommendations"
      subtitle={isLoading ? "Loading…" : r ? (r.model_version ? `Model v${r.model_version}` : "No model trained yet") : ""}
    >
      {isError && <ErrorNote error={error} />}
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
    </SectionCard>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.after" })

export default ProductRecommendationsWidget
