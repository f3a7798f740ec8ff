/**
 * scripts/chromium.ts: a Chromium that merely exists is not chosen; the one npm installs renders a page.
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chooseChromium, launchChromium } from '../../scripts/chromium'

let tmp: string
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudhub-chromium-'))
})
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

describe('chooseChromium', () => {
  it('passes over a chromium wrapper whose browser is gone and falls back to the one @sparticuz/chromium ships', async () => {
    // What Debian's /usr/bin/chromium is once /usr/lib/chromium is hidden (as ../shared/tools/fresh-machine does)
    const wrapper = path.join(tmp, 'chromium')
    fs.writeFileSync(wrapper, '#!/bin/sh\nexec /usr/lib/chromium-gone/chromium "$@"\n', { mode: 0o755 })
    const choice = await chooseChromium({}, wrapper)
    expect(choice.source).toBe('@sparticuz/chromium')
    expect(choice.executablePath).not.toBe(wrapper)

    // ...and that one really renders: a page on 127.0.0.1 whose script writes a sum into the document
    const server = http.createServer((_, res) => res.end('<title>t</title><p id=out></p><script>out.textContent = String(19 + 23)</script>'))
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const { browser } = await launchChromium({}, choice)
    try {
      // page after page, as the browser tests open and close them: closing one must not end the browser
      for (let i = 0; i < 2; i++) {
        const page = await browser.newPage()
        await page.goto(`http://127.0.0.1:${(server.address() as any).port}/`)
        expect(await page.textContent('#out')).toBe('42')
        const png = await page.screenshot()
        expect(png.subarray(1, 4).toString()).toBe('PNG')
        await page.close()
      }
    } finally {
      await browser.close()
      server.close()
    }
  })

  it('CHROMIUM_PATH wins, and one that does not run is an error naming it', async () => {
    await expect(chooseChromium({ CHROMIUM_PATH: path.join(tmp, 'missing') })).rejects.toThrow(`CHROMIUM_PATH=${path.join(tmp, 'missing')} does not run`)
  })
})
