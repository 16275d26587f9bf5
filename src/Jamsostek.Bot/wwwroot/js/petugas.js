// The console works without script; this file only adds comfort (the CSP allows no inline script):
// a confirmation before a form marked data-konfirmasi is sent, and copy buttons (data-salin) for keying
// data into the official system.
document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute('data-konfirmasi');
    if (message && !window.confirm(message)) {
        event.preventDefault();
    }
});

document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-salin]');
    if (!button || !navigator.clipboard) {
        return;
    }

    navigator.clipboard.writeText(button.getAttribute('data-salin')).then(function () {
        var label = button.textContent;
        button.textContent = 'Tersalin';
        setTimeout(function () { button.textContent = label; }, 1500);
    });
});
