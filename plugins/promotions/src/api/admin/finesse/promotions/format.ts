export { formatMinor } from "../../../../engine/format-money"
