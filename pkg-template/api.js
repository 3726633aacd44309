// The public JS API, built over the wasm module's exports. The wasm side validates, sends and
// decodes; this file only turns its plain rejections into B24Error instances, parses replies
// and builds the typed per-method functions from the method table.

import { expandTable } from './table.js';

/**
 * Builds the package's exports over an initialised wasm module. `defaultFetch` is the
 * environment's fastest `fetch` (the Node entry passes one over node:http); a client's own
 * `fetch` option wins over it.
 */
export function createApi(wasm, defaultFetch) {
  const { WasmClient, methodsJson } = wasm;
  const withFetch = (options) => (defaultFetch && !options?.fetch ? { ...options, fetch: defaultFetch } : options);

  class B24Error extends Error {
    constructor(data) {
      super(data.message);
      this.name = 'B24Error';
      this.code = data.code;
      this.description = data.description;
      if (data.status !== undefined) this.status = data.status;
      if (data.method !== undefined) this.method = data.method;
      if (data.field !== undefined) this.field = data.field;
      if (data.kind !== undefined) this.kind = data.kind;
    }
  }

  function isB24Error(value) {
    return value instanceof B24Error;
  }

  // The wasm module rejects with plain { code, message, ... } objects; anything else
  // (a JS exception thrown by user code, e.g. inside refresh()) is passed on unchanged.
  function toError(thrown) {
    if (thrown && typeof thrown === 'object' && typeof thrown.code === 'string' && !(thrown instanceof Error)) {
      return new B24Error(thrown);
    }
    return thrown;
  }

  function encodeParams(method, params) {
    if (params === undefined || params === null) return '{}';
    try {
      return JSON.stringify(params);
    } catch (cause) {
      throw new B24Error({
        code: 'INVALID_PARAM',
        method,
        field: 'params',
        description: `params cannot be sent as JSON: ${cause.message}`,
        message: `${method}: params cannot be sent as JSON: ${cause.message}`,
      });
    }
  }

  let table;
  /** The method table: name, scopes, deprecated, reads, params (wire name, type, required). */
  function methods() {
    table ??= deepFreeze(expandTable(JSON.parse(methodsJson())));
    return table;
  }

  // Factories hand a WasmClient to the constructor through this token, so `new Client()`
  // from user code fails with a clear message instead of building a broken client.
  const internal = Symbol('b24-wasm internal');

  class Client {
    #wasm;
    #namespaces = new Map();

    constructor(token, wasmClient) {
      if (token !== internal) {
        throw new TypeError('Use Client.webhook(url), Client.oauth({...}) or Client.bx24() to create a client');
      }
      this.#wasm = wasmClient;
    }

    /** A client for an incoming webhook: `https://<portal>/rest/<user>/<secret>/`. */
    static webhook(url, options) {
      return Client.#make(() => WasmClient.webhook(String(url), withFetch(options)));
    }

    /** A client for an OAuth app; `refresh()` gives a new access token on `expired_token`. */
    static oauth({ endpoint, accessToken, refresh, ...options } = {}) {
      if (typeof refresh !== 'function') {
        throw new B24Error({ code: 'INVALID_CONFIG', description: 'refresh must be a function', message: 'b24: refresh must be a function' });
      }
      return Client.#make(() => WasmClient.oauth(String(endpoint ?? ''), String(accessToken ?? ''), refresh, withFetch(options)));
    }

    /** A client over `BX24.callMethod` inside a Bitrix24 placement iframe. */
    static bx24(bx24 = globalThis.BX24, options) {
      return Client.#make(() => WasmClient.bx24(bx24, options));
    }

    static #make(create) {
      try {
        return new Client(internal, create());
      } catch (thrown) {
        throw toError(thrown);
      }
    }

    /** Calls a method; resolves to the reply's `result`. */
    async call(method, params) {
      return (await this.callReply(method, params)).result;
    }

    /** Calls a method; resolves to the whole reply: `result`, `time`, and `total`/`next`. */
    async callReply(method, params) {
      const body = encodeParams(method, params);
      let text;
      try {
        text = await this.#wasm.call(String(method), body);
      } catch (thrown) {
        throw toError(thrown);
      }
      return JSON.parse(text);
    }

    /** Validates params as `call` would, without sending; throws B24Error when refused. */
    check(method, params) {
      try {
        this.#wasm.check(String(method), encodeParams(method, params));
      } catch (thrown) {
        throw toError(thrown);
      }
    }

    /**
     * Runs commands in batches of up to 50. `commands` is an array of `[method, params]` or an
     * object of `key: [method, params]`; the answer is keyed the same way.
     */
    async batch(commands, { halt = false } = {}) {
      const keyed = Array.isArray(commands);
      const entries = keyed ? commands.map((c, i) => [String(i), c]) : Object.entries(commands ?? {});
      const rows = entries.map(([key, command]) => {
        const [method, params] = Array.isArray(command) ? command : [];
        return [key, String(method), params ?? {}];
      });
      let text;
      try {
        text = await this.#wasm.batch(encodeParams('batch', rows), Boolean(halt));
      } catch (thrown) {
        throw toError(thrown);
      }
      const result = keyed ? [] : {};
      const errors = keyed ? [] : {};
      const total = {};
      const next = {};
      for (const row of JSON.parse(text)) {
        const key = keyed ? Number(row.key) : row.key;
        if ('error' in row) errors[key] = new B24Error(row.error);
        else result[key] = row.result;
        if (row.total !== undefined) total[key] = row.total;
        if (row.next !== undefined) next[key] = row.next;
      }
      return { result, errors, total, next };
    }

    /**
     * Every row of a list method, fetched 50 pages per request. Options: `idField` (reads by
     * ID, the fastest way), `rowsAt`, `limit`, `signal` (AbortSignal), `onProgress`.
     */
    async *list(method, params, { idField, rowsAt, limit, signal, onProgress } = {}) {
      let cursor;
      try {
        cursor = this.#wasm.list(String(method), encodeParams(method, params), JSON.stringify({ idField, rowsAt, limit }));
      } catch (thrown) {
        throw toError(thrown);
      }
      let rows = 0;
      for (;;) {
        signal?.throwIfAborted();
        let text;
        try {
          text = await cursor.next();
        } catch (thrown) {
          throw toError(thrown);
        }
        if (text === null) return;
        const page = JSON.parse(text);
        rows += page.rows.length;
        onProgress?.({ rows, total: page.total });
        for (const row of page.rows) {
          yield row;
        }
      }
    }

    /** Requests sent, retries, refusals received and milliseconds waited for the limits. */
    stats() {
      return this.#wasm.stats();
    }

    namespace(root) {
      let node = this.#namespaces.get(root);
      if (!node) {
        node = buildNamespace(this, root);
        this.#namespaces.set(root, node);
      }
      return node;
    }

    get imopenlines() { return this.namespace('imopenlines'); }
    get imconnector() { return this.namespace('imconnector'); }
    get im() { return this.namespace('im'); }
    get imbot() { return this.namespace('imbot'); }
  }

  // Per-method functions come from the table at run time, so the .wasm exports one `call`
  // and no function per method. A node that is itself a method is a callable function.
  function buildNamespace(client, root) {
    const node = {};
    for (const { name } of methods()) {
      const parts = name.split('.');
      if (parts[0] !== root) continue;
      let here = node;
      for (let i = 1; i < parts.length; i++) {
        const part = parts[i];
        const last = i === parts.length - 1;
        const existing = here[part];
        if (last) {
          const fn = (params) => client.call(name, params);
          if (existing) Object.entries(existing).forEach(([k, v]) => define(fn, k, v));
          define(here, part, fn);
        } else if (!existing) {
          define(here, part, {});
        }
        here = here[part];
      }
    }
    return node;
  }

  return { Client, B24Error, isB24Error, methods, resultRef };
}

/** `$result[key][field]...`: a batch command's param that takes an earlier command's result. */
export function resultRef(key, ...path) {
  return `$result[${key}]${path.map((p) => `[${p}]`).join('')}`;
}

// defineProperty, not assignment: a function node's own `name`/`length` are read-only.
function define(target, key, value) {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

function deepFreeze(value) {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
