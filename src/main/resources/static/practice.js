// The practice page's helpers, in plain JavaScript (no framework): the maths keypad, the live preview of the answer
// and read-aloud. The page works without them; each one shows itself only when it can work.
(function () {
  'use strict';

  var answer = document.getElementById('answer');
  var keypad = document.getElementById('keypad');

  // ---- The problem drawn with KaTeX: the server cut the statement into words and maths (with LaTeX); the plain
  // text stays in the page until this succeeds.
  var statement = document.getElementById('statement');
  var pieces = document.getElementById('statement-math');
  if (statement && pieces && window.katex) {
    try {
      var drawn = pieces.content.cloneNode(true);
      drawn.querySelectorAll('[data-latex]').forEach(function (m) {
        window.katex.render(m.dataset.latex, m, { throwOnError: true, displayMode: false });
      });
      statement.replaceChildren(drawn);
    } catch (e) {
      // KaTeX could not draw a piece: the plain statement stays
    }
  }

  // ---- Maths keypad: real buttons that type at the caret of the answer box. One Tab stop for the whole keypad
  // (a toolbar); the arrow keys, Home and End move between its keys, Enter or Space presses one.
  if (answer && keypad) {
    var keys = Array.prototype.slice.call(keypad.querySelectorAll('button'));
    keypad.hidden = false;
    keys.forEach(function (k, i) { k.tabIndex = i === 0 ? 0 : -1; });

    keypad.addEventListener('click', function (e) {
      var key = e.target.closest('button');
      if (!key) return;
      keys.forEach(function (k) { k.tabIndex = k === key ? 0 : -1; });
      if (key.dataset.action === 'backspace') {
        backspace();
      } else if (key.dataset.action === 'fraction') {
        insert('()/()', 1);
      } else if (key.dataset.insert === '√(') {
        insert('√()', 2);
      } else {
        insert(key.dataset.insert, key.dataset.insert.length);
      }
      answer.dispatchEvent(new Event('input'));
    });

    keypad.addEventListener('keydown', function (e) {
      var i = keys.indexOf(document.activeElement);
      if (i < 0) return;
      var next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0,
        End: keys.length - 1 }[e.key];
      if (next === undefined) return;
      e.preventDefault();
      next = (next + keys.length) % keys.length;
      keys.forEach(function (k, j) { k.tabIndex = j === next ? 0 : -1; });
      keys[next].focus();
    });
  }

  // Replaces the selection of the answer box with text; the caret lands `caret` characters into it.
  function insert(text, caret) {
    var start = answer.selectionStart === null ? answer.value.length : answer.selectionStart;
    var end = answer.selectionEnd === null ? start : answer.selectionEnd;
    if (answer.value.length - (end - start) + text.length > answer.maxLength && answer.maxLength > 0) return;
    answer.value = answer.value.slice(0, start) + text + answer.value.slice(end);
    answer.setSelectionRange(start + caret, start + caret);
  }

  function backspace() {
    var start = answer.selectionStart === null ? answer.value.length : answer.selectionStart;
    var end = answer.selectionEnd === null ? start : answer.selectionEnd;
    if (start === end && start > 0) start -= 1;
    answer.value = answer.value.slice(0, start) + answer.value.slice(end);
    answer.setSelectionRange(start, start);
  }

  // ---- Live preview: the server reads what was typed with the maths engine and answers LaTeX (rendered here with
  // KaTeX) or a plain-words message; requests wait until typing pauses.
  var preview = document.getElementById('preview');
  var math = document.getElementById('preview-math');
  var error = document.getElementById('preview-error');
  if (answer && preview && math && error) {
    var timer = null;
    var asked = 0;
    var update = function () {
      var text = answer.value;
      var ticket = ++asked;
      if (text.trim() === '') {
        preview.hidden = true;
        return;
      }
      fetch('/api/preview?text=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.json(); })
        .then(function (body) {
          if (ticket !== asked) return; // an older answer arriving late
          preview.hidden = false;
          math.textContent = '';
          error.textContent = '';
          if (body.latex !== undefined && window.katex) {
            window.katex.render(body.latex, math, { throwOnError: false, displayMode: false });
          } else if (body.latex !== undefined) {
            math.textContent = text;
          } else {
            error.textContent = body.message || (body.error && body.error.message) || '';
          }
        })
        .catch(function () { preview.hidden = true; });
    };
    answer.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(update, 350); // wait for a pause in typing: one request per pause, not per key
    });
    if (answer.value) update();
  }

  // ---- Sending a message to the tutor reloads the page: the answer started in the box comes back with it.
  var tutorForm = document.getElementById('tutor-form');
  var draft = document.getElementById('tutor-draft');
  if (tutorForm && draft && answer) {
    tutorForm.addEventListener('submit', function () { draft.value = answer.value; });
  }

  // ---- Read aloud: the server's spoken form of the problem ("x squared", "3 over 4") through speechSynthesis.
  var read = document.getElementById('read-aloud');
  if (read && 'speechSynthesis' in window) {
    read.hidden = false;
    read.addEventListener('click', function () {
      window.speechSynthesis.cancel();
      var u = new SpeechSynthesisUtterance(read.dataset.speak);
      u.lang = document.documentElement.lang || 'en';
      u.rate = 0.9;
      window.speechSynthesis.speak(u);
    });
  }
})();
