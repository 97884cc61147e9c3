// Applies the remembered theme before the first paint, so a dark-mode reader never sees a white flash.
(function () {
  try {
    var theme = localStorage.getItem('gleaner.theme');
    if (theme === 'dark' || theme === 'light') {
      document.documentElement.dataset.theme = theme;
    }
    var font = parseInt(localStorage.getItem('gleaner.fontStep') || '0', 10);
    var width = parseInt(localStorage.getItem('gleaner.widthStep') || '0', 10);
    if (font) document.documentElement.style.setProperty('--font-step', font);
    if (width) document.documentElement.style.setProperty('--width-step', width);
  } catch (e) { /* storage blocked: follow the system */ }
})();
