// qtype_numerical on the attempt page: says at once, as the learner types, when the answer is not a
// number. The page's script sees the input's validity, keeps such an answer back and shows the message.
(function () {
  'use strict';
  var NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

  function check(input) {
    var raw = input.value.trim().replace(/\s/g, '');
    input.setCustomValidity(!raw || NUMBER.test(raw) ? '' : input.getAttribute('data-not-a-number'));
  }

  document.querySelectorAll('.quiz-question[data-type="qtype_numerical"] input[data-not-a-number]').forEach(function (input) {
    input.addEventListener('input', function () { check(input); });
    check(input);
  });
})();
