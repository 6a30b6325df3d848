// FakhOutbox: what this device must still send to the server (answers, submissions, lessons marked
// done), kept in the `outbox` store of FakhDb until the server has had its final word. Each entry has
// an idempotency key, so sending one twice does no harm; entries go one at a time in the order they
// were made, and nothing is dropped without the person seeing it: refused ones stay as 'failed' until
// removed in the sync centre (/sync), unreachable ones stay 'waiting' and are retried with backoff.
// A classic script: pages load it after fakh-db.js, the service worker through importScripts (its
// Background Sync handler calls flush).
(function (scope) {
  'use strict';

  var STORE = 'outbox';
  var FIRST_DELAY = 2000;
  var LONGEST_DELAY = 5 * 60 * 1000;
  var LAST_RESULT = 'fakh.outbox.last';
  var inPage = typeof document !== 'undefined';
  var channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel('fakh-outbox') : null;
  var running = null;
  var delay = FIRST_DELAY;
  var retryTimer = null;

  /** The signed-in person as the page says it; null in the service worker, which asks the server instead. */
  function pageUser() {
    if (!inPage) {
      return null;
    }
    var meta = document.querySelector('meta[name="fakh-user"]');
    return meta && meta.content ? meta.content : null;
  }

  function byOrder(a, b) { return a.order - b.order; }

  function mine(entries, userId) {
    return entries.filter(function (e) { return String(e.userId) === String(userId); }).sort(byOrder);
  }

  /** Tells this window and every other tab (and the service worker) that the outbox changed. */
  function changed() {
    if (channel) {
      channel.postMessage('changed');
    }
    announce('fakh-outbox-change', {});
  }

  /**
   * Tells this window and every other tab that an entry reached the server: the lesson page open
   * beside the sync centre shows itself as done whichever of them sent it.
   */
  function sent(detail) {
    if (channel) {
      channel.postMessage({sent: detail});
    }
    announce('fakh-outbox', detail);
  }

  function announce(name, detail) {
    if (typeof scope.dispatchEvent === 'function' && typeof CustomEvent === 'function') {
      scope.dispatchEvent(new CustomEvent(name, {detail: detail}));
    }
  }

  /**
   * Stores the entry in one transaction: it takes the next order, and waiting entries whose key starts
   * with `supersedes` go (a newer answer to the same question replaces the older one). Putting a key
   * again replaces that entry but keeps its place in the queue and its creation time.
   */
  function store(entry) {
    return scope.FakhDb.open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, 'readwrite');
        var outbox = tx.objectStore(STORE);
        var all = outbox.getAll();
        all.onsuccess = function () {
          var last = 0;
          var same = null;
          all.result.forEach(function (e) {
            last = Math.max(last, e.order || 0);
            if (e.key === entry.key) {
              same = e;
            } else if (entry.supersedes && e.state === 'waiting' && e.key.indexOf(entry.supersedes) === 0) {
              outbox['delete'](e.key);
            }
          });
          entry.order = same ? same.order : last + 1;
          entry.createdAt = same ? same.createdAt : entry.createdAt;
          outbox.put(entry);
        };
        tx.oncomplete = function () { resolve(entry); };
        tx.onerror = function () { reject(tx.error); };
        tx.onabort = function () { reject(tx.error); };
      });
    });
  }

  function add(entry) {
    var copy = {};
    Object.keys(entry).forEach(function (k) { copy[k] = entry[k]; });
    copy.userId = copy.userId || pageUser();
    if (!copy.key || !copy.url || !copy.userId) {
      return Promise.reject(new Error('An outbox entry needs a key, a url and a signed-in person'));
    }
    copy.method = copy.method || 'POST';
    copy.contentType = copy.contentType || 'json';
    copy.body = copy.body || {};
    copy.createdAt = Date.now();
    copy.state = 'waiting';
    copy.tries = 0;
    copy.lastError = '';
    copy.lastStatus = null;
    return store(copy).then(function (stored) {
      changed();
      if (online()) {
        flush();
      } else {
        askForBackgroundSync();
      }
      return stored;
    });
  }

  function list() {
    return scope.FakhDb.all(STORE).then(function (entries) {
      var user = pageUser();
      if (!inPage) {
        return entries.sort(byOrder);
      }
      return user ? mine(entries, user) : [];
    });
  }

  function remove(key) {
    return scope.FakhDb.remove(STORE, key).then(changed);
  }

  /** Puts a failed entry back in the queue and sends at once. */
  function retry(key) {
    return update({key: key}, {state: 'waiting', lastError: '', lastStatus: null}).then(function () {
      changed();
      delay = FIRST_DELAY;
      return flush();
    });
  }

  function online() {
    return !scope.navigator || scope.navigator.onLine !== false;
  }

  /** Chromium may wake the service worker to send when the connection is back; other browsers replay on load and `online`. */
  function askForBackgroundSync() {
    var workers = scope.navigator && scope.navigator.serviceWorker;
    if (!inPage || !workers || !workers.controller) {
      return;
    }
    workers.ready.then(function (registration) {
      return registration.sync ? registration.sync.register('fakh-outbox') : null;
    })['catch'](function () { /* not allowed here: replay on load and on `online` still covers it */ });
  }

  function retryLater() {
    askForBackgroundSync();
    if (typeof setTimeout !== 'function' || !inPage) {
      return; // the service worker is not kept alive for timers; the browser's next sync event comes instead
    }
    clearTimeout(retryTimer);
    retryTimer = setTimeout(flush, delay);
    delay = Math.min(delay * 2, LONGEST_DELAY);
  }

  /** The session's CSRF token and who is signed in; {signedOut: true} on 401, rejects when unreachable. */
  function session() {
    return fetch('/session/csrf', {credentials: 'same-origin', cache: 'no-store', headers: {'Accept': 'application/json'}})
      .then(function (response) {
        if (response.status === 401 || response.status === 403) {
          return {signedOut: true, status: response.status};
        }
        if (!response.ok) {
          var error = new Error('HTTP ' + response.status);
          error.status = response.status;
          throw error;
        }
        return response.json();
      });
  }

  function request(entry, token) {
    var headers = {'Accept': 'application/json'};
    var body;
    if (entry.contentType === 'form') {
      headers['Accept'] = 'text/html, */*;q=0.8'; // as the form itself would: page routes answer pages
      var form = new URLSearchParams();
      Object.keys(entry.body || {}).forEach(function (name) {
        [].concat(entry.body[name]).forEach(function (value) { form.append(name, value); });
      });
      form.set('_csrf', token);
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      body = form.toString();
    } else {
      headers['Content-Type'] = 'application/json';
      headers['X-CSRF-Token'] = token;
      body = JSON.stringify(entry.body || {});
    }
    // An entry may bring headers of its own (an offline quiz window's token, X-Offline-Window).
    Object.keys(entry.headers || {}).forEach(function (name) { headers[name] = entry.headers[name]; });
    return fetch(entry.url, {method: entry.method || 'POST', credentials: 'same-origin', headers: headers, body: body});
  }

  /** The JSON body of a response, or null. */
  function json(response) {
    var type = response.headers.get('Content-Type') || '';
    return type.indexOf('json') >= 0 ? response.json()['catch'](function () { return null; }) : Promise.resolve(null);
  }

  /** Why the server refused, in its words: the problem's detail, or the heading of its error page. */
  function reason(response) {
    var type = response.headers.get('Content-Type') || '';
    if (type.indexOf('json') >= 0) {
      return response.json().then(function (problem) {
        return (problem && (problem.detail || problem.title)) || '';
      }, function () { return ''; });
    }
    if (type.indexOf('html') >= 0 && typeof DOMParser === 'function') {
      return response.text().then(function (html) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        var heading = page.querySelector('main h1, h1');
        return heading ? heading.textContent.trim() : '';
      }, function () { return ''; });
    }
    return Promise.resolve('');
  }

  /** A form post whose session ended lands on the sign-in page: that is a 401, not a success. */
  function signInPage(response) {
    return response.redirected && new URL(response.url).pathname === '/signin';
  }

  /** Changes a stored entry; one removed meanwhile (by the person, or superseded in another tab) stays removed. */
  function update(entry, changes) {
    return scope.FakhDb.open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, 'readwrite');
        var outbox = tx.objectStore(STORE);
        var current = outbox.get(entry.key);
        current.onsuccess = function () {
          if (current.result) {
            Object.keys(changes).forEach(function (k) { current.result[k] = changes[k]; });
            outbox.put(current.result);
          }
        };
        tx.oncomplete = function () { resolve(); };
        tx.onerror = function () { reject(tx.error); };
        tx.onabort = function () { reject(tx.error); };
      });
    });
  }

  /** Marks every waiting entry with the reason nothing could be sent (so the sync centre can say it). */
  function holdAll(entries, status, text) {
    return Promise.all(entries.map(function (e) {
      return update(e, {lastStatus: status, lastError: text || ''});
    })).then(changed);
  }

  /** Sends the waiting entries one by one; resolves with what happened to each. */
  function sendAll(entries, token, result) {
    var i = 0;
    function next() {
      if (i >= entries.length) {
        return Promise.resolve(result);
      }
      var entry = entries[i++];
      return request(entry, token).then(function (response) {
        var status = signInPage(response) ? 401 : response.status;
        if ((status >= 200 && status < 400) || status === 409) {
          return json(response).then(function (body) {
            return scope.FakhDb.remove(STORE, entry.key).then(function () {
              result.sent += 1;
              sent({key: entry.key, status: status, response: body});
              changed();
              return next();
            });
          });
        }
        if (status === 401 || status === 403) {
          result.stopped = 'signed-out'; // the sync centre says "sign in again" from the status
          return holdAll(entries.slice(i - 1), status, '').then(function () { return result; });
        }
        if (status >= 400 && status < 500) {
          return reason(response).then(function (text) {
            return update(entry, {state: 'failed', tries: (entry.tries || 0) + 1, lastStatus: status, lastError: text});
          }).then(function () {
            changed();
            return next(); // the person decides about this one; the rest need not wait for that
          });
        }
        // 5xx: the server could not take it now; later ones wait too, so the order holds
        return update(entry, {tries: (entry.tries || 0) + 1, lastStatus: status, lastError: ''}).then(function () {
          result.stopped = 'unreachable';
          changed();
          return result;
        });
      }, function () {
        return update(entry, {tries: (entry.tries || 0) + 1, lastStatus: 0, lastError: ''}).then(function () {
          result.stopped = 'unreachable';
          changed();
          return result;
        });
      });
    }
    return next();
  }

  function counts(userId, result) {
    return scope.FakhDb.all(STORE).then(function (entries) {
      var own = userId ? mine(entries, userId) : [];
      var summary = {
        sent: result.sent,
        failed: own.filter(function (e) { return e.state === 'failed'; }).length,
        waiting: own.filter(function (e) { return e.state === 'waiting'; }).length
      };
      if (result.stopped) {
        summary.stopped = result.stopped;
      }
      if (result.attempted) {
        summary.attempted = true;
      }
      return summary;
    });
  }

  function remember(summary) {
    if (!inPage || !summary.attempted) {
      return;
    }
    try {
      var last = {at: Date.now()};
      Object.keys(summary).forEach(function (k) { last[k] = summary[k]; });
      localStorage.setItem(LAST_RESULT, JSON.stringify(last));
    } catch (unavailable) { /* the sync centre just shows no last result */ }
  }

  function flushNow() {
    var result = {sent: 0};
    var user = pageUser();
    if (inPage && !user) {
      return Promise.resolve({sent: 0, failed: 0, waiting: 0}); // signed out: entries wait for their person
    }
    return scope.FakhDb.all(STORE).then(function (entries) {
      var waiting = entries.filter(function (e) { return e.state === 'waiting'; });
      if (user) {
        waiting = mine(waiting, user);
      }
      if (!waiting.length) {
        return counts(user, result); // nothing to send: no request at all
      }
      if (!online()) {
        return counts(user, result);
      }
      result.attempted = true;
      return session().then(function (signedIn) {
        if (signedIn.signedOut) {
          result.stopped = 'signed-out';
          return holdAll(waiting, signedIn.status, '').then(function () { return counts(user, result); });
        }
        // Only the person signed in now: a shared phone never sends one person's work in another's name.
        user = String(signedIn.userId);
        return sendAll(mine(waiting, user), signedIn.token, result).then(function () { return counts(user, result); });
      }, function (unreachable) {
        result.stopped = 'unreachable';
        return holdAll(waiting, unreachable.status || 0, '').then(function () { return counts(user, result); });
      });
    }).then(function (summary) {
      if (summary.stopped === 'unreachable') {
        retryLater();
      } else if (!summary.waiting) {
        delay = FIRST_DELAY;
      }
      remember(summary);
      announce('fakh-outbox-flushed', summary);
      return summary;
    });
  }

  /**
   * Sends what waits, once at a time per device: a flush already running is joined, not repeated, and
   * where the browser has Web Locks, tabs and the service worker take turns.
   */
  function flush() {
    if (!running) {
      var locks = scope.navigator && scope.navigator.locks;
      var work = locks ? locks.request('fakh-outbox', flushNow) : flushNow();
      running = work.then(function (summary) {
        running = null;
        return summary;
      }, function (error) {
        running = null;
        throw error;
      });
    }
    return running;
  }

  /** What the last flush in this browser did, for the sync centre: {at, sent, failed, waiting, stopped?} or null. */
  function lastResult() {
    try {
      return JSON.parse(localStorage.getItem(LAST_RESULT));
    } catch (unavailable) {
      return null;
    }
  }

  scope.FakhOutbox = {add: add, flush: flush, list: list, remove: remove, retry: retry, lastResult: lastResult};

  if (inPage) {
    scope.addEventListener('online', function () {
      delay = FIRST_DELAY;
      flush()['catch'](function () { /* IndexedDB unavailable: nothing was queued */ });
    });
    if (channel) {
      channel.onmessage = function (message) {
        if (message.data && message.data.sent) {
          announce('fakh-outbox', message.data.sent);
        } else {
          announce('fakh-outbox-change', {});
        }
      };
    }
    if (pageUser() && online()) {
      flush()['catch'](function () { /* IndexedDB unavailable (some private modes): nothing was queued either */ });
    }
  }
})(typeof self !== 'undefined' ? self : window);
