/**
 * The `at` API as JavaScript source evaluated inside QuickJS, once per context, before the user's
 * script. It receives the host bridge `h` (functions that take and return strings only), builds
 * the frozen `at` and `console` globals, and returns internal hooks that only the worker keeps.
 *
 * Bridge functions, all strings in and out:
 *   h.data()                      JSON of the HostSnapshot
 *   h.call(method, argsJson)      JSON envelope `{ ok, value | error }` of a synchronous host call
 *   h.start(method, argsJson)     id of an asynchronous host call, settled later through `settle`
 *   h.crypto(op, argsJson)        JSON envelope of a node:crypto computation
 *   h.log(level, message)         records a console line
 *   h.record(recordJson)          records an assertion (an `at.test` or a failed `at.expect`)
 *   h.skip()                      marks the step as skipped
 *   h.source(name)                source code compiled on first use (only 'expect')
 *
 * A `pm` compatibility object can be added here later, built on the same bridge.
 *
 * NOTE: compiling this source is most of a short script's cost, because every script gets a
 * fresh context and the quickjs-emscripten 0.32 API declares no way to load precompiled bytecode.
 */
import { DESCRIBE_SOURCE } from './expect.js';

export const BOOTSTRAP_FILE = 'flow-runner:bootstrap';

export const BOOTSTRAP_SOURCE = `(function (h) {
  'use strict';
  var parseJson = JSON.parse;
  var toJson = JSON.stringify;
  var freeze = Object.freeze;
  var data = parseJson(h.data());
  var phase = data.phase;

  function fail(name, message) {
    var error = name === 'TypeError' ? new TypeError(message) : new Error(message);
    if (name !== 'TypeError' && name !== 'Error') error.name = name;
    return error;
  }

  function unwrap(envelopeJson) {
    var envelope = parseJson(envelopeJson);
    if (!envelope.ok) throw fail(envelope.error.name, envelope.error.message);
    return envelope.value;
  }

  function call(method, args) {
    return unwrap(h.call(method, toJson(args)));
  }

  function cryptoCall(op, args) {
    return unwrap(h.crypto(op, toJson(args)));
  }

  ${DESCRIBE_SOURCE}

  // Indirect eval compiles in the global scope; it is captured now, before user code runs.
  var evaluate = eval;
  var expectImplementation;

  function expect(actual) {
    if (expectImplementation === undefined) expectImplementation = evaluate(h.source('expect'))(describe);
    return expectImplementation(actual);
  }

  // Values cross to the host as JSON data, so code can never reach it: reject what JSON drops.
  function toData(value, what) {
    if (typeof value === 'function') {
      throw new TypeError(what + ' is a function; only JSON data (strings, numbers, booleans, null, arrays, plain objects) can be stored');
    }
    if (value === undefined) {
      throw new TypeError(what + ' is undefined; use at.variables.unset(name) to remove a variable');
    }
    var text;
    try {
      text = toJson(value);
    } catch (e) {
      throw new TypeError(what + ' cannot be converted to JSON: ' + (e && e.message));
    }
    if (text === undefined) throw new TypeError(what + ' cannot be converted to JSON');
    return parseJson(text);
  }

  function checkName(name, where) {
    if (typeof name !== 'string' || name === '') {
      throw new TypeError(where + ': the name must be a non-empty string, got ' + describe(name));
    }
  }

  function onlyIn(member, phases) {
    return function () {
      throw new Error(member + ' is only available in ' + phases);
    };
  }

  // --- variables, environment, secrets --------------------------------------------------------

  var variables = freeze({
    get: function (name) {
      checkName(name, 'at.variables.get');
      return call('getVariable', [name]);
    },
    has: function (name) {
      checkName(name, 'at.variables.has');
      return call('hasVariable', [name]);
    },
    set: function (name, value, options) {
      checkName(name, 'at.variables.set');
      var secret = options !== undefined && options !== null && options.secret === true;
      call('setVariable', [name, toData(value, 'the value of "' + name + '"'), { secret: secret }]);
    },
    unset: function (name) {
      checkName(name, 'at.variables.unset');
      call('unsetVariable', [name]);
    },
  });

  var environment = data.environment;
  var env = freeze({
    get: function (name) {
      checkName(name, 'at.env.get');
      if (!Object.prototype.hasOwnProperty.call(environment, name)) return undefined;
      var value = environment[name];
      return value !== null && typeof value === 'object' ? parseJson(toJson(value)) : value;
    },
    has: function (name) {
      return typeof name === 'string' && Object.prototype.hasOwnProperty.call(environment, name);
    },
  });

  var secrets = freeze({
    get: function (name) {
      checkName(name, 'at.secrets.get');
      var value = call('getSecret', [name]);
      return value === null ? undefined : value;
    },
  });

  // --- responses ------------------------------------------------------------------------------

  function makeHeaders(pairs) {
    var lookup = {};
    for (var i = 0; i < pairs.length; i++) {
      var key = String(pairs[i][0]).toLowerCase();
      lookup[key] = lookup[key] === undefined ? pairs[i][1] : lookup[key] + ', ' + pairs[i][1];
    }
    return freeze({
      get: function (name) {
        var value = lookup[String(name).toLowerCase()];
        return value === undefined ? undefined : value;
      },
      has: function (name) {
        return Object.prototype.hasOwnProperty.call(lookup, String(name).toLowerCase());
      },
      toObject: function () {
        var copy = {};
        for (var key in lookup) copy[key] = lookup[key];
        return copy;
      },
    });
  }

  function makeResponse(source, label) {
    var body = source.body;
    return freeze({
      status: source.status,
      statusText: source.statusText,
      headers: makeHeaders(source.headers),
      duration: source.durationMs,
      size: source.size,
      text: function () {
        return body;
      },
      json: function () {
        try {
          return parseJson(body);
        } catch (e) {
          var excerpt = body.length > 80 ? body.slice(0, 80) + '...' : body;
          throw new SyntaxError(label + '.json(): the body is not valid JSON (' + e.message + '); it starts with ' + toJson(excerpt));
        }
      },
    });
  }

  // --- asynchronous host calls ----------------------------------------------------------------

  var pending = {};

  function start(method, args) {
    return new Promise(function (resolve, reject) {
      var id = h.start(method, toJson(args));
      pending[id] = { resolve: resolve, reject: reject };
    });
  }

  function settle(id, envelopeJson) {
    var entry = pending[id];
    delete pending[id];
    var envelope = parseJson(envelopeJson);
    if (envelope.ok) entry.resolve(envelope.value);
    else entry.reject(fail(envelope.error.name, envelope.error.message));
  }

  function sendRequest(request) {
    var spec = typeof request === 'string' ? { url: request } : request;
    if (spec === null || typeof spec !== 'object' || typeof spec.url !== 'string') {
      return Promise.reject(new TypeError('at.sendRequest: pass a URL string or an object with a string "url"'));
    }
    var plain;
    try {
      plain = toData(spec, 'the request');
    } catch (e) {
      return Promise.reject(e);
    }
    return start('sendRequest', [plain]).then(function (response) {
      return makeResponse(response, 'response');
    });
  }

  // --- tests ----------------------------------------------------------------------------------

  var running = [];

  function record(name, error) {
    var entry = { name: name, passed: error === undefined };
    if (error !== undefined) {
      entry.message = error && error.message !== undefined ? String(error.message) : String(error);
      if (error && error.name === 'AssertionError') {
        if (error.hasExpected) entry.expected = safeData(error.expected);
        entry.actual = safeData(error.actual);
      }
    }
    h.record(toJson(entry));
  }

  // Interrupts, out-of-memory and stack overflow end the script; a test must not swallow them.
  function isFatal(error) {
    return typeof InternalError === 'function' && error instanceof InternalError;
  }

  function test(name, fn) {
    if (typeof name !== 'string') throw new TypeError('at.test: the first argument must be the test name');
    if (typeof fn !== 'function') throw new TypeError('at.test("' + name + '"): the second argument must be a function');
    var done;
    try {
      var result = fn();
      if (result !== null && typeof result === 'object' && typeof result.then === 'function') {
        done = Promise.resolve(result).then(
          function () { record(name); },
          function (error) {
            if (isFatal(error)) throw error;
            record(name, error);
          }
        );
      } else {
        record(name);
        done = Promise.resolve();
      }
    } catch (error) {
      if (isFatal(error)) throw error;
      record(name, error);
      done = Promise.resolve();
    }
    running.push(done);
    return done;
  }

  // --- crypto ---------------------------------------------------------------------------------

  var crypto = freeze({
    uuid: function () {
      return cryptoCall('uuid', []);
    },
    randomBytes: function (size) {
      return cryptoCall('randomBytes', [size]);
    },
    sha256: function (input, encoding) {
      return cryptoCall('sha256', [String(input), encoding === undefined ? 'hex' : encoding]);
    },
    hmac: function (algorithm, key, input, encoding) {
      return cryptoCall('hmac', [algorithm, String(key), String(input), encoding === undefined ? 'hex' : encoding]);
    },
    base64: freeze({
      encode: function (text) {
        return cryptoCall('base64Encode', [String(text)]);
      },
      decode: function (text) {
        return cryptoCall('base64Decode', [String(text)]);
      },
    }),
  });

  // --- console --------------------------------------------------------------------------------

  function format(args) {
    var parts = [];
    for (var i = 0; i < args.length; i++) {
      parts.push(typeof args[i] === 'string' ? args[i] : describe(args[i], 100000));
    }
    return parts.join(' ');
  }

  function logger(level) {
    return function () {
      h.log(level, format(arguments));
    };
  }

  globalThis.console = freeze({
    log: logger('log'),
    info: logger('info'),
    warn: logger('warn'),
    error: logger('error'),
    debug: logger('debug'),
  });

  // --- the at object --------------------------------------------------------------------------

  var request = data.request === undefined ? undefined : data.request;
  var response = data.response === undefined ? undefined : makeResponse(data.response, 'at.response');

  var at = {
    variables: variables,
    env: env,
    secrets: secrets,
    iteration: data.iteration,
    vu: data.vu,
    flow: data.flow,
    step: data.step,
    phase: phase,
    test: test,
    expect: expect,
    sendRequest: sendRequest,
    crypto: crypto,
    skip: phase === 'pre'
      ? function () { h.skip(); }
      : onlyIn('at.skip()', 'pre scripts'),
    export: phase !== 'afterAll'
      ? onlyIn('at.export', 'afterAll')
      : data.canExport
        ? function (options) { return start('export', [toData(options, 'the export options')]); }
        : function () { return Promise.reject(new Error('at.export is not available in this run')); },
  };
  Object.defineProperty(at, 'request', {
    enumerable: true,
    get: phase === 'pre' ? function () { return request; } : onlyIn('at.request', 'pre scripts'),
  });
  Object.defineProperty(at, 'response', {
    enumerable: true,
    get: phase === 'post' ? function () { return response; } : onlyIn('at.response', 'post scripts'),
  });
  Object.defineProperty(at, 'results', {
    enumerable: true,
    get: phase === 'afterAll' ? function () { return data.results; } : onlyIn('at.results', 'afterAll'),
  });
  globalThis.at = freeze(at);

  if (phase === 'if') {
    globalThis.vars = new Proxy(freeze({}), {
      get: function (_target, name) {
        return typeof name === 'string' ? call('getVariable', [name]) : undefined;
      },
      has: function (_target, name) {
        return typeof name === 'string' && call('hasVariable', [name]);
      },
      set: function () {
        throw new TypeError('vars is read-only in an if expression');
      },
      deleteProperty: function () {
        throw new TypeError('vars is read-only in an if expression');
      },
    });
  }

  // Internal hooks, held by the worker only: never reachable from the user's script.
  return {
    settle: settle,
    request: function () {
      return request === undefined ? '' : toJson(request);
    },
    finish: function (main) {
      return Promise.resolve(main).then(
        function (value) {
          return Promise.all(running).then(function () {
            return phase === 'if' ? (value ? 'true' : 'false') : '';
          });
        },
        function (error) {
          if (error && error.name === 'AssertionError') record('at.expect', error);
          throw error;
        }
      );
    },
  };
})(globalThis.__host)`;
