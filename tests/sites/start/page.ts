// The start page of the demo and the tests (https://postwijs.test/): links to the three replicas
// under their real host names, as the school account and as a private account.
const LINKS: Array<[string, string, string]> = [
  ['X: home', 'https://x.com/home', 'Tijdlijn met het opstelveld, een post-dialoog en antwoorden'],
  ['X: nieuwe post (dialoog)', 'https://x.com/compose/post', ''],
  ['X: antwoord op een post', 'https://x.com/ouderraad_wierde/status/1790000000000000001', ''],
  ['Facebook: tijdlijn', 'https://www.facebook.com/', 'Bericht maken, reageren en beantwoorden als de Pagina'],
  ['Facebook: Business Suite', 'https://business.facebook.com/latest/composer', 'Publiceren op de Pagina'],
  ['Facebook: Pagina maken', 'https://www.facebook.com/pages/create', 'Gedragscode: Schooluren 3'],
  ['Instagram: tijdlijn', 'https://www.instagram.com/', 'Reageren en een nieuw bericht maken'],
  ['Instagram: professioneel account', 'https://www.instagram.com/accounts/convert_to_professional_account/', ''],
];

export function startPage(): string {
  const rows = LINKS.map(
    ([label, url, note]) =>
      `<li><a href="${url}">${label}</a> <small>${url}</small>${note ? `<br><span>${note}</span>` : ''}` +
      ` — <a href="${url}${url.includes('?') ? '&' : '?'}as=priv%C3%A9">als privé-account</a></li>`,
  ).join('\n');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Postwijs: oefensites</title>
<link rel="icon" href="data:,">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1c1c1c}
li{margin:.6rem 0}small{color:#666}span{color:#444}</style></head><body>
<h1>Postwijs: oefensites</h1>
<p>Nagebouwde versies van X, Facebook en Instagram, alleen op deze computer. Niets wordt echt geplaatst.
Je bent ingelogd als het schoolaccount (<b>@obsdewierde</b>, Pagina <b>OBS De Wierde</b>).</p>
<ul>${rows}</ul>
<p><a href="/__posted">Wat is er "geplaatst"?</a></p>
</body></html>`;
}
