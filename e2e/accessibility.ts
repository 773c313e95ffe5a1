/**
 * Accessibility audits with axe-core, run in the page's main world. axe finds shadow trees through `host.shadowRoot`,
 * which is null for a closed root; for the audit, each closed root on the audited host path is lent to axe as its
 * host's own `shadowRoot` property (reached through the automation protocol), and taken back afterwards.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { TestPage } from './browsers.ts';
import type { HostPath } from './shadow-roots.ts';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AuditOptions {
  /** Audit only this shadow host (and its shadow tree, open or closed); the whole document otherwise. */
  include?: HostPath;
}

export interface Violation {
  /** The axe rule, e.g. `button-name`. */
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary: string }>;
}

let axeSource: Promise<string> | undefined;
const loadAxe = () => (axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));

/** Runs in the page: lends (or takes back) the host's shadow root as its `shadowRoot` property. */
function lendRoot(root: ShadowRoot, lend: boolean): void {
  if (lend) Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root });
  else delete (root.host as unknown as { shadowRoot?: unknown }).shadowRoot;
}

/** Runs in the page: axe over `include` (a selector path through shadow roots) or the document. */
async function runAxe({ include, tags }: { include: string[] | null; tags: string[] }): Promise<Violation[]> {
  type Axe = {
    run(context: unknown, options: unknown): Promise<{ violations: Array<Violation & { nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }>;
  };
  const axe = (window as unknown as { axe: Axe }).axe;
  const results = await axe.run(include ? { include: [include] } : document, {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'],
  });
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    nodes: violation.nodes.map((node) => ({ target: node.target, failureSummary: node.failureSummary ?? '' })),
  }));
}

/** Audits the page (or one shadow host in it) against WCAG 2.2 AA; resolves with the violations axe found. */
export async function auditAccessibility(page: TestPage, options: AuditOptions = {}): Promise<Violation[]> {
  const include = options.include === undefined ? null : typeof options.include === 'string' ? [options.include] : [...options.include];
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScript(await loadAxe());
  const prefixes = (include ?? []).map((_, index) => include!.slice(0, index + 1));
  for (const hosts of prefixes) await page.evaluateInShadow(hosts, lendRoot, true);
  try {
    return await page.evaluate(runAxe, { include, tags: WCAG_TAGS });
  } finally {
    for (const hosts of prefixes.reverse()) await page.evaluateInShadow(hosts, lendRoot, false).catch(() => undefined);
  }
}

/** Audits the document of the page's frame at an address containing `urlPart` (the note panel's, say). */
export async function auditFrame(page: TestPage, urlPart: string): Promise<Violation[]> {
  if (!(await page.evaluateInFrame(urlPart, () => 'axe' in window))) await page.addScriptInFrame(urlPart, await loadAxe());
  return page.evaluateInFrame(urlPart, runAxe, { include: null, tags: WCAG_TAGS });
}

/** Violations as lines for an assert message: rule, impact, help, then each node's target and what failed. */
export function formatViolations(violations: readonly Violation[]): string {
  if (violations.length === 0) return 'no accessibility violations';
  return violations
    .map((violation) => [
      `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}`,
      ...violation.nodes.map((node) => `  at ${JSON.stringify(node.target)}\n    ${node.failureSummary.replace(/\n/g, '\n    ')}`),
    ].join('\n'))
    .join('\n');
}
