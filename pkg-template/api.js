// The public JS API, built over the wasm module's exports. The wasm side validates, sends and
// decodes; this file only turns its plain rejections into B24Error instances, parses replies
// and builds the typed per-method functions from the method table.

import { expandTable } from './table.js';
// The compact method table as JSON text, written by the build next to this file: `methods()`
// and the per-method namespaces are synchronous and must not wait for the wasm module.
import methodsJson from './methods-table.js';

/**
 * Builds the package's exports. Each entry file says only how to get the wasm module:
 * `load()` resolves to the initialised wasm-bindgen module's exports and is called once, on
 * first use (no top-level await, so every bundler and target can import the entry).
 * `loadSync()`, where the entry has the bytes at hand (Node, workerd), lets synchronous
 * functions such as `check()` load it on the spot; elsewhere they need `await ready()` first.
 * `defaultFetch` is the environment's fastest `fetch` (the Node entry passes one over
 * node:http); a client's own `fetch` option wins over it.
 */
export function createApi({ load, loadSync, defaultFetch } = {}) {
  const withFetch = (options) => (defaultFetch && !options?.fetch ? { ...options, fetch: defaultFetch } : options);

  let wasm; // the glue's exports, once instantiated
  let loading; // the one pending load(), shared by every caller; cleared on failure so a later call retries

  const notLoaded = (cause) => {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const error = new B24Error({
      code: 'INVALID_CONFIG',
      description: `the WebAssembly module could not be loaded: ${reason}`,
      message: `b24: the WebAssembly module could not be loaded: ${reason}`,
    });
    error.cause = cause;
    return error;
  };

  /** The wasm module if it is loaded or can be loaded synchronously here, else undefined. */
  function wasmNow() {
    if (wasm === undefined && loadSync) {
      try {
        wasm = loadSync();
      } catch (cause) {
        throw notLoaded(cause);
      }
    }
    return wasm;
  }

  function wasmLater() {
    if (wasmNow() !== undefined) return Promise.resolve(wasm);
    loading ??= Promise.resolve()
      .then(load)
      .then(
        (loaded) => (wasm = loaded),
        (cause) => {
          loading = undefined;
          throw notLoaded(cause);
        },
      );
    return loading;
  }

  /** Resolves once the wasm module is loaded; synchronous `check()` needs it in browsers. */
  async function ready() {
    await wasmLater();
  }

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
    table ??= deepFreeze(expandTable(JSON.parse(methodsJson)));
    return table;
  }

  // Factories hand a WasmClient to the constructor through this token, so `new Client()`
  // from user code fails with a clear message instead of building a broken client.
  const internal = Symbol('b24-wasm internal');

  class Client {
    #wasm; // the WasmClient, once the wasm module is loaded
    #create; // makes the WasmClient from the loaded module
    #namespaces = new Map();

    constructor(token, create) {
      if (token !== internal) {
        throw new TypeError('Use Client.webhook(url), Client.oauth({...}) or Client.bx24() to create a client');
      }
      this.#create = create;
      // With the module at hand, a bad URL or option throws here, as it always did; before it
      // is loaded, the first call rejects with the same error instead.
      const loaded = wasmNow();
      if (loaded !== undefined) this.#wasm = Client.#build(create, loaded);
    }

    /** A client for an incoming webhook: `https://<portal>/rest/<user>/<secret>/`. */
    static webhook(url, options) {
      return new Client(internal, (m) => m.WasmClient.webhook(String(url), withFetch(options)));
    }

    /** A client for an OAuth app; `refresh()` gives a new access token on `expired_token`. */
    static oauth({ endpoint, accessToken, refresh, ...options } = {}) {
      if (typeof refresh !== 'function') {
        throw new B24Error({ code: 'INVALID_CONFIG', description: 'refresh must be a function', message: 'b24: refresh must be a function' });
      }
      return new Client(internal, (m) => m.WasmClient.oauth(String(endpoint ?? ''), String(accessToken ?? ''), refresh, withFetch(options)));
    }

    /** A client over `BX24.callMethod` inside a Bitrix24 placement iframe. */
    static bx24(bx24 = globalThis.BX24, options) {
      return new Client(internal, (m) => m.WasmClient.bx24(bx24, options));
    }

    static #build(create, loaded) {
      try {
        return create(loaded);
      } catch (thrown) {
        throw toError(thrown);
      }
    }

    /** The WasmClient, loading the wasm module first if needed. */
    async #client() {
      if (this.#wasm === undefined) {
        const loaded = await wasmLater();
        this.#wasm ??= Client.#build(this.#create, loaded);
      }
      return this.#wasm;
    }

    /** The WasmClient for a synchronous method; throws when the module is not loaded yet. */
    #clientNow(what) {
      if (this.#wasm === undefined) {
        const loaded = wasmNow();
        if (loaded === undefined) {
          throw new B24Error({
            code: 'INVALID_CONFIG',
            description: `${what} needs the WebAssembly module: \`await ready()\` once before calling it`,
            message: `b24: ${what} needs the WebAssembly module: \`await ready()\` once before calling it`,
          });
        }
        this.#wasm = Client.#build(this.#create, loaded);
      }
      return this.#wasm;
    }

    /** Calls a method; resolves to the reply's `result`. */
    async call(method, params) {
      return (await this.callReply(method, params)).result;
    }

    /** Calls a method; resolves to the whole reply: `result`, `time`, and `total`/`next`. */
    async callReply(method, params) {
      const body = encodeParams(method, params);
      const wasmClient = await this.#client();
      let text;
      try {
        text = await wasmClient.call(String(method), body);
      } catch (thrown) {
        throw toError(thrown);
      }
      return JSON.parse(text);
    }

    /** Validates params as `call` would, without sending; throws B24Error when refused. */
    check(method, params) {
      const wasmClient = this.#clientNow('check()');
      try {
        wasmClient.check(String(method), encodeParams(method, params));
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
      const wasmClient = await this.#client();
      let text;
      try {
        text = await wasmClient.batch(encodeParams('batch', rows), Boolean(halt));
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
      const wasmClient = await this.#client();
      let cursor;
      try {
        cursor = wasmClient.list(String(method), encodeParams(method, params), JSON.stringify({ idField, rowsAt, limit }));
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
      // A client whose module is not loaded yet has sent nothing.
      if (this.#wasm === undefined && wasmNow() === undefined) return { requests: 0, retries: 0, refusals: 0, waitedMs: 0 };
      return this.#clientNow('stats()').stats();
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

  return { Client, B24Error, isB24Error, methods, resultRef, ready };
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
