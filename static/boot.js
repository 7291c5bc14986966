// Loads the app. A separate file, because the page's security policy allows no inline script.
import init from '../pkg/verwijswijzer.js';

init().catch(() => {
  const app = document.getElementById('app');
  if (app) {
    app.innerHTML = '<main class="panic" role="alert"><h1>Verwijswijzer kon niet starten</h1>' +
      '<p>Uw browser kon de app niet laden. Gebruik een actuele browser en laad de pagina opnieuw.</p>' +
      '<p><a class="button" href="">Pagina opnieuw laden</a></p></main>';
  }
});
