// eCenter: small behaviours without inline scripts (the Content-Security-Policy forbids them).
document.addEventListener('DOMContentLoaded', function () {
  // Buttons with data-confirm ask before submitting their form.
  document.body.addEventListener('click', function (event) {
    var button = event.target.closest('[data-confirm]');
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });
});
