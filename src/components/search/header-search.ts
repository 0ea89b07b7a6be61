/*
 * The header search box: takes the patient to the search page (the form's action) with the
 * query in the fragment (`search/#q=…`, as query-hash.ts reads it), never in a query string.
 * The form's `method="dialog"` means that pressing Enter before this script runs sends nothing
 * anywhere. Self-contained on purpose: without imports Astro inlines it, so no page loads a file
 * for it.
 */
const form = (document.getElementById('header-search') as HTMLInputElement | null)?.form;
form?.addEventListener('submit', (event) => {
	event.preventDefault();
	const query = form.querySelector('input')?.value.trim() ?? '';
	location.assign(`${form.action}${query ? `#${new URLSearchParams({ q: query })}` : ''}`);
});
