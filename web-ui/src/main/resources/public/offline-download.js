// What "Download for offline" does (the course page's section is offline-section.js): stores a course's
// pages, the scripts, styles and images they link, and the course files into the Cache Storage cache
// `fakh-course-<courseId>`, where the service worker finds them without a connection, and writes the
// `downloads` record (FakhDb) that says what is stored. Audio and video only for the lessons the learner
// ticks. `FakhOffline.storePage` lets quiz-offline.js add an offline attempt page; loadable on any page.
(function () {
  'use strict';

  var CACHE_PREFIX = 'fakh-course-';
  var PAGE_PARTS = ['script[src]', 'link[rel~="stylesheet"][href]', 'img[src]'];
  var MEDIA_PARTS = ['audio[src]', 'video[src]', 'source[src]', 'track[src]'];

  function cacheName(courseId) {
    return CACHE_PREFIX + courseId;
  }

  /** The address as a same-origin path (with its query), or null for another site's address. */
  function local(address) {
    try {
      var url = new URL(address, location.href);
      return url.origin === location.origin ? url.pathname + url.search : null;
    } catch (e) {
      return null;
    }
  }

  /**
   * Fetches one address with the session cookie and puts a copy into the cache; resolves with the body
   * and how many bytes the cache grew by. A redirect (a session that ended sends to sign-in) is a failure:
   * the sign-in page must never be stored under a lesson's address.
   */
  function storeOne(cache, url) {
    // the header tells the server this is a download, not a reading: the lesson does not count as opened
    var fetched = fetch(url, {credentials: 'same-origin', headers: {'X-Fakh-Download': 'offline'}});
    return Promise.all([fetched, cache.match(url)]).then(function (answers) {
      var response = answers[0];
      if (!response.ok || response.redirected) {
        throw new Error(response.status + ' ' + url);
      }
      return Promise.all([response.blob(), answers[1] ? answers[1].blob() : null]).then(function (bodies) {
        var headers = new Headers();
        ['Content-Type', 'Content-Disposition', 'Content-Security-Policy'].forEach(function (name) {
          if (response.headers.get(name)) {
            headers.set(name, response.headers.get(name));
          }
        });
        // a fresh Response: a fetched one remembers its redirects and could not answer a navigation
        return cache.put(url, new Response(bodies[0], {status: 200, headers: headers})).then(function () {
          return {body: bodies[0], grew: bodies[0].size - (bodies[1] ? bodies[1].size : 0)};
        });
      });
    });
  }

  /** Runs `step` on each item, one after another (a weak connection does better with one request at a time). */
  function inTurn(items, step) {
    return items.reduce(function (chain, item) {
      return chain.then(function () { return step(item); });
    }, Promise.resolve());
  }

  /** The same-origin addresses a page needs to show: scripts, styles, images, and media when asked for. */
  function partsOf(doc, withMedia) {
    var selector = (withMedia ? PAGE_PARTS.concat(MEDIA_PARTS) : PAGE_PARTS).join(',');
    var urls = [];
    Array.prototype.forEach.call(doc.querySelectorAll(selector), function (element) {
      var url = local(element.getAttribute('src') || element.getAttribute('href'));
      if (url && urls.indexOf(url) < 0) {
        urls.push(url);
      }
    });
    return urls;
  }

  function parse(blob) {
    return blob.text().then(function (html) {
      return new DOMParser().parseFromString(html, 'text/html');
    });
  }

  /**
   * One download session into a course's cache: remembers what it stored, so shared scripts are fetched
   * once, and counts the bytes the cache grew by (an update replaces pages) and, for `onBytes`, the bytes
   * fetched. Fingerprinted assets already in the cache are kept.
   */
  function session(cache, onBytes) {
    var stored = {};
    var bytes = 0;
    var fetched = 0;
    function keep(url) {
      if (stored[url]) {
        return Promise.resolve(null);
      }
      stored[url] = true;
      var immutable = url.indexOf('/assets/') === 0;
      return (immutable ? cache.match(url) : Promise.resolve(null)).then(function (cached) {
        if (cached) {
          return null;
        }
        return storeOne(cache, url).then(function (result) {
          bytes += result.grew;
          fetched += result.body.size;
          if (onBytes) {
            onBytes(fetched);
          }
          return result.body;
        });
      });
    }
    return {
      keep: keep,
      stored: stored,
      bytes: function () { return bytes; },
      /**
       * A page and what it shows; `extra(doc)` names more addresses of it to keep (its files), and
       * `progress(done, total)` hears of each one kept. Resolves with the parsed page.
       */
      page: function (url, withMedia, extra, progress) {
        return keep(url).then(parse).then(function (doc) {
          var urls = partsOf(doc, withMedia).concat(extra ? extra(doc) : []);
          var done = 0;
          return inTurn(urls, function (part) {
            return keep(part).then(function () {
              if (progress) {
                progress(++done, urls.length);
              }
            });
          }).then(function () { return doc; });
        });
      }
    };
  }

  /** Removes what an earlier version stored and this one no longer has (a lesson taken out, a ticked recording). */
  function prune(cache, stored) {
    return cache.keys().then(function (requests) {
      return Promise.all(requests.filter(function (request) {
        return !stored[local(request.url)];
      }).map(function (request) { return cache['delete'](request); }));
    });
  }

  /**
   * Stores everything the manifest lists, with the media of `mediaLessons`, and writes the downloads
   * record. `onBytes(n)` hears the bytes fetched so far. Resolves with the record.
   */
  function download(manifest, mediaLessons, userId, onBytes) {
    var chosen = {};
    mediaLessons.forEach(function (id) { chosen[id] = true; });
    var files = {};
    manifest.files.forEach(function (file) { files[file.url] = file; });
    function wanted(file) {
      return !file.media || chosen[file.lessonId];
    }
    // the page's own links to its files, as it writes them (`?download=1` too), when the file is wanted
    function linkedFiles(doc) {
      return Array.prototype.map.call(doc.querySelectorAll('a[href]'), function (a) {
        return local(a.getAttribute('href'));
      }).filter(function (url) {
        var file = url && files[url.split('?')[0]];
        return file && wanted(file);
      });
    }
    return caches.open(cacheName(manifest.courseId)).then(function (cache) {
      var run = session(cache, onBytes);
      return inTurn(manifest.pages, function (page) {
        return run.page(page.url, Boolean(page.lessonId && chosen[page.lessonId]), linkedFiles);
      }).then(function () {
        return inTurn(manifest.files.filter(wanted), function (file) { return run.keep(file.url); });
      }).then(function () {
        return prune(cache, run.stored);
      }).then(function () {
        return sizeOf(cache);
      });
    }).then(function (bytes) {
      var record = {
        courseId: manifest.courseId, userId: userId, title: manifest.title, version: manifest.version, bytes: bytes,
        mediaLessons: mediaLessons, downloadedAt: Date.now(),
        pages: manifest.pages.map(function (page) { return {url: page.url, title: page.title, kind: page.kind}; })
      };
      return FakhDb.put('downloads', record).then(function () { return record; });
    });
  }

  /** What the cache holds, counted from the bodies themselves. */
  function sizeOf(cache) {
    return cache.keys().then(function (requests) {
      return Promise.all(requests.map(function (request) {
        return cache.match(request).then(function (response) { return response ? response.blob() : null; });
      }));
    }).then(function (bodies) {
      return bodies.reduce(function (sum, body) { return sum + (body ? body.size : 0); }, 0);
    });
  }

  /**
   * Adds one more page (and what it shows) to a course's storage — an offline attempt page — and to its
   * downloads record, making the record when the course itself was never downloaded (`options.kind`,
   * default 'attempt'; `options.title`, default the page's title; `options.courseTitle`; `options.media`;
   * `options.progress(done, total)`). Resolves with how many bytes the course's storage grew by.
   */
  function storePage(courseId, url, options) {
    options = options || {};
    return caches.open(cacheName(courseId)).then(function (cache) {
      var run = session(cache);
      return run.page(url, Boolean(options.media), null, options.progress).then(function (doc) {
        return FakhDb.get('downloads', courseId).then(function (record) {
          var user = document.querySelector('meta[name="fakh-user"]');
          record = record || {courseId: courseId, userId: user ? user.content : null, title: options.courseTitle || '',
            version: null, bytes: 0, mediaLessons: [], downloadedAt: Date.now(), pages: []};
          record.pages = record.pages.filter(function (page) { return page.url !== url; })
            .concat([{url: url, title: options.title || doc.title, kind: options.kind || 'attempt'}]);
          record.bytes += run.bytes();
          return FakhDb.put('downloads', record);
        }).then(function () { return run.bytes(); });
      });
    });
  }

  function remove(courseId) {
    return caches['delete'](cacheName(courseId)).then(function () {
      return FakhDb.remove('downloads', courseId);
    });
  }

  window.FakhOffline = {
    /** Whether this browser can keep courses: a service worker to answer from the caches, Cache Storage, IndexedDB. */
    supported: Boolean('serviceWorker' in navigator && 'caches' in window && 'indexedDB' in window && window.FakhDb),
    storePage: storePage,
    download: download,
    remove: remove,
    cacheName: cacheName
  };
})();
