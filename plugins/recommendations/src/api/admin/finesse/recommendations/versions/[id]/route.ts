import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../../../../modules/finesse-recommendations/service"

/** GET /admin/finesse/recommendations/versions/:id — one version with its evaluation rows and artefact sizes. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const recs = req.scope.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
  const [version] = await recs.listFinesseRecModelVersions({ id: req.params.id })
  if (!version) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Model version with id: ${req.params.id} was not found`)
  const [evaluations, artefacts] = await Promise.all([
    recs.listFinesseRecEvaluations({ version_id: version.id }, { order: { model: "ASC", protocol: "ASC" } }),
    recs.listFinesseRecArtefacts({ version_id: version.id }, { select: ["id", "kind", "size_bytes"] }),
  ])
  res.json({ version: { ...version, evaluations, artefacts } })
}
