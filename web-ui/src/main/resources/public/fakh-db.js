// The one IndexedDB database of Fakh on this device, shared by the pages and the service worker:
// `outbox` holds what waits to be sent (answers, submissions, lessons marked done), keyed by an
// idempotency key; `downloads` says which courses are stored for offline use. Opening it in one
// place keeps the version and the stores the same for every script that reads them.
(function (scope) {
  'use strict';

  var NAME = 'fakh';
  var VERSION = 1;
  var opening = null;

  function open() {
    if (!scope.indexedDB) {
      return Promise.reject(new Error('IndexedDB is not available'));
    }
    if (!opening) {
      opening = new Promise(function (resolve, reject) {
        var request = scope.indexedDB.open(NAME, VERSION);
        request.onupgradeneeded = function () {
          var db = request.result;
          if (!db.objectStoreNames.contains('outbox')) {
            db.createObjectStore('outbox', {keyPath: 'key'});
          }
          if (!db.objectStoreNames.contains('downloads')) {
            db.createObjectStore('downloads', {keyPath: 'courseId'});
          }
        };
        request.onsuccess = function () {
          var db = request.result;
          db.onversionchange = function () { db.close(); opening = null; }; // a newer page upgrades it
          resolve(db);
        };
        request.onerror = function () { opening = null; reject(request.error); };
      });
    }
    return opening;
  }

  /** Runs one request in a transaction on one store and resolves with its result once committed. */
  function run(store, mode, make) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(store, mode);
        var request = make(tx.objectStore(store));
        tx.oncomplete = function () { resolve(request.result); };
        tx.onerror = function () { reject(tx.error); };
        tx.onabort = function () { reject(tx.error); };
      });
    });
  }

  scope.FakhDb = {
    open: open,
    all: function (store) { return run(store, 'readonly', function (s) { return s.getAll(); }); },
    get: function (store, key) { return run(store, 'readonly', function (s) { return s.get(key); }); },
    put: function (store, value) { return run(store, 'readwrite', function (s) { return s.put(value); }); },
    remove: function (store, key) { return run(store, 'readwrite', function (s) { return s['delete'](key); }); }
  };
})(typeof self !== 'undefined' ? self : window);
