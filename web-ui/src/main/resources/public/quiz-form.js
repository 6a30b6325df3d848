// How the attempt page's questions hold their answers: each question's form fields, name to values,
// as the form would post them. Its type reads them back on the server, so this script knows no type.
// Shared by quiz.js (which saves and sends them) and nothing else; a classic script, loaded before it.
(function () {
  'use strict';

  function id(fs) { return fs.getAttribute('data-question'); }

  /** The question's form controls that carry its answer: every named input, list and text area in its fieldset. */
  function controls(fs) {
    return Array.prototype.slice.call(fs.querySelectorAll('input[name], select[name], textarea[name]'));
  }

  function fieldError(fs, text) {
    var p = fs.querySelector('.field-error');
    if (!text) {
      if (p) { p.remove(); }
      fs.classList.remove('has-error');
      return;
    }
    if (!p) {
      p = document.createElement('p');
      p.className = 'field-error';
      p.setAttribute('role', 'alert');
      fs.querySelector('.question-text').after(p);
    }
    p.textContent = text;
    fs.classList.add('has-error');
  }

  /**
   * The question's answer as its form fields. Null when an input says what was typed cannot be an
   * answer (its type's own script marks it so); the message is then shown.
   */
  function read(fs) {
    var fields = {};
    var invalid = controls(fs).filter(function (c) { return c.willValidate && !c.checkValidity(); })[0];
    if (invalid) {
      fieldError(fs, invalid.validationMessage);
      return null;
    }
    controls(fs).forEach(function (c) {
      if ((c.type === 'radio' || c.type === 'checkbox') && !c.checked) {
        fields[c.name] = fields[c.name] || [];
        return;
      }
      (fields[c.name] = fields[c.name] || []).push(c.value);
    });
    Object.keys(fields).forEach(function (name) {
      if (!fields[name].length) {
        delete fields[name]; // an unticked group posts nothing
      }
    });
    return fields;
  }

  /** Shows kept form fields in the question's inputs. */
  function show(fs, fields) {
    controls(fs).forEach(function (c) {
      var values = fields[c.name] || [];
      if (c.type === 'radio' || c.type === 'checkbox') {
        c.checked = values.indexOf(c.value) >= 0;
      } else if (c.type !== 'hidden') {
        c.value = values.length ? values[0] : '';
      }
    });
  }

  /** Whether kept form fields hold an answer: any value that is not blank. */
  function answered(fields) {
    return Object.keys(fields || {}).some(function (name) {
      return fields[name].some(function (v) { return String(v).trim() !== ''; });
    });
  }

  /** Whether the learner changed the question before the scripts were running (a slow phone, a quick hand). */
  function changedBeforeScript(fs) {
    var changed = false;
    fs.querySelectorAll('input[type=radio], input[type=checkbox]').forEach(function (c) {
      changed = changed || c.checked !== c.defaultChecked;
    });
    fs.querySelectorAll('input[type=text], textarea').forEach(function (t) {
      changed = changed || t.value !== t.defaultValue;
    });
    fs.querySelectorAll('select').forEach(function (s) {
      // Without a "selected" option the page starts on the first one ("— choose —").
      var initial = Array.prototype.filter.call(s.options, function (o) { return o.defaultSelected; })[0] || s.options[0];
      changed = changed || (initial && s.value !== initial.value);
    });
    return changed;
  }

  window.FakhQuizForm = {
    id: id,
    controls: controls,
    read: read,
    show: show,
    answered: answered,
    fieldError: fieldError,
    changedBeforeScript: changedBeforeScript
  };
})();
