export * from "./p-median"
export * from "./transport"
export * from "./cflp"
export * from "./what-if"
