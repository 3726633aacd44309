// The physical limit of a Node client: a keep-alive node:http / node:https POST and a
// JSON.parse, nothing else. It asks for and decodes compressed replies as the libraries do, so
// it receives the same bytes. No library can answer sooner on the same machine.
import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';

const agents = {
  'http:': new http.Agent({ keepAlive: true }),
  'https:': new https.Agent({ keepAlive: true }),
};

const DECODE = { gzip: zlib.gunzipSync, deflate: zlib.inflateSync, br: zlib.brotliDecompressSync };

/** POSTs `text` (JSON) to `url`; resolves to { status, json }. */
export function barePost(url, text) {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const transport = target.protocol === 'https:' ? https : http;
    const payload = Buffer.from(text);
    const request = transport.request(target, {
      method: 'POST',
      agent: agents[target.protocol],
      headers: { 'Content-Type': 'application/json', 'Content-Length': payload.length, 'Accept-Encoding': 'gzip, deflate, br' },
    });
    request.on('error', reject);
    request.on('response', (response) => {
      const chunks = [];
      response.on('data', (c) => chunks.push(c));
      response.on('error', reject);
      response.on('end', () => {
        try {
          let body = Buffer.concat(chunks);
          const coding = response.headers['content-encoding'];
          if (coding) body = DECODE[coding](body);
          resolve({ status: response.statusCode, json: JSON.parse(body.toString('utf8')) });
        } catch (e) {
          reject(e);
        }
      });
    });
    request.end(payload);
  });
}

/** The reply's `result`, or a thrown error for an HTTP or portal error. */
export async function bareCall(webhookUrl, method, params) {
  const { status, json } = await barePost(`${webhookUrl}${method}`, JSON.stringify(params));
  if (status !== 200 || json.error) throw new Error(`bare ${method}: HTTP ${status} ${json.error ?? ''}`);
  return json;
}
