// Small behaviours of the pages, kept out of the markup: the Content-Security-Policy runs no
// inline handler (onsubmit="…"), only scripts from our origin and PrimeFaces' nonce'd ones.
(function () {
  'use strict';

  // A form marked data-send-once="<id>" is sent once: a second submit while the first is on its
  // way is refused, and the element with that id (a "please wait") is shown.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-send-once')) {
      return;
    }
    if (form.dataset.sent) {
      event.preventDefault();
      return;
    }
    form.dataset.sent = '1';
    var busy = document.getElementById(form.getAttribute('data-send-once'));
    if (busy) {
      busy.hidden = false;
    }
  });
}());
