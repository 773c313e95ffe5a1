/**
 * A private speech-dispatcher for an end-to-end suite, so that `speechSynthesis` in Chromium and Firefox speaks with
 * a real voice (espeak-ng) on a machine without a sound server or a sound card. It runs in the foreground as a child
 * of the test process, with its own configuration, socket, logs and home in one temporary folder, and plays into
 * ALSA's null sink. Browsers reach it through `SPEECHD_ADDRESS`; nothing of the machine's own speech set-up is used
 * or touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { access, appendFile, constants, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pollUntil } from './user-actions.ts';

export interface SpeechService {
  /** The value of `SPEECHD_ADDRESS` that leads a browser's speech-dispatcher client to this server. */
  address: string;
  /** Ends the server (and its output modules) and removes its folder. */
  stop(): Promise<void>;
}

/** What the service needs from Debian, named as the packages that provide it. */
export const SPEECH_PACKAGES = 'speech-dispatcher speech-dispatcher-espeak-ng espeak-ng';

const SYSTEM_CONFIG_DIR = '/etc/speech-dispatcher';
const MODULE_DIR = '/usr/lib/speech-dispatcher-modules';
/** How long the server may take to open its socket and load espeak-ng (it takes well under a second here). */
const START_TIMEOUT_MS = 10_000;
/** How long it may take to end after SIGTERM before it is killed outright. */
const STOP_TIMEOUT_MS = 5_000;

/**
 * ALSA's default device as a sink that swallows everything: the server's default output, PulseAudio, hangs where
 * no sound server runs, and a CI machine has no sound card. The null sink does not pace playback, so an utterance
 * ends a few milliseconds after it starts.
 */
const ASOUNDRC = 'pcm.!default {\n  type null\n}\nctl.!default {\n  type hw\n  card 0\n}\n';

/**
 * Appended to a copy of the system's speechd.conf (later settings win). espeak-ng alone, named, rather than every
 * module found: autodetection also starts espeak-ng-mbrola, which has no voices here, and a dummy module whose
 * "voice" is a recorded message.
 */
const CONFIG_OVERRIDES = [
  '',
  '# Private server for end-to-end tests.',
  'AudioOutputMethod "alsa"',
  'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"',
  'DefaultModule espeak-ng',
  '',
].join('\n');

async function onPath(binary: string): Promise<string | null> {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, binary);
    if (await access(candidate, constants.X_OK).then(() => true, () => false)) return candidate;
  }
  return null;
}

/** Throws, naming the packages to install, when a part the service needs is missing. */
async function checkInstalled(): Promise<string> {
  const missing: string[] = [];
  const server = await onPath('speech-dispatcher');
  if (!server) missing.push('the speech-dispatcher program');
  if (!(await onPath('espeak-ng'))) missing.push('the espeak-ng program');
  if (!(await access(join(SYSTEM_CONFIG_DIR, 'speechd.conf')).then(() => true, () => false))) {
    missing.push(`${SYSTEM_CONFIG_DIR}/speechd.conf`);
  }
  if (!(await access(join(MODULE_DIR, 'sd_espeak-ng'), constants.X_OK).then(() => true, () => false))) {
    missing.push(`the espeak-ng output module (${MODULE_DIR}/sd_espeak-ng)`);
  }
  if (missing.length > 0 || !server) {
    throw new Error(`The speech tests need a real voice, and this machine lacks ${missing.join(', ')}. ` +
      `Install the Debian packages: apt-get install ${SPEECH_PACKAGES}`);
  }
  return server;
}

/**
 * Asks the server over SSIP for its output modules; resolves with their names, or rejects when it does not answer
 * in time. A server that opened its socket but could not start espeak-ng answers without it.
 */
function outputModules(socketPath: string, timeoutMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(socketPath);
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer to LIST OUTPUT_MODULES within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write('LIST OUTPUT_MODULES\r\n'));
    socket.on('data', (chunk: string) => {
      received += chunk;
      // Replies are "250-name" lines closed by a "2xx " (or an error's "3xx "/"4xx ") line.
      const last = /^(\d{3}) .*\r\n/m.exec(received);
      if (!last) return;
      clearTimeout(timer);
      socket.end('QUIT\r\n');
      if (!last[1]!.startsWith('2')) reject(new Error(`LIST OUTPUT_MODULES answered ${last[0].trim()}`));
      else resolve([...received.matchAll(/^\d{3}-(.+)\r$/gm)].map((match) => match[1]!));
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts a private speech-dispatcher with espeak-ng and returns once it answers on its socket. */
export async function startSpeechService(): Promise<SpeechService> {
  const server = await checkInstalled();
  const dir = await mkdtemp(join(tmpdir(), 'kompas-speechd-'));
  const home = join(dir, 'home');
  const configDir = join(dir, 'config');
  const socketPath = join(dir, 'speechd.sock');
  const logDir = join(dir, 'log');
  await mkdir(home, { recursive: true });
  await mkdir(logDir);
  await mkdir(join(dir, 'run'), { mode: 0o700 });
  await writeFile(join(home, '.asoundrc'), ASOUNDRC);
  await cp(SYSTEM_CONFIG_DIR, configDir, { recursive: true });
  await appendFile(join(configDir, 'speechd.conf'), CONFIG_OVERRIDES);

  // -s keeps the server in the foreground, a child this process can end; timeout 0 keeps it up between tests that
  // leave it without a client for a while.
  const child = spawn(server, [
    '--run-single',
    '--config-dir', configDir,
    '--communication-method', 'unix_socket',
    '--socket-path', socketPath,
    '--pid-file', join(dir, 'speechd.pid'),
    '--log-dir', logDir,
    '--timeout', '0',
  ], {
    // Its home (ALSA's .asoundrc, caches) and runtime folder are the temporary ones, never the user's.
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_CACHE_HOME: join(home, '.cache'),
      XDG_RUNTIME_DIR: join(dir, 'run'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString('utf8')).slice(-4000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  // A test run that ends without reaching `stop` (a crash, Ctrl-C) still takes the server down with it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const ended = await Promise.race([exited(child).then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]);
      if (!ended) {
        child.kill('SIGKILL');
        await exited(child);
      }
    }
    await rm(dir, { recursive: true, force: true });
  };

  try {
    const failure = (why: string) => new Error(`The private speech-dispatcher (${server}) ${why}.`);
    await Promise.race([
      pollUntil(() => access(socketPath).then(() => true, () => false), START_TIMEOUT_MS, `the socket ${socketPath}`)
        .catch(() => { throw failure(`opened no socket within ${START_TIMEOUT_MS} ms`); }),
      exited(child).then(() => { throw failure(`ended before opening its socket (exit ${child.exitCode ?? child.signalCode})`); }),
      spawnError.then((error) => { throw failure(`could not be started: ${error.message}`); }),
    ]);
    const modules = await outputModules(socketPath, START_TIMEOUT_MS).catch((error: Error) => {
      throw failure(`did not answer on ${socketPath}: ${error.message}`);
    });
    if (!modules.includes('espeak-ng')) {
      throw failure(`started without its espeak-ng module (modules: ${modules.join(', ') || 'none'}); ` +
        `install ${SPEECH_PACKAGES}`);
    }
  } catch (error) {
    // The folder goes with the server: what it said comes along in the message.
    const log = await readFile(join(logDir, 'speech-dispatcher.log'), 'utf8').catch(() => '');
    await stop().catch(() => undefined);
    (error as Error).message += `\nIts output: ${output.trim() || '(none)'}\nIts log, last lines:\n${log.split('\n').slice(-20).join('\n')}`;
    throw error;
  }
  return { address: `unix_socket:${socketPath}`, stop };
}

