// One question at a time, or all on one page: the learner's choice, remembered in this browser.
// Only shows and hides the questions of the one form, so saving, the offline queue (quiz.js) and
// submitting are the same in both views; without JavaScript every question stays on the page.
(function () {
  var pager = document.querySelector('.quiz-pager');
  var form = document.getElementById('quiz-form');
  if (!pager || !form) {
    return;
  }
  var questions = Array.prototype.slice.call(form.querySelectorAll('.quiz-question'));
  var toggle = pager.querySelector('.quiz-view');
  var prev = pager.querySelector('.quiz-prev');
  var next = pager.querySelector('.quiz-next');
  var position = pager.querySelector('.quiz-position');
  var KEY = 'fakh.quiz.view';
  var current = 0;

  function remembered() {
    try { return window.localStorage.getItem(KEY); } catch (e) { return null; }
  }

  function remember(view) {
    try { window.localStorage.setItem(KEY, view); } catch (e) { /* private mode: this page only */ }
  }

  function single() {
    return form.getAttribute('data-view') === 'one';
  }

  function render() {
    var one = single();
    questions.forEach(function (q, i) { q.hidden = one && i !== current; });
    prev.hidden = next.hidden = position.hidden = !one;
    prev.disabled = current === 0;
    next.disabled = current === questions.length - 1;
    position.textContent = (current + 1) + ' / ' + questions.length;
    toggle.textContent = pager.getAttribute(one ? 'data-all' : 'data-one');
    toggle.setAttribute('aria-pressed', String(one));
  }

  function go(index, focus) {
    current = Math.max(0, Math.min(questions.length - 1, index));
    render();
    if (focus) {
      var legend = questions[current].querySelector('legend');
      legend.setAttribute('tabindex', '-1');
      legend.focus();
    }
  }

  toggle.addEventListener('click', function () {
    form.setAttribute('data-view', single() ? 'all' : 'one');
    remember(form.getAttribute('data-view'));
    render();
  });
  prev.addEventListener('click', function () { go(current - 1, true); });
  next.addEventListener('click', function () { go(current + 1, true); });
  // the question navigator jumps to a question in either view
  document.querySelectorAll('.quiz-nav a[href^="#q-"]').forEach(function (link) {
    link.addEventListener('click', function () {
      var target = document.getElementById(link.getAttribute('href').substring(1));
      var index = questions.indexOf(target);
      if (single() && index >= 0) {
        go(index, false);
      }
    });
  });

  form.setAttribute('data-view', remembered() === 'one' ? 'one' : 'all');
  pager.hidden = questions.length < 2;
  render();
})();
