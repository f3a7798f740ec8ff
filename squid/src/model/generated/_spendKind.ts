export enum SpendKind {
    Local = "Local",
    Asset = "Asset",
}
