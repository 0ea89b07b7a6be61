/*
 * The offline service worker. CACHE (a name that changes with every deploy that changes a
 * file), BASE and PRECACHE are written above this code at build time.
 *
 * - Install: keep the site's pages, scripts and styles ahead of time.
 * - Pages: from the network when there is one (so a new deploy shows at once), else from the
 *   cache. A page read online is kept for later, but never one with a query string (search
 *   terms) — and calculator answers live only in the URL fragment, which never reaches here.
 * - Scripts, styles and images: from the cache, else the network.
 * - Search (pagefind/) is never cached: it needs a connection.
 * - Activate: delete the caches of older deploys.
 */
self.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(PRECACHE))
			.then(() => self.skipWaiting()),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((names) => Promise.all(names.filter((name) => name.startsWith('site-') && name !== CACHE).map((name) => caches.delete(name))))
			.then(() => self.clients.claim()),
	);
});

self.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
	if (url.pathname.startsWith(`${BASE}pagefind/`)) return;
	if (request.mode === 'navigate') {
		event.respondWith(
			fetch(request)
				.then((response) => {
					if (response.ok && url.search === '') {
						const copy = response.clone();
						caches.open(CACHE).then((cache) => cache.put(url.pathname, copy));
					}
					return response;
				})
				.catch(() =>
					caches
						.open(CACHE)
						.then((cache) => cache.match(url.pathname).then((hit) => hit || cache.match(`${BASE}404.html`)))
						.then((hit) => hit || Response.error()),
				),
		);
		return;
	}
	event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
});
