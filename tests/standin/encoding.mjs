// Content-Encoding for the stand-in's JSON replies, as a portal's nginx does it: a reply larger
// than COMPRESS_ABOVE bytes is compressed when the request's Accept-Encoding asks for gzip,
// deflate or br; smaller ones (a single call's answer) go as they are.
import { gzipSync, deflateSync, brotliCompressSync, constants } from 'node:zlib';

/** nginx's gzip_min_length is 20 bytes; 1 KB keeps single-call answers plain, as most portals. */
export const COMPRESS_ABOVE = 1024;

const ENCODERS = {
  gzip: (buf) => gzipSync(buf),
  deflate: (buf) => deflateSync(buf), // HTTP "deflate" is the zlib format (RFC 9110 8.4.1.2)
  // Quality 11 (the default) takes ~100 ms on a 2,500-row page; on-the-fly servers use 4-6.
  br: (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
};

/**
 * The first coding in the client's Accept-Encoding list that the stand-in has (q=0 excluded),
 * or null. Order is the client's preference; q-values other than 0 are not compared.
 */
export function chooseEncoding(acceptEncoding) {
  for (const part of String(acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    if (q && Number(q[1]) === 0) continue;
    if (Object.hasOwn(ENCODERS, name)) return name;
  }
  return null;
}

/** Returns the bytes to send and the headers that describe them. */
export function encodeReply(req, buf) {
  const coding = buf.length > COMPRESS_ABOVE ? chooseEncoding(req?.headers?.['accept-encoding']) : null;
  if (!coding) return { body: buf, headers: { 'Content-Length': buf.length } };
  const body = ENCODERS[coding](buf);
  return { body, headers: { 'Content-Encoding': coding, 'Content-Length': body.length, Vary: 'Accept-Encoding' } };
}
