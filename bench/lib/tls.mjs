// A throwaway self-signed certificate for https on 127.0.0.1, made at run time.
//
// Why openssl: Node has no API that issues an X.509 certificate, and Debian ships openssl (the
// `openssl` package, which ca-certificates depends on), so no npm dependency is needed. The key
// is P-256 ECDSA, which is what most TLS front ends (and Let's Encrypt's defaults) serve today.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Writes key.pem and cert.pem (CN and subjectAltName IP:127.0.0.1, CA:TRUE so it can be its
 * own trust anchor, valid 2 days) into a new temporary directory.
 * Returns { dir, keyPath, certPath, key, cert, remove() }.
 */
export function makeLoopbackCert() {
  const dir = mkdtempSync(join(tmpdir(), 'b24-tls-'));
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  try {
    execFileSync('openssl', [
      'req', '-x509', '-nodes', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
      '-keyout', keyPath, '-out', certPath, '-days', '2', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1',
      '-addext', 'basicConstraints=critical,CA:TRUE',
    ], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    const why = e.code === 'ENOENT' ? 'openssl is not installed (apt-get install openssl)' : String(e.stderr ?? e.message).trim();
    throw new Error(`could not make a self-signed certificate: ${why}`);
  }
  return {
    dir,
    keyPath,
    certPath,
    key: readFileSync(keyPath),
    cert: readFileSync(certPath),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
