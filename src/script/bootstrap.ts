/**
 * The `at` API as JavaScript source for QuickJS. The source is a function of the host bridge `h`
 * (functions that take and return strings only); a sandbox calls it once per context. It freezes
 * the built-ins and returns two hooks that only the worker keeps:
 *
 *   open()    builds the `at` and `console` globals of the next script and returns its hooks
 *             (`settle`, `request`, `finish`)
 *   close()   ends that script, removes the globals it added and returns whether the context can
 *             serve another script
 *
 * Bridge functions, all strings in and out, which act for the open script:
 *   h.data()                      JSON of the HostSnapshot
 *   h.call(method, argsJson)      JSON envelope `{ ok, value | error }` of a synchronous host call
 *   h.start(method, argsJson)     id of an asynchronous host call, settled later through `settle`
 *   h.crypto(op, argsJson)        JSON envelope of a node:crypto computation
 *   h.log(level, message)         records a console line
 *   h.record(recordJson)          records an assertion (an `at.test` or a failed `at.expect`)
 *   h.skip()                      marks the step as skipped
 *   h.source(name)                source code compiled with the bootstrap (only 'expect')
 *
 * Compiling this source costs about ten times a short script's run (quickjs-emscripten 0.32 offers
 * no bytecode cache), which is why a context serves many scripts instead of one.
 */
import { DESCRIBE_SOURCE } from './expect.js';

export const BOOTSTRAP_FILE = 'flow-runner:bootstrap';

