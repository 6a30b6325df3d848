// Fakh's service worker, served at /sw.js so that it controls the whole site. The server fills the
// placeholders (the shell's version and addresses, the scripts to import): no build step.
// It never caches anything by itself except its shell; downloaded courses live in the
// `fakh-course-<id>` caches that the course page fills (see the issue 14 contract).
'use strict';

var SHELL = 'fakh-shell-__VERSION__';
var SHELL_PREFIX = 'fakh-shell-';
var SHELL_FILES = __SHELL_FILES__;
var OFFLINE_PAGE = '/offline';
// A weak connection that answers nothing for this long is treated as none when a stored copy exists.
var NAVIGATION_TIMEOUT_MS = 4000;

// The shared database and the outbox, so that a Background Sync can replay what waits; either
// failing must not stop the worker from serving pages.
__IMPORTS__.forEach(function (url) {
  try {
    importScripts(url);
  } catch (e) {
    // a script that cannot run here leaves its feature to the pages
  }
});

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(SHELL).then(function (cache) {
    return cache.addAll(SHELL_FILES);
  }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf(SHELL_PREFIX) === 0 && name !== SHELL;
    }).map(function (name) {
      return caches.delete(name);
    }));
  }).then(function () {
    return self.clients.claim();
  }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(navigation(request));
  } else if (url.pathname.indexOf('/assets/') === 0) {
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(fetch(request).catch(function (error) {
      return caches.match(request).then(function (stored) {
        if (stored) {
          return stored;
        }
        throw error;
      });
    }));
  }
});

self.addEventListener('sync', function (event) {
  if (event.tag === 'fakh-outbox' && self.FakhOutbox && typeof self.FakhOutbox.flush === 'function') {
    // A rejected promise tells Chromium the sync did not succeed, so it schedules another try.
    event.waitUntil(self.FakhOutbox.flush().then(function (result) {
      if (result && result.stopped === 'unreachable') {
        throw new Error('the server is still out of reach');
      }
    }));
  }
});

/** Fingerprinted files never change: a stored one is as good as the network's. */
function cacheFirst(request) {
  return caches.match(request).then(function (stored) {
    return stored || fetch(request);
  });
}

/**
 * The network first; a stored copy when the network fails, or when it stays silent for a few
 * seconds and a copy exists (a page without a copy keeps waiting: a slow report is still coming);
 * the offline page when there is neither.
 */
function navigation(request) {
  return new Promise(function (resolve) {
    var settled = false;
    function settle(response) {
      if (!settled) {
        settled = true;
        resolve(response);
      }
    }
    var network = fetch(request);
    network.then(settle, function () {
      storedOrOffline(request).then(settle);
    });
    setTimeout(function () {
      if (!settled) {
        stored(request).then(function (copy) {
          if (copy) {
            settle(copy);
          }
        });
      }
    }, NAVIGATION_TIMEOUT_MS);
  });
}

function storedOrOffline(request) {
  return stored(request).then(function (copy) {
    return copy || caches.match(OFFLINE_PAGE, {cacheName: SHELL}).then(function (offline) {
      return offline || caches.match(OFFLINE_PAGE);
    }).then(function (offline) {
      return offline || Response.error();
    });
  });
}

/** A stored copy of the page, marked on its <html> tag so that the page can say it is one. */
function stored(request) {
  return caches.match(request).then(function (copy) {
    if (!copy || !isHtml(copy)) {
      return copy;
    }
    return copy.text().then(function (html) {
      return new Response(html.replace(/<html\b/i, '<html data-offline-copy'), {
        status: copy.status,
        statusText: copy.statusText,
        headers: copy.headers
      });
    });
  });
}

function isHtml(response) {
  return (response.headers.get('Content-Type') || '').indexOf('text/html') === 0;
}
