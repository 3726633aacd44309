// A real redis-server on a free loopback port, for the fleet tests and the bench: no disk
// (no RDB, no AOF), stopped by stop() or when this process exits.
import { spawn, execFileSync } from 'node:child_process';
import net from 'node:net';

export function redisServerPath() {
  try {
    return execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// Answers true once the server replies +PONG on a fresh connection.
function ping(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let reply = '';
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk;
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}

async function startOnce(bin, port) {
  const child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--loglevel', 'warning'], {
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && child.exitCode === null) {
    if (await ping(port)) return child;
    await new Promise((r) => setTimeout(r, 20));
  }
  child.kill('SIGKILL');
  return null;
}

/** Starts redis-server; answers `{ url, port, pid, pause(), resume(), stop() }`. */
export async function startRedis() {
  const bin = redisServerPath();
  if (!bin) throw new Error('redis-server is not installed (scripts/lib.sh ensure_redis: apt-get install redis-server)');
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const child = await startOnce(bin, port);
    if (!child) continue; // the port was taken between the probe and the start
    const kill = () => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL');
    process.once('exit', kill);
    return {
      url: `redis://127.0.0.1:${port}`,
      port,
      pid: child.pid,
      /** SIGSTOP: the socket stays open and nothing answers (a hung server). */
      pause: () => child.kill('SIGSTOP'),
      resume: () => child.kill('SIGCONT'),
      stop() {
        return new Promise((resolve) => {
          process.removeListener('exit', kill);
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGCONT');
          child.kill('SIGKILL');
        });
      },
    };
  }
  throw new Error('redis-server did not start on a free port');
}
