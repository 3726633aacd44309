// Debian's Chromium, headless, with the flags this machine's closed network needs (without the
// background-networking ones it keeps dialling out and being refused). Every browser test
// launches it through here, so a flag is changed in one place.
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
