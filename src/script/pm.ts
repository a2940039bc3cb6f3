/**
 * Postman's `pm` object and legacy globals as JavaScript evaluated inside QuickJS after the `at`
 * bootstrap, for scripts whose flow marks them `{ postman: ... }`. Everything is built on the
 * public `at` API, so a Postman script can do nothing an `at` script cannot.
 *
 * Postman scopes (environment, globals, collection variables, local variables, iteration data)
 * all map to flow-runner's variables, so a value set in one is read back from any other. A
 * Postman run resolves names the same way when each name lives in one scope.
 *
 * The source evaluates to `{ drain }`. The sandbox passes the user's main promise to
 * `drain(main)`, which also waits for `pm.sendRequest` callbacks, turns legacy `tests[...]`
 * entries into test records and, in pre scripts, keeps the request for `pm.request` in the
 * test script of the same step.
 */

export const PM_FILE = 'flow-runner:pm';

/** The variable that carries the sent request from a step's pre script to its test script. */
export const PM_REQUEST_VARIABLE = '__pm_request';

/**
 * Calls Postman offers that flow-runner does not: each becomes a failed test named after the
 * call when a script reaches it. The importer reports the same list at import time.
 */
/**
 * Methods of Postman's cookie list (a PropertyList) beyond get, has and toObject. pm.cookies
 * does not offer them; each fails like any other unsupported call.
 */
export const PM_COOKIE_LIST_METHODS = [
  'all',
  'count',
  'each',
  'filter',
  'find',
  'idx',
  'indexOf',
  'map',
  'one',
  'reduce',
  'add',
  'append',
  'clear',
  'insert',
  'populate',
  'prepend',
  'remove',
  'upsert',
] as const;

export const PM_UNSUPPORTED = [
  'pm.visualizer',
  'pm.vault',
  'pm.require',
  'pm.execution.setNextRequest',
  'postman.setNextRequest',
  'pm.environment.clear',
  'pm.globals.clear',
  'pm.collectionVariables.clear',
  'pm.environment.toObject',
  'pm.globals.toObject',
  'pm.collectionVariables.toObject',
  'pm.iterationData.toObject',
  'postman.clearEnvironmentVariables',
  'postman.clearGlobalVariables',
  'require',
  'CryptoJS',
  'cheerio',
  'xml2Json',
  '_',
  'setTimeout',
  ...PM_COOKIE_LIST_METHODS.map((method) => `pm.cookies.${method}` as const),
] as const;