export const BOOTSTRAP_SOURCE = `(function (h) {
  'use strict';
  var parseJson = JSON.parse;
  var toJson = JSON.stringify;
  var freeze = Object.freeze;
  var defineProperty = Object.defineProperty;
  var getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  var getPrototypeOf = Object.getPrototypeOf;
  var isExtensible = Object.isExtensible;
  var ownKeys = Reflect.ownKeys;
  var deleteProperty = Reflect.deleteProperty;

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

  ${DESCRIBE_SOURCE}

  // Indirect eval compiles in the global scope. \`expect\` is compiled while the sandbox is
  // built, so that no script's deadline pays for it.
  var evaluate = eval;
  var expect = evaluate(h.source('expect'))(describe);

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

  // The options of at.cookies.set and the type each one takes.
  var COOKIE_OPTION_TYPES = {
    url: 'string',
    path: 'string',
    domain: 'string',
    secure: 'boolean',
    httpOnly: 'boolean',
    maxAge: 'number',
    expires: 'string or number',
  };

  function cookieOptions(options, where) {
    if (options === undefined || options === null) return {};
    if (typeof options !== 'object' || Array.isArray(options)) {
      throw new TypeError(where + ': the options must be an object, got ' + describe(options));
    }
    var plain = {};
    var keys = Object.keys(options);
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i];
      var value = options[key];
      if (!Object.prototype.hasOwnProperty.call(COOKIE_OPTION_TYPES, key)) {
        throw new TypeError(where + ': unknown option "' + key + '"; the options are ' + Object.keys(COOKIE_OPTION_TYPES).join(', '));
      }
      if (value === undefined) continue;
      var type = typeof value;
      var expected = COOKIE_OPTION_TYPES[key];
      var valid = key === 'expires' ? type === 'string' || type === 'number' : type === expected;
      if (!valid) throw new TypeError(where + ': the option ' + key + ' must be a ' + expected + ', got ' + describe(value));
      if (type === 'number' && !isFinite(value)) throw new TypeError(where + ': the option ' + key + ' must be a finite number, got ' + describe(value));
      plain[key] = value;
    }
    return plain;
  }

  function onlyIn(member, phases) {
    return function () {
      throw new Error(member + ' is only available in ' + phases);
    };
  }

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
      url: source.url,
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

  // Interrupts, out-of-memory and stack overflow end the script; a test must not swallow them.
  function isFatal(error) {
    return typeof InternalError === 'function' && error instanceof InternalError;
  }

  // --- one script --------------------------------------------------------------------------------

  // Each script opens its own \`at\` and \`console\`. \`active\` names the open one, so an \`at\`
  // kept past its script's end cannot call the host on behalf of the next script.
  var opened = 0;
  var active = 0;

  function open() {
    var id = ++opened;
    active = id;
    var data = parseJson(h.data());
    var phase = data.phase;

    function guard() {
      if (active !== id) throw new Error('this at object belongs to a script that has ended');
    }

    function call(method, args) {
      guard();
      return unwrap(h.call(method, toJson(args)));
    }

    function cryptoCall(op, args) {
      guard();
      return unwrap(h.crypto(op, toJson(args)));
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

    // --- cookies --------------------------------------------------------------------------------

    // Pre scripts default to the request's current URL and post scripts to the response's URL.
    // The other phases have no request to default to.
    function cookieUrl(url, where) {
      if (url === undefined) {
        if (phase === 'pre') return request.url;
        if (phase === 'post') return data.response.url;
        var scripts = phase === 'if' ? 'if expressions' : phase + ' scripts';
        throw new Error(where + ' needs a URL in ' + scripts + ': only pre and post scripts have a default URL');
      }
      if (typeof url !== 'string' || url === '') {
        throw new TypeError(where + ': the URL must be a non-empty string, got ' + describe(url));
      }
      return url;
    }

    function cookieCall(method, where, args) {
      try {
        return call(method, args);
      } catch (e) {
        throw fail(e.name, where + ': ' + e.message);
      }
    }

    var cookies = freeze({
      get: function (name, url) {
        checkName(name, 'at.cookies.get');
        var value = cookieCall('getCookie', 'at.cookies.get', [name, cookieUrl(url, 'at.cookies.get')]);
        return value === null ? undefined : value;
      },
      has: function (name, url) {
        checkName(name, 'at.cookies.has');
        return cookieCall('getCookie', 'at.cookies.has', [name, cookieUrl(url, 'at.cookies.has')]) !== null;
      },
      toObject: function (url) {
        return cookieCall('getCookies', 'at.cookies.toObject', [cookieUrl(url, 'at.cookies.toObject')]);
      },
      set: function (name, value, options) {
        checkName(name, 'at.cookies.set');
        if (typeof value !== 'string') {
          throw new TypeError('at.cookies.set: the value of "' + name + '" must be a string, got ' + describe(value));
        }
        var spec = cookieOptions(options, 'at.cookies.set');
        spec.url = cookieUrl(spec.url, 'at.cookies.set');
        cookieCall('setCookie', 'at.cookies.set', [name, value, spec]);
      },
      unset: function (name, url) {
        checkName(name, 'at.cookies.unset');
        cookieCall('unsetCookie', 'at.cookies.unset', [name, cookieUrl(url, 'at.cookies.unset')]);
      },
      // Without a URL this empties the jar, so no default URL applies.
      clear: function (url) {
        var args = url === undefined ? [] : [cookieUrl(url, 'at.cookies.clear')];
        cookieCall('clearCookies', 'at.cookies.clear', args);
      },
    });

    // --- asynchronous host calls ----------------------------------------------------------------

    var pending = {};

    function start(method, args) {
      return new Promise(function (resolve, reject) {
        guard();
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
      guard();
      h.record(toJson(entry));
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
        guard();
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
      cookies: cookies,
      iteration: data.iteration,
      vu: data.vu,
      flow: data.flow,
      step: data.step,
      phase: phase,
      test: test,
      expect: function (actual) {
        guard();
        return expect(actual);
      },
      sendRequest: sendRequest,
      crypto: crypto,
      skip: phase === 'pre'
        ? function () { guard(); h.skip(); }
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

    // The script's hooks, held by the worker only: never reachable from the user's script.
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
  }

  // --- sharing the context between scripts ---------------------------------------------------

  // Scripts of this context share its built-ins, so they are frozen before the first script runs.
  // An assignment to one throws in strict code, and in sloppy code throws or has no effect.
  // Globals that a script adds are removed by close().
  var TAMED = ['constructor', 'name', 'message', 'toString', 'toLocaleString', 'valueOf', 'toJSON'];

  // On a frozen prototype these names would also reject assignments to objects that inherit them
  // (\`error.name = 'AuthError'\`), so they become accessors that give the object its own property.
  function tame(object, key, descriptor) {
    var value = descriptor.value;
    defineProperty(object, key, {
      get() {
        return value;
      },
      set(replacement) {
        if (this === object) throw new TypeError('cannot assign to ' + String(key) + ' of a built-in: built-ins are read-only in scripts');
        if (this === null || (typeof this !== 'object' && typeof this !== 'function')) return;
        defineProperty(this, key, { value: replacement, writable: true, enumerable: true, configurable: true });
      },
      enumerable: descriptor.enumerable,
      configurable: false,
    });
  }

  // Objects of the language that no global property leads to.
  function hiddenIntrinsics() {
    var found = [
      getPrototypeOf(function* () {}),
      getPrototypeOf(async function () {}),
      getPrototypeOf(async function* () {}),
      getPrototypeOf([][Symbol.iterator]()),
      getPrototypeOf(new Map()[Symbol.iterator]()),
      getPrototypeOf(new Set()[Symbol.iterator]()),
      getPrototypeOf(''[Symbol.iterator]()),
      getPrototypeOf(/a/[Symbol.matchAll]('a')),
    ];
    var values = [][Symbol.iterator]();
    if (typeof values.map === 'function') found.push(getPrototypeOf(values.map(function (x) { return x; })));
    if (typeof Iterator === 'function' && typeof Iterator.from === 'function') {
      found.push(getPrototypeOf(Iterator.from({ next: function () { return { done: true }; } })));
    }
    return found;
  }

  // Freezes everything reachable from the global object, which itself stays open for the globals
  // of one script; returns the names it had.
  function harden() {
    var seen = new Set([globalThis]);
    var queue = hiddenIntrinsics();
    var names = ownKeys(globalThis);
    for (var i = 0; i < names.length; i++) {
      var global = getOwnPropertyDescriptor(globalThis, names[i]);
      queue.push(global.value, global.get, global.set);
      defineProperty(globalThis, names[i], 'value' in global ? { writable: false, configurable: false } : { configurable: false });
    }
    while (queue.length > 0) {
      var object = queue.pop();
      if ((typeof object !== 'object' || object === null) && typeof object !== 'function') continue;
      if (seen.has(object)) continue;
      seen.add(object);
      queue.push(getPrototypeOf(object));
      var keys = ownKeys(object);
      for (var j = 0; j < keys.length; j++) {
        var own = getOwnPropertyDescriptor(object, keys[j]);
        if (own.writable && own.configurable && TAMED.indexOf(keys[j]) !== -1) {
          tame(object, keys[j], own);
          own = getOwnPropertyDescriptor(object, keys[j]);
        }
        queue.push(own.value, own.get, own.set);
      }
      freeze(object);
    }
    return names;
  }

  var globalPrototype = getPrototypeOf(globalThis);
  var builtIn = new Set(harden());

  // Ends the open script and removes the globals it added. Returns false when the global object
  // cannot be put back as the first script found it, so the worker builds a new context instead.
  function close() {
    active = 0;
    if (!isExtensible(globalThis) || getPrototypeOf(globalThis) !== globalPrototype) return false;
    var names = ownKeys(globalThis);
    for (var i = 0; i < names.length; i++) {
      if (!builtIn.has(names[i]) && !deleteProperty(globalThis, names[i])) return false;
    }
    return true;
  }

  return { open: open, close: close };
})`;
