export enum TallySource {
    Event = "Event",
    Storage = "Storage",
}