export const PM_SOURCE = `(function (at) {
  'use strict';
  var PM_COOKIE_LIST_METHODS = ${JSON.stringify(PM_COOKIE_LIST_METHODS)};
  var toJson = JSON.stringify;
  var parseJson = JSON.parse;
  var pending = [];
  var legacyTests = {};
  var testDepth = 0;

  // --- names and values -----------------------------------------------------------------------

  // The importer rewrites Postman names that are not identifiers ("base-url", "a/b") the same way.
  function variableName(name) {
    var text = String(name).replace(/[^A-Za-z0-9_]/g, '_');
    return /^[0-9]/.test(text) ? '_' + text : text;
  }

  function show(value) {
    if (typeof value === 'string') return toJson(value);
    if (value === undefined) return 'undefined';
    if (typeof value === 'function') return '[function]';
    if (value instanceof RegExp) return String(value);
    try {
      var text = toJson(value);
      if (text === undefined) return String(value);
      return text.length > 200 ? text.slice(0, 200) + '...' : text;
    } catch (e) {
      return String(value);
    }
  }

  function typeOf(value) {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'array';
    if (value instanceof RegExp) return 'regexp';
    return typeof value;
  }

  function deepEqual(a, b) {
    if (a === b) return a !== 0 || 1 / a === 1 / b;
    if (typeof a === 'number' && typeof b === 'number') return a !== a && b !== b;
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    var keysA = Object.keys(a);
    var keysB = Object.keys(b);
    if (keysA.length !== keysB.length) return false;
    for (var i = 0; i < keysA.length; i++) {
      if (!Object.prototype.hasOwnProperty.call(b, keysA[i])) return false;
      if (!deepEqual(a[keysA[i]], b[keysA[i]])) return false;
    }
    return true;
  }

  function assertionError(message, actual, expected, hasExpected) {
    var error = new Error(message);
    error.name = 'AssertionError';
    error.actual = actual;
    error.expected = expected;
    error.hasExpected = hasExpected;
    return error;
  }

  // --- unsupported calls ----------------------------------------------------------------------

  // Inside pm.test the call throws, failing that test; elsewhere it records one failed test and
  // returns undefined, so the rest of the script still runs.
  function unsupported(name) {
    return function () {
      var message = name + ' is not supported by flow-runner (see docs/import.md for the supported pm API)';
      if (testDepth > 0) throw new Error(message);
      at.test(name, function () { throw new Error(message); });
      return undefined;
    };
  }

  function unsupportedObject(name) {
    return new Proxy(unsupported(name), {
      get: function (_target, key) {
        return typeof key === 'string' ? unsupported(name + '.' + key) : undefined;
      },
    });
  }

  // --- variable scopes ------------------------------------------------------------------------

  // Postman environment values of type secret are imported as declared secrets.
  function readVariable(name) {
    var key = variableName(name);
    if (at.variables.has(key)) return at.variables.get(key);
    if (at.env.has(key)) return at.env.get(key);
    try {
      return at.secrets.get(key);
    } catch (e) {
      return undefined;
    }
  }

  function hasVariable(name) {
    var key = variableName(name);
    return at.variables.has(key) || at.env.has(key);
  }

  function replaceIn(template) {
    return String(template).replace(/\\{\\{\\s*([^{}]+?)\\s*\\}\\}/g, function (match, name) {
      if (name.charAt(0) === '$') return match;
      var value = readVariable(name);
      if (value === undefined) return match;
      return typeof value === 'string' ? value : toJson(value);
    });
  }

  function scope(label) {
    return {
      get: readVariable,
      has: hasVariable,
      set: function (name, value) {
        at.variables.set(variableName(name), value === undefined ? null : value);
      },
      unset: function (name) {
        at.variables.unset(variableName(name));
      },
      replaceIn: replaceIn,
      clear: unsupported(label + '.clear'),
      toObject: unsupported(label + '.toObject'),
    };
  }

  // --- pm.expect in Chai's style --------------------------------------------------------------

  var WORDS = ['to', 'be', 'been', 'is', 'that', 'which', 'and', 'has', 'have', 'with', 'at', 'of', 'same', 'but', 'does', 'still', 'also'];

  function expect(actual, note) {
    var flags = { negate: false, deep: false, own: false };
    var chain = {};
    var prefix = note === undefined ? '' : String(note) + ': ';

    function check(passed, message, expected, hasExpected) {
      if (passed === flags.negate) {
        var text = prefix + 'expected ' + show(actual) + (flags.negate ? ' not ' : ' ') + message;
        throw assertionError(text, actual, expected, hasExpected);
      }
      return chain;
    }

    function word(name, apply) {
      Object.defineProperty(chain, name, { get: function () { if (apply) apply(); return chain; } });
    }
    for (var i = 0; i < WORDS.length; i++) word(WORDS[i]);
    word('not', function () { flags.negate = !flags.negate; });
    word('deep', function () { flags.deep = true; });
    word('own', function () { flags.own = true; });
    word('nested');
    word('any');
    word('all');

    function assertion(name, getter) {
      Object.defineProperty(chain, name, { get: getter });
    }
    assertion('ok', function () { return check(!!actual, 'to be truthy'); });
    assertion('true', function () { return check(actual === true, 'to be true', true, true); });
    assertion('false', function () { return check(actual === false, 'to be false', false, true); });
    assertion('null', function () { return check(actual === null, 'to be null', null, true); });
    assertion('undefined', function () { return check(actual === undefined, 'to be undefined'); });
    assertion('NaN', function () { return check(typeof actual === 'number' && actual !== actual, 'to be NaN'); });
    assertion('exist', function () { return check(actual !== null && actual !== undefined, 'to exist'); });
    assertion('empty', function () {
      var size = typeof actual === 'string' || Array.isArray(actual)
        ? actual.length
        : actual !== null && typeof actual === 'object' ? Object.keys(actual).length : -1;
      return check(size === 0, 'to be empty');
    });

    function equal(expected) {
      var same = flags.deep ? deepEqual(actual, expected) : actual === expected;
      return check(same, 'to ' + (flags.deep ? 'deeply ' : '') + 'equal ' + show(expected), expected, true);
    }
    chain.equal = chain.equals = chain.eq = equal;
    chain.eql = chain.eqls = function (expected) {
      return check(deepEqual(actual, expected), 'to deeply equal ' + show(expected), expected, true);
    };

    chain.a = chain.an = function (type) {
      var wanted = String(type).toLowerCase();
      return check(typeOf(actual) === wanted, 'to be ' + (/^[aeiou]/.test(wanted) ? 'an ' : 'a ') + wanted, type, true);
    };
    chain.instanceOf = chain.instanceof = function (constructor) {
      return check(actual instanceof constructor, 'to be an instance of ' + (constructor && constructor.name));
    };

    function compare(label, test) {
      return function (limit) {
        return check(typeof actual === 'number' && test(actual, limit), 'to be ' + label + ' ' + show(limit), limit, true);
      };
    }
    chain.above = chain.gt = chain.greaterThan = compare('above', function (a, b) { return a > b; });
    chain.below = chain.lt = chain.lessThan = compare('below', function (a, b) { return a < b; });
    chain.least = chain.gte = chain.greaterThanOrEqual = compare('at least', function (a, b) { return a >= b; });
    chain.most = chain.lte = chain.lessThanOrEqual = compare('at most', function (a, b) { return a <= b; });
    chain.within = function (low, high) {
      return check(typeof actual === 'number' && actual >= low && actual <= high, 'to be within ' + low + '..' + high);
    };

    function include(expected) {
      var found;
      if (typeof actual === 'string') found = actual.indexOf(String(expected)) !== -1;
      else if (Array.isArray(actual)) {
        found = false;
        for (var i = 0; i < actual.length && !found; i++) {
          found = flags.deep || (expected !== null && typeof expected === 'object')
            ? deepEqual(actual[i], expected)
            : actual[i] === expected;
        }
      } else if (actual !== null && typeof actual === 'object' && expected !== null && typeof expected === 'object') {
        found = true;
        for (var key in expected) {
          if (!Object.prototype.hasOwnProperty.call(expected, key)) continue;
          var same = flags.deep ? deepEqual(actual[key], expected[key]) : actual[key] === expected[key];
          if (!same) found = false;
        }
      } else found = false;
      return check(found, 'to include ' + show(expected), expected, true);
    }
    chain.include = chain.includes = chain.contain = chain.contains = include;

    // As in Chai, a property assertion moves the chain on to the property's value.
    chain.property = function (name, value) {
      var holder = actual !== null && actual !== undefined ? Object(actual) : undefined;
      var present = holder !== undefined && (flags.own ? Object.prototype.hasOwnProperty.call(holder, name) : name in holder);
      var actualValue = present ? holder[name] : undefined;
      if (arguments.length < 2) {
        check(present, 'to have property ' + show(name));
        return flags.negate ? chain : expect(actualValue, note);
      }
      var same = flags.deep ? deepEqual(actualValue, value) : actualValue === value;
      if (flags.negate) return check(present && same, 'to have property ' + show(name) + ' of ' + show(value), value, true);
      if (!present) check(false, 'to have property ' + show(name));
      if (!same) {
        throw assertionError(prefix + 'expected property ' + show(name) + ' to be ' + show(value) + ' but got ' + show(actualValue), actualValue, value, true);
      }
      return expect(actualValue, note);
    };
    chain.ownProperty = chain.haveOwnProperty = function (name) {
      return check(actual !== null && actual !== undefined && Object.prototype.hasOwnProperty.call(Object(actual), name), 'to have own property ' + show(name));
    };
    chain.lengthOf = chain.length = function (size) {
      var length = actual !== null && actual !== undefined ? actual.length : undefined;
      return check(length === size, 'to have length ' + size + ' (it has ' + show(length) + ')', size, true);
    };
    chain.match = chain.matches = function (pattern) {
      return check(typeof actual === 'string' && pattern.test(actual), 'to match ' + String(pattern));
    };
    chain.string = function (text) {
      return check(typeof actual === 'string' && actual.indexOf(text) !== -1, 'to contain ' + show(text));
    };
    chain.oneOf = function (list) {
      var found = false;
      for (var i = 0; i < list.length; i++) if (flags.deep ? deepEqual(list[i], actual) : list[i] === actual) found = true;
      return check(found, 'to be one of ' + show(list), list, true);
    };
    chain.keys = chain.key = function () {
      var wanted = arguments.length === 1 && Array.isArray(arguments[0]) ? arguments[0] : Array.prototype.slice.call(arguments);
      var have = actual !== null && typeof actual === 'object' ? Object.keys(actual) : [];
      var all = true;
      for (var i = 0; i < wanted.length; i++) if (have.indexOf(String(wanted[i])) === -1) all = false;
      return check(all, 'to have keys ' + show(wanted));
    };
    chain.members = function (list) {
      var same = Array.isArray(actual) && actual.length === list.length;
      for (var i = 0; same && i < list.length; i++) {
        var found = false;
        for (var j = 0; j < actual.length; j++) if (deepEqual(actual[j], list[i])) found = true;
        if (!found) same = false;
      }
      return check(same, 'to have the members ' + show(list));
    };
    chain.satisfy = function (predicate) {
      return check(!!predicate(actual), 'to satisfy the given function');
    };
    return chain;
  }

  expect.fail = function (message) {
    throw assertionError(message === undefined ? 'expect.fail() was called' : String(message), undefined, undefined, false);
  };

  // --- tests ----------------------------------------------------------------------------------

  function test(name, fn) {
    if (typeof fn !== 'function') return at.test(String(name), function () {});
    return at.test(String(name), function () {
      testDepth++;
      try {
        if (fn.length === 0) return fn();
        // pm.test(name, function (done) { ... }): the test ends when done is called.
        return new Promise(function (resolve, reject) {
          fn(function (error) { if (error) reject(error); else resolve(); });
        });
      } finally {
        testDepth--;
      }
    });
  }
  test.skip = function (name) {
    console.log('pm.test.skip: "' + name + '" skipped');
  };

  // --- headers, responses and requests --------------------------------------------------------

  function headerList(source) {
    var list = [];
    if (Array.isArray(source)) {
      for (var i = 0; i < source.length; i++) {
        if (source[i] && !source[i].disabled) list.push({ key: String(source[i].key), value: String(source[i].value) });
      }
    } else if (source && typeof source === 'object') {
      for (var name in source) list.push({ key: name, value: String(source[name]) });
    }
    return list;
  }

  function headerView(read, write) {
    var view = {
      get: function (name) {
        var all = read();
        for (var key in all) if (key.toLowerCase() === String(name).toLowerCase()) return all[key];
        return undefined;
      },
      has: function (name, value) {
        var found = view.get(name);
        return found !== undefined && (value === undefined || found === value);
      },
      toObject: function () {
        var copy = {};
        var all = read();
        for (var key in all) copy[key.toLowerCase()] = all[key];
        return copy;
      },
      all: function () {
        var all = read();
        var list = [];
        for (var key in all) list.push({ key: key, value: all[key] });
        return list;
      },
      each: function (callback) {
        var list = view.all();
        for (var i = 0; i < list.length; i++) callback(list[i]);
      },
    };
    if (write) {
      view.add = function (header) { write(header.key, header.value); };
      view.upsert = function (header) { write(header.key, header.value); };
      view.set = function (name, value) { write(name, value); };
      view.remove = function (name) { write(name, undefined); };
    }
    return view;
  }

  function wrapResponse(source) {
    var response = {
      code: source.status,
      status: source.statusText,
      responseTime: source.duration,
      responseSize: source.size,
      headers: headerView(function () { return source.headers.toObject(); }),
      text: function () { return source.text(); },
      json: function () { return source.json(); },
    };
    response.reason = function () { return source.statusText; };

    function statusCheck(label, passed) {
      return function () {
        if (!passed()) {
          throw assertionError('expected response to ' + label + ' but got status ' + source.status, source.status, undefined, false);
        }
      };
    }
    var be = {};
    var classes = {
      ok: function () { return source.status >= 200 && source.status < 300; },
      success: function () { return source.status >= 200 && source.status < 300; },
      info: function () { return source.status >= 100 && source.status < 200; },
      redirection: function () { return source.status >= 300 && source.status < 400; },
      clientError: function () { return source.status >= 400 && source.status < 500; },
      serverError: function () { return source.status >= 500; },
      error: function () { return source.status >= 400; },
      accepted: function () { return source.status === 202; },
      badRequest: function () { return source.status === 400; },
      unauthorized: function () { return source.status === 401; },
      forbidden: function () { return source.status === 403; },
      notFound: function () { return source.status === 404; },
      rateLimited: function () { return source.status === 429; },
    };
    Object.keys(classes).forEach(function (name) {
      Object.defineProperty(be, name, { get: statusCheck('be ' + name, classes[name]) });
    });
    Object.defineProperty(be, 'json', {
      get: function () {
        try {
          parseJson(source.text());
        } catch (e) {
          throw assertionError('expected response body to be JSON: ' + e.message, undefined, undefined, false);
        }
      },
    });

    var have = {
      status: function (expected) {
        var passed = typeof expected === 'number' ? source.status === expected : source.statusText === expected;
        if (!passed) {
          var actual = typeof expected === 'number' ? source.status : source.statusText;
          throw assertionError('expected response to have status ' + show(expected) + ' but got ' + show(actual), actual, expected, true);
        }
      },
      header: function (name, value) {
        var found = source.headers.get(name);
        if (found === undefined) throw assertionError('expected response to have header ' + show(name), undefined, name, true);
        if (arguments.length > 1 && found !== value) {
          throw assertionError('expected header ' + show(name) + ' to be ' + show(value) + ' but got ' + show(found), found, value, true);
        }
      },
      body: function (expected) {
        var text = source.text();
        if (arguments.length === 0) {
          if (text === '') throw assertionError('expected response to have a body', text, undefined, false);
          return;
        }
        var passed = expected instanceof RegExp ? expected.test(text) : text === String(expected);
        if (!passed) throw assertionError('expected response body to be ' + show(expected), text, expected, true);
      },
      jsonBody: function (path, value) {
        var body;
        try {
          body = source.json();
        } catch (e) {
          throw assertionError('expected response to have a JSON body: ' + e.message, undefined, undefined, false);
        }
        if (arguments.length === 0) return;
        if (typeof path === 'object' && path !== null) {
          if (!deepEqual(body, path)) throw assertionError('expected JSON body to deeply equal ' + show(path), body, path, true);
          return;
        }
        var current = body;
        var parts = String(path).split('.');
        for (var i = 0; i < parts.length; i++) {
          if (current === null || typeof current !== 'object' || !(parts[i] in current)) {
            throw assertionError('expected JSON body to have path ' + show(path), body, path, true);
          }
          current = current[parts[i]];
        }
        if (arguments.length > 1 && !deepEqual(current, value)) {
          throw assertionError('expected JSON path ' + show(path) + ' to be ' + show(value) + ' but got ' + show(current), current, value, true);
        }
      },
      responseTime: {
        below: function (limit) {
          if (!(source.duration < limit)) throw assertionError('expected response time below ' + limit + ' ms but it took ' + source.duration + ' ms', source.duration, limit, true);
        },
      },
      jsonSchema: function (schema) {
        var body;
        try {
          body = source.json();
        } catch (e) {
          throw assertionError('expected response to have a JSON body: ' + e.message, undefined, undefined, false);
        }
        var problem = validateSchema(body, schema);
        if (problem !== undefined) throw assertionError('expected response body to match the JSON Schema: ' + problem, body, schema, true);
      },
    };
    var to = { be: be, have: have };
    to.not = { be: negated(be, 'pm.response.to.not.be'), have: negated(have, 'pm.response.to.not.have') };
    response.to = to;
    response.be = be;
    response.have = have;
    return response;
  }

  // Builds the "not" form of response assertions: each passes exactly when the original fails.
  function negated(target, path) {
    var result = {};
    Object.getOwnPropertyNames(target).forEach(function (name) {
      var descriptor = Object.getOwnPropertyDescriptor(target, name);
      var label = path + '.' + name;
      var invert = function (run) {
        try {
          run();
        } catch (error) {
          if (error && error.name === 'AssertionError') return;
          throw error;
        }
        throw assertionError('expected ' + label + ' to fail, but it passed', undefined, undefined, false);
      };
      if (descriptor.get) {
        Object.defineProperty(result, name, { get: function () { invert(function () { return descriptor.get.call(target); }); } });
      } else if (typeof descriptor.value === 'function') {
        var fn = descriptor.value;
        result[name] = function () {
          var args = arguments;
          invert(function () { fn.apply(target, args); });
        };
      } else if (descriptor.value !== null && typeof descriptor.value === 'object') {
        result[name] = negated(descriptor.value, label);
      }
    });
    return result;
  }

  function requestView() {
    var current;
    if (at.phase === 'pre') current = at.request;
    else if (at.variables.has('${PM_REQUEST_VARIABLE}')) current = at.variables.get('${PM_REQUEST_VARIABLE}');
    if (current === undefined) current = { method: 'GET', url: '', headers: {} };
    var url = {
      toString: function () { return current.url; },
      getHost: function () { return hostOf(current.url); },
      getPath: function () { return pathOf(current.url); },
      getQueryString: function () { var i = current.url.indexOf('?'); return i < 0 ? '' : current.url.slice(i + 1); },
    };
    var view = {
      url: url,
      method: current.method,
      headers: headerView(
        function () { return current.headers; },
        at.phase === 'pre'
          ? function (name, value) {
              for (var key in current.headers) if (key.toLowerCase() === String(name).toLowerCase()) delete current.headers[key];
              if (value !== undefined) current.headers[name] = String(value);
            }
          : undefined
      ),
      body: current.body === undefined ? undefined : { mode: 'raw', raw: current.body, toString: function () { return current.body; } },
    };
    if (at.phase === 'pre') {
      view.addHeader = function (header) { view.headers.upsert(header); };
      view.removeHeader = function (name) { view.headers.remove(name); };
    }
    return view;
  }

  function hostOf(url) {
    var match = /^[a-z]+:\\/\\/([^/:?#]+)/i.exec(url);
    return match ? match[1] : '';
  }

  function pathOf(url) {
    var match = /^[a-z]+:\\/\\/[^/?#]*([^?#]*)/i.exec(url);
    return match && match[1] ? match[1] : '/';
  }

  // --- JSON Schema -----------------------------------------------------------------------------

  // The core keywords of drafts 4 to 7; other keywords (format, dependencies...) are ignored, as
  // validators do with keywords they do not know. Returns the first problem, or undefined.
  function validateSchema(value, schema) {
    return checkSchema(value, schema, schema, '$');
  }

  function checkSchema(value, schema, root, path) {
    if (schema === true || schema === undefined || schema === null) return undefined;
    if (schema === false) return path + ': no value is allowed here';
    if (typeof schema.$ref === 'string') {
      var target = resolvePointer(root, schema.$ref);
      if (target === undefined) return path + ': cannot resolve $ref ' + schema.$ref;
      return checkSchema(value, target, root, path);
    }

    var kind = typeOf(value);
    if (schema.type !== undefined) {
      var types = Array.isArray(schema.type) ? schema.type : [schema.type];
      var typed = types.some(function (type) {
        return type === kind || (type === 'integer' && kind === 'number' && Math.floor(value) === value) || (type === 'number' && kind === 'number');
      });
      if (!typed) return path + ': expected type ' + types.join(' or ') + ' but got ' + kind;
    }
    if (schema.enum !== undefined && !schema.enum.some(function (item) { return deepEqual(item, value); })) {
      return path + ': ' + show(value) + ' is not one of ' + show(schema.enum);
    }
    if (schema.const !== undefined && !deepEqual(schema.const, value)) return path + ': expected ' + show(schema.const);

    var problem = checkNumber(value, schema, path) || checkString(value, schema, path) || checkArray(value, schema, root, path) || checkObject(value, schema, root, path);
    if (problem) return problem;

    if (Array.isArray(schema.allOf)) {
      for (var i = 0; i < schema.allOf.length; i++) {
        problem = checkSchema(value, schema.allOf[i], root, path);
        if (problem) return problem;
      }
    }
    if (Array.isArray(schema.anyOf) && !schema.anyOf.some(function (part) { return checkSchema(value, part, root, path) === undefined; })) {
      return path + ': matches none of anyOf';
    }
    if (Array.isArray(schema.oneOf)) {
      var matches = schema.oneOf.filter(function (part) { return checkSchema(value, part, root, path) === undefined; }).length;
      if (matches !== 1) return path + ': matches ' + matches + ' of oneOf, expected exactly 1';
    }
    if (schema.not !== undefined && checkSchema(value, schema.not, root, path) === undefined) return path + ': matches the schema under not';
    return undefined;
  }

  function checkNumber(value, schema, path) {
    if (typeof value !== 'number') return undefined;
    if (typeof schema.minimum === 'number' && (schema.exclusiveMinimum === true ? value <= schema.minimum : value < schema.minimum)) return path + ': ' + value + ' is below the minimum ' + schema.minimum;
    if (typeof schema.maximum === 'number' && (schema.exclusiveMaximum === true ? value >= schema.maximum : value > schema.maximum)) return path + ': ' + value + ' is above the maximum ' + schema.maximum;
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) return path + ': ' + value + ' is not above ' + schema.exclusiveMinimum;
    if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) return path + ': ' + value + ' is not below ' + schema.exclusiveMaximum;
    if (typeof schema.multipleOf === 'number' && Math.abs(value / schema.multipleOf - Math.round(value / schema.multipleOf)) > 1e-9) return path + ': ' + value + ' is not a multiple of ' + schema.multipleOf;
    return undefined;
  }

  function checkString(value, schema, path) {
    if (typeof value !== 'string') return undefined;
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) return path + ': shorter than ' + schema.minLength + ' characters';
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) return path + ': longer than ' + schema.maxLength + ' characters';
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) return path + ': does not match the pattern ' + schema.pattern;
    return undefined;
  }

  function checkArray(value, schema, root, path) {
    if (!Array.isArray(value)) return undefined;
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) return path + ': fewer than ' + schema.minItems + ' items';
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return path + ': more than ' + schema.maxItems + ' items';
    if (schema.uniqueItems === true) {
      for (var a = 0; a < value.length; a++) {
        for (var b = a + 1; b < value.length; b++) if (deepEqual(value[a], value[b])) return path + ': items ' + a + ' and ' + b + ' are equal';
      }
    }
    for (var i = 0; i < value.length; i++) {
      var itemSchema = schema.items;
      if (Array.isArray(schema.items)) itemSchema = i < schema.items.length ? schema.items[i] : schema.additionalItems;
      var problem = checkSchema(value[i], itemSchema, root, path + '[' + i + ']');
      if (problem) return problem;
    }
    return undefined;
  }

  function checkObject(value, schema, root, path) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    var keys = Object.keys(value);
    if (Array.isArray(schema.required)) {
      for (var r = 0; r < schema.required.length; r++) {
        if (!Object.prototype.hasOwnProperty.call(value, schema.required[r])) return path + ': missing required property ' + show(schema.required[r]);
      }
    }
    if (typeof schema.minProperties === 'number' && keys.length < schema.minProperties) return path + ': fewer than ' + schema.minProperties + ' properties';
    if (typeof schema.maxProperties === 'number' && keys.length > schema.maxProperties) return path + ': more than ' + schema.maxProperties + ' properties';
    var properties = schema.properties || {};
    var patterns = schema.patternProperties || {};
    for (var k = 0; k < keys.length; k++) {
      var key = keys[k];
      var childPath = path + '.' + key;
      var matched = false;
      var problem;
      if (Object.prototype.hasOwnProperty.call(properties, key)) {
        matched = true;
        problem = checkSchema(value[key], properties[key], root, childPath);
        if (problem) return problem;
      }
      for (var pattern in patterns) {
        if (!new RegExp(pattern).test(key)) continue;
        matched = true;
        problem = checkSchema(value[key], patterns[pattern], root, childPath);
        if (problem) return problem;
      }
      if (!matched && schema.additionalProperties !== undefined) {
        if (schema.additionalProperties === false) return childPath + ': property not allowed (additionalProperties is false)';
        problem = checkSchema(value[key], schema.additionalProperties, root, childPath);
        if (problem) return problem;
      }
    }
    return undefined;
  }

  function resolvePointer(root, ref) {
    if (ref === '#') return root;
    if (ref.indexOf('#/') !== 0) return undefined;
    var current = root;
    var parts = ref.slice(2).split('/');
    for (var i = 0; i < parts.length; i++) {
      var part = decodeURIComponent(parts[i]).replace(/~1/g, '/').replace(/~0/g, '~');
      if (current === null || typeof current !== 'object' || !(part in current)) return undefined;
      current = current[part];
    }
    return current;
  }

  // --- pm.cookies ------------------------------------------------------------------------------

  // pm.cookies reads the jar for the request's URL in pre-request scripts and the response's in
  // test scripts. A pre-request script gets the URL as written, so its variables are replaced
  // first, as Postman would have done before reading the jar.
  function cookieListUrl(method) {
    if (at.phase !== 'pre') return undefined;
    var url = replaceIn(at.request.url);
    if (url.indexOf('{{') !== -1) {
      throw new Error('pm.cookies.' + method + ': the request URL ' + url + ' has a variable that is not set yet');
    }
    return url;
  }

  var cookieList = {
    get: function (name) { return at.cookies.get(name, cookieListUrl('get')); },
    has: function (name) { return at.cookies.has(name, cookieListUrl('has')); },
    toObject: function () { return at.cookies.toObject(cookieListUrl('toObject')); },
    jar: function () { return cookieJar; },
  };
  // Postman's cookie list has more methods; each fails like any other unsupported call.
  for (var c = 0; c < PM_COOKIE_LIST_METHODS.length; c++) {
    cookieList[PM_COOKIE_LIST_METHODS[c]] = unsupported('pm.cookies.' + PM_COOKIE_LIST_METHODS[c]);
  }

  var JAR_COOKIE_OPTIONS = ['path', 'domain', 'secure', 'httpOnly', 'maxAge', 'expires'];

  // Postman takes a URL object or a URL without a scheme ("example.com"), which it reads as http.
  function jarUrl(url, method) {
    var text = url !== null && typeof url === 'object' ? String(url) : url;
    if (typeof text !== 'string' || text === '') {
      throw new TypeError('pm.cookies.jar().' + method + ': the URL must be a non-empty string, got ' + show(url));
    }
    return /^[a-z][a-z0-9+.-]*:\\/\\//i.test(text) ? text : 'http://' + text;
  }

  function requireCallback(callback, method) {
    if (typeof callback !== 'function') {
      throw new TypeError('pm.cookies.jar().' + method + ': pass a callback function (error, result)');
    }
  }

  // As in Postman, invalid arguments throw and errors of the jar go to the callback. Without a
  // callback the error is logged, where Postman would drop it. The callback runs before the call
  // returns, outside the try, so an error it throws is the script's own.
  function settleCookies(method, callback, work) {
    var result;
    try {
      result = work();
    } catch (error) {
      if (typeof callback === 'function') callback(error);
      else console.warn('pm.cookies.jar().' + method + ' failed: ' + (error && error.message));
      return;
    }
    if (typeof callback === 'function') callback(null, result);
  }

  function jarCookie(cookie, target) {
    var name = cookie.name !== undefined ? cookie.name : cookie.key;
    var value = typeof cookie.value === 'number' || typeof cookie.value === 'boolean' ? String(cookie.value) : cookie.value;
    var options = { url: target };
    for (var i = 0; i < JAR_COOKIE_OPTIONS.length; i++) {
      var key = JAR_COOKIE_OPTIONS[i];
      if (cookie[key] !== undefined && cookie[key] !== null) options[key] = cookie[key];
    }
    at.cookies.set(name, value, options);
    return { name: name, value: value };
  }

  var cookieJar = {
    get: function (url, name, callback) {
      var target = jarUrl(url, 'get');
      requireCallback(callback, 'get');
      settleCookies('get', callback, function () {
        var value = at.cookies.get(name, target);
        return value === undefined ? null : value;
      });
    },
    getAll: function (url, options, callback) {
      var done = typeof options === 'function' && callback === undefined ? options : callback;
      var target = jarUrl(url, 'getAll');
      requireCallback(done, 'getAll');
      settleCookies('getAll', done, function () {
        var all = at.cookies.toObject(target);
        return Object.keys(all).map(function (key) { return { name: key, value: all[key] }; });
      });
    },
    set: function (url, name, value, callback) {
      var target = jarUrl(url, 'set');
      if (name !== null && typeof name === 'object') {
        var cookie = name;
        settleCookies('set', value, function () { return jarCookie(cookie, target); });
        return;
      }
      if (typeof value === 'function') {
        throw new TypeError('pm.cookies.jar().set: pass (url, name, value, callback) or (url, { name, value, path, domain, ... }, callback)');
      }
      settleCookies('set', callback, function () { return jarCookie({ name: name, value: value }, target); });
    },
    unset: function (url, name, callback) {
      var target = jarUrl(url, 'unset');
      settleCookies('unset', callback, function () { at.cookies.unset(name, target); });
    },
    clear: function (url, callback) {
      var target = jarUrl(url, 'clear');
      settleCookies('clear', callback, function () { at.cookies.clear(target); });
    },
  };

  // --- pm.sendRequest -------------------------------------------------------------------------

  function toAtRequest(request) {
    if (typeof request === 'string') return { url: request };
    var spec = { url: typeof request.url === 'string' ? request.url : String(request.url && request.url.raw), method: request.method || 'GET' };
    var headers = {};
    var list = headerList(request.header || request.headers);
    for (var i = 0; i < list.length; i++) headers[list[i].key] = list[i].value;
    var body = request.body;
    if (body && body.mode === 'raw') spec.body = String(body.raw);
    else if (body && body.mode === 'urlencoded') {
      spec.body = headerList(body.urlencoded).map(function (field) {
        return encodeURIComponent(field.key) + '=' + encodeURIComponent(field.value);
      }).join('&');
      if (!hasHeader(headers, 'content-type')) headers['Content-Type'] = 'application/x-www-form-urlencoded';
    } else if (body && body.mode) {
      throw new Error('pm.sendRequest: body mode "' + body.mode + '" is not supported (use raw or urlencoded)');
    }
    spec.headers = headers;
    return spec;
  }

  function hasHeader(headers, name) {
    for (var key in headers) if (key.toLowerCase() === name) return true;
    return false;
  }

  function sendRequest(request, callback) {
    var promise;
    try {
      promise = at.sendRequest(toAtRequest(request)).then(wrapResponse);
    } catch (e) {
      promise = Promise.reject(e);
    }
    if (typeof callback !== 'function') return promise;
    var done = promise.then(
      function (response) { callback(null, response); },
      function (error) { callback(error, undefined); }
    );
    pending.push(done);
    return done;
  }

  // --- the pm object --------------------------------------------------------------------------

  var pm = {
    environment: scope('pm.environment'),
    globals: scope('pm.globals'),
    collectionVariables: scope('pm.collectionVariables'),
    variables: scope('pm.variables'),
    iterationData: { get: readVariable, has: hasVariable, toObject: unsupported('pm.iterationData.toObject') },
    test: test,
    expect: expect,
    sendRequest: sendRequest,
    info: {
      iteration: at.iteration - 1,
      iterationCount: undefined,
      requestName: at.step,
      requestId: at.step,
      eventName: at.phase === 'pre' ? 'prerequest' : 'test',
    },
    execution: {
      skipRequest: at.phase === 'pre' ? function () { at.skip(); } : unsupported('pm.execution.skipRequest'),
      setNextRequest: unsupported('pm.execution.setNextRequest'),
      location: [at.flow],
    },
    cookies: cookieList,
    visualizer: unsupportedObject('pm.visualizer'),
    vault: unsupportedObject('pm.vault'),
    require: unsupported('pm.require'),
  };
  Object.defineProperty(pm, 'request', { enumerable: true, get: requestView });
  if (at.phase === 'post') {
    var response = wrapResponse(at.response);
    pm.response = response;
  }
  globalThis.pm = pm;

  // --- legacy globals -------------------------------------------------------------------------

  var readOnlyScope = new Proxy({}, {
    get: function (_target, name) { return typeof name === 'string' ? readVariable(name) : undefined; },
    has: function (_target, name) { return typeof name === 'string' && hasVariable(name); },
  });
  globalThis.environment = readOnlyScope;
  globalThis.globals = readOnlyScope;
  globalThis.data = readOnlyScope;
  globalThis.iteration = at.iteration - 1;
  globalThis.tests = legacyTests;
  globalThis.postman = {
    setEnvironmentVariable: pm.environment.set,
    getEnvironmentVariable: pm.environment.get,
    clearEnvironmentVariable: pm.environment.unset,
    setGlobalVariable: pm.globals.set,
    getGlobalVariable: pm.globals.get,
    clearGlobalVariable: pm.globals.unset,
    getResponseHeader: function (name) { return response === undefined ? undefined : response.headers.get(name); },
    setNextRequest: unsupported('postman.setNextRequest'),
    clearEnvironmentVariables: unsupported('postman.clearEnvironmentVariables'),
    clearGlobalVariables: unsupported('postman.clearGlobalVariables'),
  };
  if (at.phase === 'post') {
    globalThis.responseBody = response.text();
    globalThis.responseCode = { code: response.code, name: response.status, detail: response.status };
    globalThis.responseTime = response.responseTime;
    globalThis.responseHeaders = response.headers.toObject();
  }
  Object.defineProperty(globalThis, 'request', {
    configurable: true,
    get: function () {
      var view = requestView();
      return { url: view.url.toString(), method: view.method, headers: view.headers.toObject(), data: view.body === undefined ? {} : view.body.raw, name: at.step };
    },
  });
  globalThis.atob = function (text) { return at.crypto.base64.decode(text); };
  globalThis.btoa = function (text) { return at.crypto.base64.encode(text); };
  globalThis.require = unsupported('require');
  globalThis.CryptoJS = unsupportedObject('CryptoJS');
  globalThis.cheerio = unsupported('cheerio');
  globalThis.xml2Json = unsupported('xml2Json');
  var tv4 = {
    error: null,
    validate: function (data, schema) {
      var problem = validateSchema(data, schema);
      tv4.error = problem === undefined ? null : { message: problem };
      return problem === undefined;
    },
  };
  tv4.validateResult = function (data, schema) {
    var valid = tv4.validate(data, schema);
    return { valid: valid, error: tv4.error, missing: [] };
  };
  globalThis.tv4 = tv4;
  globalThis._ = unsupportedObject('_');
  globalThis.setTimeout = unsupported('setTimeout');

  // --- completion -----------------------------------------------------------------------------

  function waitForCallbacks() {
    if (pending.length === 0) return Promise.resolve();
    var batch = pending.splice(0);
    return Promise.all(batch).then(waitForCallbacks);
  }

  function recordLegacyTests() {
    Object.keys(legacyTests).forEach(function (name) {
      var passed = !!legacyTests[name];
      at.test(name, function () {
        if (!passed) throw assertionError('tests[' + toJson(name) + '] is ' + show(legacyTests[name]), legacyTests[name], true, true);
      });
    });
  }

  function keepRequest() {
    if (at.phase === 'pre' && at.request !== undefined) at.variables.set('${PM_REQUEST_VARIABLE}', at.request);
  }

  return {
    drain: function (main) {
      return Promise.resolve(main).then(function () {
        return waitForCallbacks().then(function () {
          recordLegacyTests();
          keepRequest();
        });
      });
    },
  };
})(globalThis.at)`;
