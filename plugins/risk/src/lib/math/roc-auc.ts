/** ROC AUC lives in core (one implementation). */
export { rocAuc } from "@finesse/core/lib/math/roc-auc"
