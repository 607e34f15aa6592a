// Renders images/icon.svg to images/icon.png (128×128, transparent corners)
// with Debian's headless Chromium. The PNG is committed; run this only after
// changing the SVG:  node scripts/generate-icon.mjs [path/to/chromium]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const svg = fileURLToPath(new URL('../images/icon.svg', import.meta.url));
const png = fileURLToPath(new URL('../images/icon.png', import.meta.url));
const chromium = process.argv[2] ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
if (!chromium) {
  console.error('generate-icon: no Chromium found (apt-get install chromium, or pass its path)');
  process.exit(2);
}
const result = spawnSync(
  chromium,
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--hide-scrollbars',
    '--force-device-scale-factor=1',
    '--default-background-color=00000000',
    '--window-size=128,128',
    `--screenshot=${png}`,
    pathToFileURL(svg).href,
  ],
  { stdio: ['ignore', 'inherit', 'inherit'], timeout: 60_000 },
);
if (result.status !== 0) {
  console.error(`generate-icon: chromium exited with ${result.status ?? result.signal}`);
  process.exit(1);
}
console.log(`wrote ${png}`);
