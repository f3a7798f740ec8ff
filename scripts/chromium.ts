/**
 * Which Chromium the browser tests (and anything else that drives a page) launch, in this order:
 *  1. CHROMIUM_PATH, when set (it must run);
 *  2. Debian's `chromium`, when it really runs: a machine may still have /usr/bin/chromium (a shell wrapper)
 *     while /usr/lib/chromium is gone or hidden, so we ask it for its version instead of testing the path;
 *  3. the headless shell that `@sparticuz/chromium` (an npm devDependency) ships inside its package, unpacked into
 *     the temp folder. Nothing is installed by hand.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { chromium, type Browser, type LaunchOptions } from 'playwright-core'

/** What we use of @sparticuz/chromium, typed here: the root tsconfig (moduleResolution node) and the web app's
 * (bundler, which also compiles this file for the report's PDF) cannot both resolve the package's own types. */
interface SparticuzType {
  executablePath(): Promise<string>
  args: string[]
}

export const DEBIAN_CHROMIUM = '/usr/bin/chromium'

/** No network beyond the pages we open: tests talk to 127.0.0.1 only. */
const QUIET_FLAGS = ['--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const DEBIAN_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', ...QUIET_FLAGS]

export interface ChromiumChoice {
  source: 'CHROMIUM_PATH' | 'debian' | '@sparticuz/chromium'
  executablePath: string
  args: string[]
  /** extra environment for the browser process (libraries the bundled shell may need) */
  env?: Record<string, string>
}

export function runs(executable: string): boolean {
  const r = spawnSync(executable, ['--version'], { encoding: 'utf8', timeout: 30_000 })
  return r.status === 0 && /\d+\.\d+/.test(r.stdout ?? '')
}

export async function chooseChromium(env: NodeJS.ProcessEnv = process.env, debianChromium = DEBIAN_CHROMIUM): Promise<ChromiumChoice> {
  if (env.CHROMIUM_PATH) {
    if (!runs(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not run (\`${env.CHROMIUM_PATH} --version\` failed); unset it to use the Chromium npm installs`)
    return { source: 'CHROMIUM_PATH', executablePath: env.CHROMIUM_PATH, args: DEBIAN_FLAGS }
  }
  if (runs(debianChromium)) return { source: 'debian', executablePath: debianChromium, args: DEBIAN_FLAGS }
  return bundledChromium()
}

async function bundledChromium(): Promise<ChromiumChoice> {
  const specifier = '@sparticuz/chromium'
  const mod: any = await import(specifier)
  const sparticuz: SparticuzType = mod.default?.executablePath ? mod.default : mod.default.default
  const executablePath = await sparticuz.executablePath()
  // Its flags are made for one page per Lambda call: --single-process ends the browser with its last page.
  const args = sparticuz.args.filter((a) => a !== '--single-process')
  const choice: ChromiumChoice = { source: '@sparticuz/chromium', executablePath, args: [...args, ...QUIET_FLAGS] }
  // The shell links against NSS/NSPR/expat, which a bare Debian lacks; the package carries them (built for Amazon
  // Linux 2023, glibc-compatible). Use them only when the system's are missing.
  if (missingLibraries(executablePath).length > 0) {
    // The web app imports this file into its ESM server bundle (the report's PDF), where `require` does not exist:
    // resolve from the running script instead, which sits inside the repository like node_modules.
    const resolve = typeof require === 'function' ? require.resolve : createRequire(process.argv[1] ?? path.join(process.cwd(), 'index.js')).resolve
    const lib = await mod.inflate(path.join(path.dirname(resolve(specifier)), '..', 'bin', 'al2023.tar.br'))
    choice.env = { LD_LIBRARY_PATH: [path.join(lib, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':') }
    const still = missingLibraries(executablePath, choice.env)
    if (still.length) throw new Error(`the Chromium of @sparticuz/chromium (${executablePath}) needs ${still.join(', ')}, which this system lacks; set CHROMIUM_PATH to a Chromium that runs`)
  }
  return choice
}

function missingLibraries(executable: string, extraEnv: Record<string, string> = {}): string[] {
  try {
    const out = execFileSync('ldd', [executable], { encoding: 'utf8', env: { ...process.env, ...extraEnv } })
    return [...out.matchAll(/^\s*(\S+) => not found/gm)].map((m) => m[1])
  } catch {
    return [] // no ldd: let the launch itself report what is missing
  }
}

/** Launches the chosen Chromium (default: chooseChromium()) headless through playwright-core. */
export async function launchChromium(options: LaunchOptions = {}, chosen?: ChromiumChoice): Promise<{ browser: Browser; choice: ChromiumChoice }> {
  const choice = chosen ?? (await chooseChromium())
  const browser = await chromium.launch({
    ...options,
    executablePath: choice.executablePath,
    args: [...choice.args, ...(options.args ?? [])],
    env: choice.env ? { ...process.env, ...choice.env } : options.env,
  })
  return { browser, choice }
}
