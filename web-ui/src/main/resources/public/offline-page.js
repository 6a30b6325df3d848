// The offline page: lists what this device keeps for reading without a connection (the `downloads`
// records of FakhDb) and offers to try again (pwa.js shows its iOS note).
(function () {
  'use strict';

  var retry = document.getElementById('offline-retry');
  if (retry) {
    // The address is the page the reader wanted (the worker answered it with this page), so reloading retries it.
    retry.addEventListener('click', function () { location.reload(); });
  }

  if (!window.FakhDb) {
    return;
  }
  window.FakhDb.all('downloads').then(show)['catch'](function () {
    // no database on this device: the page already says nothing is stored
  });

  function show(records) {
    if (!records.length) {
      return;
    }
    var box = document.getElementById('offline-downloads');
    records.sort(function (a, b) { return (a.title || '').localeCompare(b.title || ''); });
    records.forEach(function (record) { box.appendChild(course(record)); });
    document.getElementById('offline-none').hidden = true;
    box.hidden = false;
  }

  function course(record) {
    var section = document.createElement('section');
    section.className = 'offline-course';
    var heading = document.createElement('h3');
    var pages = record.pages || [];
    var home = pages.filter(function (p) { return p.kind === 'course'; })[0];
    heading.appendChild(home ? link(home.url, record.title || home.title) : document.createTextNode(record.title || ''));
    section.appendChild(heading);
    var list = document.createElement('ul');
    pages.filter(function (p) { return p !== home; }).forEach(function (page) {
      var item = document.createElement('li');
      item.appendChild(link(page.url, page.title || page.url));
      list.appendChild(item);
    });
    if (list.children.length) {
      section.appendChild(list);
    }
    return section;
  }

  function link(url, text) {
    var a = document.createElement('a');
    a.href = url;
    a.textContent = text;
    return a;
  }
})();
