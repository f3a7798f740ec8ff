import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1009001 from '../assetHubPaseoV1009001'

export const scheduled =  {
    name: 'Scheduler.Scheduled',
    /**
     * Scheduled some task.
     */
    assetHubPaseoV1009001: new EventType(
        'Scheduler.Scheduled',
        sts.struct({
            when: sts.number(),
            index: sts.number(),
        })
    ),
}

export const canceled =  {
    name: 'Scheduler.Canceled',
    /**
     * Canceled some task.
     */
    assetHubPaseoV1009001: new EventType(
        'Scheduler.Canceled',
        sts.struct({
            when: sts.number(),
            index: sts.number(),
        })
    ),
}

export const dispatched =  {
    name: 'Scheduler.Dispatched',
    /**
     * Dispatched some task.
     */
    assetHubPaseoV1009001: new EventType(
        'Scheduler.Dispatched',
        sts.struct({
            task: sts.tuple(() => [sts.number(), sts.number()]),
            id: sts.option(() => sts.bytes()),
            result: sts.result(() => sts.unit(), () => assetHubPaseoV1009001.DispatchError),
        })
    ),
}

export const retrySet =  {
    name: 'Scheduler.RetrySet',
    /**
     * Set a retry configuration for some task.
     */
    assetHubPaseoV1009001: new EventType(
        'Scheduler.RetrySet',
        sts.struct({
            task: sts.tuple(() => [sts.number(), sts.number()]),
            id: sts.option(() => sts.bytes()),
            period: sts.number(),
            retries: sts.number(),
        })
    ),
}

export const retryCancelled =  {
    name: 'Scheduler.RetryCancelled',
    /**
     * Cancel a retry configuration for some task.
     */
    assetHubPaseoV1009001: new EventType(
        'Scheduler.RetryCancelled',
        sts.struct({
            task: sts.tuple(() => [sts.number(), sts.number()]),
            id: sts.option(() => sts.bytes()),
        })
    ),
}

export const callUnavailable =  {
    name: 'Scheduler.CallUnavailable',
    /**
     * The call for the provided hash was not found so the task has been aborted.
     */
    assetHubPaseoV1009001: new EventType(
        'Scheduler.CallUnavailable',
        sts.struct({
            task: sts.tuple(() => [sts.number(), sts.number()]),
            id: sts.option(() => sts.bytes()),
        })
    ),
}

export const periodicFailed =  {
    name: 'Scheduler.PeriodicFailed',
    /**
     * The given task was unable to be renewed since the agenda is full at that block.
     */
    assetHubPaseoV1009001: new EventType(
        'Scheduler.PeriodicFailed',
        sts.struct({
            task: sts.tuple(() => [sts.number(), sts.number()]),
            id: sts.option(() => sts.bytes()),
        })
    ),
}

export const retryFailed =  {
    name: 'Scheduler.RetryFailed',
    /**
     * The given task was unable to be retried since the agenda is full at that block or there
     * was not enough weight to reschedule it.
     */
    assetHubPaseoV1009001: new EventType(
        'Scheduler.RetryFailed',
        sts.struct({
            task: sts.tuple(() => [sts.number(), sts.number()]),
            id: sts.option(() => sts.bytes()),
        })
    ),
}

export const permanentlyOverweight =  {
    name: 'Scheduler.PermanentlyOverweight',
    /**
     * The given task can never be executed since it is overweight.
     */
    assetHubPaseoV1009001: new EventType(
        'Scheduler.PermanentlyOverweight',
        sts.struct({
            task: sts.tuple(() => [sts.number(), sts.number()]),
            id: sts.option(() => sts.bytes()),
        })
    ),
}

export const agendaIncomplete =  {
    name: 'Scheduler.AgendaIncomplete',
    /**
     * Agenda is incomplete from `when`.
     */
    assetHubPaseoV1009001: new EventType(
        'Scheduler.AgendaIncomplete',
        sts.struct({
            when: sts.number(),
        })
    ),
}
