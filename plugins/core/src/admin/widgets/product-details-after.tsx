import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { VariantCostsCard } from "../components/costs/variant-costs"

/** Unit costs on the product page, in the main column: the table of variants × currencies needs the width. */
const ProductCostsWidget = ({ data }: DetailWidgetProps<AdminProduct>) => <VariantCostsCard productId={data.id} />

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductCostsWidget
