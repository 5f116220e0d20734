import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keycloakTokenEndpoint } from '../src/index.js';

/** The module directory (this file runs from dist/test/). */
const moduleDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ReferenceServer {
  readonly url: URL;
  readonly tokenEndpoint: URL;
  readonly log: string;
  close(): Promise<void>;
}

/**
 * The packaged reference server (reference-server/target/quarkus-app) started as a child process
 * with its own embedded home (fresh each run: embedded PostgreSQL and Keycloak, demo data), free
 * ports and the payment sandbox, like the Java SDK's ReferenceServer. Its log goes to
 * target/sdk-server.log. The pom passes the paths in ZHANGGUI_SDK_SERVER_JAR, _HOME and _LOG.
 */
export async function startReferenceServer(): Promise<ReferenceServer> {
  const jar = process.env['ZHANGGUI_SDK_SERVER_JAR']
    ?? join(moduleDir, '..', '..', 'reference-server', 'target', 'quarkus-app', 'quarkus-run.jar');
  const home = process.env['ZHANGGUI_SDK_SERVER_HOME'] ?? join(moduleDir, 'target', 'sdk-server-home');
  const log = process.env['ZHANGGUI_SDK_SERVER_LOG'] ?? join(moduleDir, 'target', 'sdk-server.log');
  if (!existsSync(jar)) {
    throw new Error(`No packaged server at ${jar}: build reference-server first (./mvnw -o package -DskipTests -pl reference-server -am)`);
  }
  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  mkdirSync(dirname(log), { recursive: true });
  const [http, postgres, keycloak] = await freePorts(3);
  const java = process.env['JAVA_HOME'] ? join(process.env['JAVA_HOME'], 'bin', 'java') : 'java';
  const output = openSync(log, 'w');
  const child = spawn(java, ['-Xmx1g', '-jar', jar], {
    // Its own process group, so that what it starts (Keycloak) can be stopped with it.
    detached: true,
    stdio: ['ignore', output, output],
    env: {
      ...process.env,
      ZHANGGUI_EMBEDDED_HOME: home,
      ZHANGGUI_EMBEDDED_POSTGRES_PORT: String(postgres),
      ZHANGGUI_EMBEDDED_KEYCLOAK_PORT: String(keycloak),
      QUARKUS_HTTP_PORT: String(http),
      ZHANGGUI_PAYMENTS_SANDBOX_ENABLED: 'true',
    },
  });
  closeSync(output);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const server: ReferenceServer = {
    url: new URL(`http://localhost:${http}`),
    tokenEndpoint: keycloakTokenEndpoint(`http://localhost:${keycloak}`, 'zhanggui'),
    log,
    close: () => stop(child, exited, home),
  };
  try {
    await awaitReady(server.url, child, 240_000, log);
  } catch (error) {
    await server.close();
    throw error;
  }
  return server;
}

async function awaitReady(url: URL, child: ChildProcess, timeoutMs: number, log: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const tail = readFileSync(log, 'utf8').split('\n').slice(-20).join('\n');
      throw new Error(`The reference server exited (${child.exitCode ?? child.signalCode}): see ${log}\n${tail}`);
    }
    try {
      const ready = await fetch(new URL('/q/health/ready', url), { signal: AbortSignal.timeout(5_000) });
      if (ready.status === 200) {
        return;
      }
    } catch {
      // still starting
    }
    await new Promise((done) => setTimeout(done, 1_000));
  }
  throw new Error(`The reference server was not ready in ${timeoutMs / 1000} s: see ${log}`);
}

/**
 * Stops the server gracefully (it stops its embedded Keycloak and PostgreSQL itself), then whatever
 * of its process group is left, then the embedded PostgreSQL if it outlived the server: that one
 * runs in its own session, so it is found by the pid file in the server's home.
 */
async function stop(child: ChildProcess, exited: Promise<void>, home: string): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) {
    return;
  }
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    if (!(await within(exited, 60_000))) {
      child.kill('SIGKILL');
      await exited;
    }
  }
  await terminate(-pid);
  const postmaster = join(home, 'postgres', 'postmaster.pid');
  if (existsSync(postmaster)) {
    const postgresPid = Number.parseInt(readFileSync(postmaster, 'utf8').split('\n')[0] ?? '', 10);
    if (Number.isInteger(postgresPid) && postgresPid > 1) {
      await terminate(postgresPid);
    }
  }
}

/** SIGTERM to a process (or a group, negative), up to 20 s to go, then SIGKILL. */
async function terminate(target: number): Promise<void> {
  if (!signal(target, 'SIGTERM')) {
    return;
  }
  for (let waited = 0; waited < 20_000; waited += 250) {
    await new Promise((done) => setTimeout(done, 250));
    if (!signal(target, 0)) {
      return;
    }
  }
  signal(target, 'SIGKILL');
}

/** Sends a signal; false if there is no such process (any more). */
function signal(target: number, name: NodeJS.Signals | 0): boolean {
  try {
    process.kill(target, name);
    return true;
  } catch {
    return false;
  }
}

async function within(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((done) => {
    timer = setTimeout(() => done(false), ms);
  });
  const result = await Promise.race([promise.then(() => true), timeout]);
  clearTimeout(timer);
  return result;
}

async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(Array.from({ length: count }, () => new Promise<import('node:net').Server>(
    (done, fail) => {
      const server = createServer();
      server.once('error', fail);
      server.listen(0, '127.0.0.1', () => done(server));
    })));
  const ports = servers.map((server) => {
    const address = server.address();
    if (address === null || typeof address === 'string') {
      throw new Error('no port');
    }
    return address.port;
  });
  await Promise.all(servers.map((server) => new Promise<void>((done) => server.close(() => done()))));
  return ports;
}
