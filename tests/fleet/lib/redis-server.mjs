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

// redis-server runs under a shell that kills it once its stdin closes, so a test process
// that dies (even by SIGKILL) takes its server with it. The shell's first line is the pid.
const WATCH = '"$0" "$@" & echo $!; read _; kill -9 $! 2>/dev/null';

async function startOnce(bin, port) {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--loglevel', 'warning'];
  const shell = spawn('sh', ['-c', WATCH, bin, ...args], { stdio: ['pipe', 'pipe', 'ignore'] });
  const pid = await new Promise((resolve) => {
    let out = '';
    shell.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /^(\d+)\n/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    shell.once('exit', () => resolve(null));
  });
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const deadline = Date.now() + 10_000;
  while (pid && Date.now() < deadline && alive()) {
    if (await ping(port)) return { shell, pid };
    await new Promise((r) => setTimeout(r, 20));
  }
  shell.stdin.end();
  return null;
}

/** Starts redis-server; answers `{ url, port, pid, pause(), resume(), stop() }`. */
export async function startRedis() {
  const bin = redisServerPath();
  if (!bin) throw new Error('redis-server is not installed (scripts/lib.sh ensure_redis: apt-get install redis-server)');
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const started = await startOnce(bin, port);
    if (!started) continue; // the port was taken between the probe and the start
    const { shell, pid } = started;
    const signal = (name) => {
      try {
        process.kill(pid, name);
      } catch {
        // already gone
      }
    };
    const kill = () => {
      signal('SIGKILL');
      shell.stdin.end();
    };
    process.once('exit', kill);
    return {
      url: `redis://127.0.0.1:${port}`,
      port,
      pid,
      /** SIGSTOP: the socket stays open and nothing answers (a hung server). */
      pause: () => signal('SIGSTOP'),
      resume: () => signal('SIGCONT'),
      /** Kills the server (connections are refused from then on); resolves once it is gone. */
      stop() {
        return new Promise((resolve) => {
          process.removeListener('exit', kill);
          if (shell.exitCode !== null || shell.signalCode !== null) return resolve();
          shell.once('exit', () => resolve());
          signal('SIGCONT');
          kill();
        });
      },
    };
  }
  throw new Error('redis-server did not start on a free port');
}
