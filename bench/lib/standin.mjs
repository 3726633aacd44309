// The stand-in portal in its own process (its own event loop, so its work is not charged to the
// client being measured), driven through its control API.
import { spawn } from 'node:child_process';
import http from 'node:http';
import https from 'node:https';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../../tests/standin/server.mjs', import.meta.url));

/** `tls`: { keyPath, certPath } to serve https (the certificate must be trusted by this process). */
export async function spawnStandin({ tls } = {}) {
  const args = [SERVER, '--port', '0'];
  if (tls) args.push('--tls-key', tls.keyPath, '--tls-cert', tls.certPath);
  // stdin stays a pipe: the stand-in exits by itself when this process goes.
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('stand-in did not start within 10 s')), 10_000);
    child.once('exit', (code) => reject(new Error(`stand-in exited (${code}) before listening`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /B24_STANDIN_URL=(\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
  });
  const transport = url.startsWith('https:') ? https : http;
  // node:http(s) with a fresh connection each time (agent: false), never the global fetch pool the
  // clients share: a pooled socket the stand-in is just closing would fail a control request.
  const control = (method, path, body) =>
    new Promise((resolve, reject) => {
      const payload = body ? JSON.stringify(body) : '';
      const req = transport.request(
        `${url}/_standin/${path}`,
        { method, agent: false, headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {} },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => {
            if (res.statusCode !== 200) return reject(new Error(`stand-in ${method} ${path}: HTTP ${res.statusCode} ${text.slice(0, 200)}`));
            try {
              resolve(JSON.parse(text));
            } catch (e) {
              reject(e);
            }
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  return {
    url,
    protocol: tls ? 'https' : 'http',
    webhookUrl: `${url}/rest/1/standin-secret/`,
    pid: child.pid,
    /** Sets the bucket/clock and clears requests, bucket level and stats. */
    async prepare({ bucket = null, clockScale = 1 } = {}) {
      await control('POST', 'options', { bucket, clockScale });
      await control('POST', 'reset');
    },
    stats: () => control('GET', 'stats'),
    requests: () => control('GET', 'requests'),
    close() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
    },
  };
}
