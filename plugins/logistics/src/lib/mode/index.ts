export * from "./fleet-region"
export * from "./promise"
export * from "./choose-mode"
