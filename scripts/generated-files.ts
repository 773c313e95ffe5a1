/**
 * Files the project writes from its own modules and commits (UI strings, the page stylesheet): written when their
 * content changed, or with `--check` only reported, so a script can say what is out of date without touching it.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes each `path -> content` whose file differs (a missing file differs), or with `--check` in the process's
 * arguments reports it instead and sets a failing exit code. `command` is what rewrites them, for the report.
 */
export function updateGeneratedFiles(files: Record<string, string>, command: string): void {
  const check = process.argv.includes('--check');
  for (const [path, content] of Object.entries(files)) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // A missing file is out of date.
    }
    if (current === content) continue;
    if (check) {
      console.error(`${path} is out of date: run ${command}`);
      process.exitCode = 1;
    } else {
      writeFileSync(path, content);
      console.log(`wrote ${path}`);
    }
  }
}
