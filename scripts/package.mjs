// Store-ready archives of both builds in artifacts/: Chrome's as a plain zip of dist/chrome, Firefox's by web-ext.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const artifacts = resolve('artifacts');
mkdirSync(artifacts, { recursive: true });

const chromeZip = resolve(artifacts, `teman-baca-kompas-${version}-chrome.zip`);
rmSync(chromeZip, { force: true });
// zip from Debian's package, or Python's zipfile where zip is missing: both give a flat archive of the folder.
try {
  execFileSync('zip', ['-qr', '-X', chromeZip, '.'], { cwd: 'dist/chrome', stdio: 'inherit' });
} catch {
  execFileSync('python3', ['-c', 'import shutil,sys; shutil.make_archive(sys.argv[1][:-4], "zip", "dist/chrome")', chromeZip], {
    stdio: 'inherit',
  });
}
console.log(`wrote ${chromeZip}`);

execFileSync(
  'npx',
  ['web-ext', 'build', '--source-dir', 'dist/firefox', '--artifacts-dir', artifacts, '--overwrite-dest',
    '--filename', `teman-baca-kompas-${version}-firefox.zip`],
  { stdio: 'inherit' },
);
