// A lesson read or marked done without a connection still counts: "mark as done" goes through the
// device's outbox (sent at once when online, kept and replayed when not), and a lesson page served
// from the offline copy queues "opened", which is what its visit would have told the server.
(function () {
  'use strict';

  var article = document.querySelector('article.lesson[data-lesson]');
  if (!article || !window.FakhOutbox) {
    return;
  }
  var lessonId = article.getAttribute('data-lesson');
  var form = document.querySelector('form.mark-done');
  var doneKey = 'done:' + lessonId;

  if (document.documentElement.hasAttribute('data-offline-copy')) {
    FakhOutbox.add({
      key: 'opened:' + lessonId, kind: 'opened', label: article.getAttribute('data-label-opened'),
      url: article.getAttribute('data-opened-url'), method: 'POST', contentType: 'form', body: {}
    })['catch'](function () { /* no IndexedDB here: the visit is lost, as any offline visit was before */ });
  }
  if (!form) {
    return;
  }
  var button = form.querySelector('button');

  /** Says the lesson is done here and waits to be sent, instead of offering the button again. */
  function queued() {
    button.hidden = true;
    document.querySelector('.offline-queued').hidden = false;
  }

  function showIfQueued() {
    return FakhOutbox.list().then(function (entries) {
      if (entries.some(function (e) { return e.key === doneKey; })) {
        queued();
      }
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (button.disabled) {
      return;
    }
    button.disabled = true;
    FakhOutbox.add({
      key: doneKey, kind: 'done', label: article.getAttribute('data-label-done'),
      url: form.getAttribute('action'), method: 'POST', contentType: 'form', body: {}
    }).then(function () {
      return FakhOutbox.flush(); // joins the sending add() started when online
    }).then(showIfQueued, function () {
      form.submit(); // no IndexedDB (some private modes): the plain form, as without this script
    });
  });

  // Sent (now, or later from this page on `online`): show the page as the server has it.
  window.addEventListener('fakh-outbox', function (event) {
    if (event.detail.key === doneKey) {
      window.location.replace(window.location.pathname + '?notice=done');
    }
  });

  showIfQueued()['catch'](function () { /* nothing could have been queued */ });
})();
