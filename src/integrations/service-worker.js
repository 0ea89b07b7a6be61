/*
 * The offline service worker. VERSION (a fingerprint of every file it keeps and of this code),
 * BASE and PRECACHE are written above this code at build time (src/lib/site/service-worker.ts).
 *
 * - Caches are this site's own: named after BASE, so two sites on one origin (/a/ and /b/)
 *   never touch each other's; activation deletes only this site's older versions.
 * - Install is all or nothing from one manifest: every file is fetched past the HTTP cache
 *   (`cache: 'reload'`), and a page that names a script or style the manifest does not hold
 *   (a deploy landed meanwhile) fails the install; the browser tries again with the new sw.js.
 *   A failed install never deletes a cache it did not make.
 * - Pages: from the network when there is one, revalidating the HTTP cache (`cache: 'no-cache'`)
 *   so a host's Last-Modified never shows a returning patient last week's page; else from this
 *   version's cache, `/x` like `/x/`. A page read online is kept only if this version holds
 *   every script and style it names, and never one with a query string (search terms).
 *   Calculator answers live only in the URL fragment, which never reaches here.
 * - Scripts, styles and images: from this version's cache, else the network.
 * - Search (pagefind/) is never cached: it needs a connection.
 */
const CACHE_PREFIX = `offline:${BASE}:`;
const CACHE = `${CACHE_PREFIX}${VERSION}`;
const PRECACHED = new Set(PRECACHE);
/** The caches of the worker before caches were named by site; they held no base. */
const LEGACY_CACHE = /^site-[0-9a-f]{12}$/;

/** True for a page's address (a folder or an .html file), false for scripts, styles and images. */
function isPage(path) {
	return path.endsWith('/') || path.endsWith('.html');
}

/** The site's built scripts and styles a page names, like "/b/_astro/Planner.Ab12.js". */
function assetReferences(html) {
	const base = BASE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	// Quotes of every kind end an address: inline scripts name bundles in template literals too.
	return [...new Set(html.match(new RegExp(`${base}_astro/[^"'\`\\s<>()?#]+`, 'g')) ?? [])];
}

/** True when this version holds every script and style the page names. */
function holdsAssetsOf(html) {
	return assetReferences(html).every((url) => PRECACHED.has(url));
}

async function precache() {
	const fetched = await Promise.all(
		PRECACHE.map(async (url) => {
			const response = await fetch(url, { cache: 'reload', credentials: 'same-origin' });
			if (!response.ok || response.redirected) throw new Error(`${url} answered ${response.status}`);
			if (isPage(url) && !holdsAssetsOf(await response.clone().text())) throw new Error(`${url} is from another deploy`);
			return [url, response];
		}),
	);
	// The cache is made only once every file has arrived. One this version already has (an
	// earlier install of the same files) is never deleted by a failed one: it is all the
	// patient has offline.
	const existed = await caches.has(CACHE);
	const cache = await caches.open(CACHE);
	try {
		await Promise.all(fetched.map(([url, response]) => cache.put(url, response)));
	} catch (error) {
		if (!existed) await caches.delete(CACHE);
		throw error;
	}
}

self.addEventListener('install', (event) => {
	event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((names) =>
				Promise.all(
					names
						.filter((name) => (name.startsWith(CACHE_PREFIX) && name !== CACHE) || LEGACY_CACHE.test(name))
						.map((name) => caches.delete(name)),
				),
			)
			.then(() => self.clients.claim()),
	);
});

/** Keeps a page read online, if this version holds what it needs and its cache is still there. */
async function keep(path, response) {
	const html = await response.text();
	// A newer version's activation may have deleted this one's cache while this worker still
	// serves an open page: opening it then would bring back an old, partial copy beside the new.
	if (!holdsAssetsOf(html) || !(await caches.has(CACHE))) return;
	const cache = await caches.open(CACHE);
	await cache.put(path, new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers }));
}

/** This version's copy of a request, if it has one; never creates the cache (see `keep`). */
function fromCache(request) {
	return caches.match(request, { cacheName: CACHE });
}

/** A page with no network: from this version's cache, `/x` as `/x/`, else the 404 page. */
async function offlinePage(url) {
	const hit = await fromCache(url.pathname);
	if (hit) return hit;
	if (!url.pathname.endsWith('/') && (await fromCache(`${url.pathname}/`))) {
		return Response.redirect(new URL(`${url.pathname}/${url.search}`, url).href, 301);
	}
	const missing = await fromCache(`${BASE}404.html`);
	return missing ? new Response(missing.body, { status: 404, headers: missing.headers }) : Response.error();
}

async function page(event, url) {
	let response;
	try {
		response = await fetch(event.request, { cache: 'no-cache' });
	} catch {
		return offlinePage(url);
	}
	if (response.ok && url.search === '') event.waitUntil(keep(url.pathname, response.clone()));
	return response;
}

async function asset(request) {
	return (await fromCache(request)) ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
	if (url.pathname.startsWith(`${BASE}pagefind/`)) return;
	event.respondWith(request.mode === 'navigate' ? page(event, url) : asset(request));
});
