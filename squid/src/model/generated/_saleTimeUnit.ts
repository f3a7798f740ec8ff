export enum SaleTimeUnit {
    ParachainBlock = "ParachainBlock",
    RelayBlock = "RelayBlock",
}
