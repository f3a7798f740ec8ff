/** Child processes of the platform's launchers (chains, processors, API, web): tracked, and stopped in one way. */
import type { ChildProcess } from 'node:child_process'

// Children must not outlive the process that started them, however it ends (a test runner's exit, an error).
const live = new Set<ChildProcess>()
process.once('exit', () => {
  for (const c of live) c.kill('SIGKILL')
})

export function track<C extends ChildProcess>(c: C): C {
  live.add(c)
  c.once('exit', () => live.delete(c))
  return c
}

/**
 * Sends `signal` (SIGTERM), then SIGKILL after a grace period: a web server otherwise waits for idle keep-alive
 * sockets, and chopsticks for its websocket clients.
 */
export function stopProcess(p: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 3000): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => p.kill('SIGKILL'), graceMs)
    p.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    p.kill(signal)
  })
}
