/**
 * Makes sure a browser exists for the end-to-end tests. On a fresh Debian machine
 * running as root it installs Debian's chromium; elsewhere it says what to install.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browser';

function main(): void {
  if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
    process.exit(1);
  }
  const found = findBrowser();
  if (found) {
    console.log(`browser: ${found}`);
    return;
  }
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian’s chromium package…');
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      {
        stdio: 'inherit',
      },
    );
    const installed = findBrowser();
    if (installed) {
      console.log(`browser: ${installed}`);
      return;
    }
  }
  console.error(
    [
      'No Chromium or Chrome found for the end-to-end tests.',
      'Install one, then run the tests again:',
      '  Debian/Ubuntu: sudo apt-get install chromium',
      '  macOS:         brew install --cask chromium',
      'or point CHROME_PATH at an existing Chrome/Chromium binary.',
    ].join('\n'),
  );
  process.exit(1);
}

main();
