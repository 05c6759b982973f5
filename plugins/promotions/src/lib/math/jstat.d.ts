// jStat ships no types; distributions.ts narrows the one object it uses.
declare module "jstat" {
  const jStat: unknown
  export default jStat
}
