/**
 * Nothing is lost: the reading memory's writes are transactions, so a recorder stopped at any moment leaves the store
 * consistent; and a highlights database of every earlier version keeps every highlight when the current code opens
 * it. Both in the browsers' own IndexedDB, from a plain page of the fixture server and a Worker it starts (the
 * extension is loaded, but plays no part).
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import type { StoreCheck, WorkerProgress } from './reading-store/page-checks.ts';
import type { KillWorkerStart } from './reading-store/kill-worker.ts';
import type { TestPage } from './browsers.ts';
import { BROWSERS, useBrowser } from './harness.ts';
import type { Route } from './server.ts';

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [resolve(entry)],
    bundle: true, format: 'iife', write: false, platform: 'browser', target: ['chrome120', 'firefox128'], logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const [workerScript, pageScript] = await Promise.all([bundle('e2e/reading-store/kill-worker.ts'), bundle('e2e/reading-store/page-checks.ts')]);

const route: Route = (url) => {
  if (url.pathname === '/reading-store/kill-worker.js') return { type: 'text/javascript', body: workerScript };
  if (url.pathname === '/reading-store/page-checks.js') return { type: 'text/javascript', body: pageScript };
  if (url.pathname === '/reading-store/') {
    return { body: '<!doctype html><meta charset="utf-8"><title>store</title><script src="/reading-store/page-checks.js"></script>' };
  }
  return null;
};

type KillTest = {
  start(start: KillWorkerStart): void;
  progress(): WorkerProgress;
  kill(): void;
  check(name: string): Promise<StoreCheck>;
  migrate(name: string, version: number, count: number): Promise<{ written: string[]; found: string[]; searchable: number; tags: boolean }>;
};
/** The page's functions (page-checks.ts), a global of the page: the functions below run there as source text. */
declare const killTest: KillTest;

const KILLS = 6;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

for (const name of BROWSERS) {
  describe(`reading store integrity (${name})`, () => {
    const suite = useBrowser(name, route);
    const openPage = async (): Promise<TestPage> => {
      const page = await suite.browser.newPage();
      await page.goto('http://www.kompas.com/reading-store/');
      await page.waitFor(() => typeof killTest === 'object');
      return page;
    };

    it('a recorder terminated mid-write leaves every article with its text and journal entry, and recording resumes', async () => {
      const page = await openPage();
      const db = `kill-${name}-${Date.now()}`;
      let next = 1;
      const seen: number[] = [];
      try {
        for (let round = 0; round < KILLS; round++) {
          await page.evaluate(({ db, from }) => killTest.start({ name: db, from }), { db, from: next });
          // Let it get going (the first write opens the database), then stop it at a random moment.
          await page.waitFor(() => killTest.progress().last >= 0, undefined, 15_000);
          await sleep(5 + Math.floor(Math.random() * 120));
          const before = await page.evaluate(() => killTest.progress());
          await page.evaluate(() => killTest.kill());
          const check = await page.evaluate((db) => killTest.check(db), db);
          assert.deepEqual(check.problems, [], `round ${round}`);
          assert.ok(check.articles > 0 && check.journal >= check.articles, `round ${round}: ${JSON.stringify(check)}`);
          seen.push(check.articles);
          // The article being written when it stopped is recorded again from its start.
          next = before.last + 1;
        }
        // Recording resumes on the same database and works.
        const resumed = await page.evaluate((db) => killTest.check(db), db);
        await page.evaluate(({ db, from }) => killTest.start({ name: db, from, count: 10 }), { db, from: next });
        await page.waitFor(() => killTest.progress().done, undefined, 30_000);
        const after = await page.evaluate((db) => killTest.check(db), db);
        assert.deepEqual(after.problems, []);
        assert.ok(after.articles > resumed.articles, `${after.articles} articles after resuming, ${resumed.articles} before`);
        assert.ok(after.texts === after.articles && after.saved > 0, JSON.stringify(after));
      } finally {
        await page.evaluate(() => killTest.kill()).catch(() => undefined);
        await page.close();
      }
    });

    it('a highlights database of version 1, 2 and 3 keeps every highlight when the current code opens it', async () => {
      const page = await openPage();
      try {
        for (const version of [1, 2, 3]) {
          const db = `migrate-${name}-${version}-${Date.now()}`;
          const result = await page.evaluate(({ db, version }) => killTest.migrate(db, version, 120), { db, version });
          assert.equal(result.found.length, 120, `version ${version}`);
          assert.deepEqual([...result.found].sort(), [...result.written].sort(), `version ${version}`);
          assert.ok(result.tags, `version ${version}: every highlight has tags and entities`);
          // Search reads the terms the migration wrote: every sample highlight quotes Semarang.
          assert.equal(result.searchable, 120, `version ${version}`);
        }
      } finally {
        await page.close();
      }
    });
  });
}
