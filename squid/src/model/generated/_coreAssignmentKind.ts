export enum CoreAssignmentKind {
    Task = "Task",
    Pool = "Pool",
    Idle = "Idle",
}
