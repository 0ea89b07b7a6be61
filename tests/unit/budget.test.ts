import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { assetsOf, gzipSize, measurePage, staticImports } from '../../scripts/budget.ts';

test('assetsOf finds stylesheets, scripts, preloads and island code under the base, not search', () => {
	const html = [
		'<link rel="stylesheet" href="/b/_astro/a.css">',
		'<link rel="icon" href="/b/logo.svg">',
		'<script type="module" src="/b/_astro/x.js"></script>',
		'<link rel="modulepreload" href="/b/_astro/y.js">',
		'<astro-island component-url="/b/_astro/Island.js" renderer-url="/b/_astro/client.js"></astro-island>',
		'<link rel="stylesheet" href="/b/pagefind/pagefind-component-ui.css">',
		'<script src="https://elsewhere.example/x.js"></script>',
	].join('');
	expect(assetsOf(html, '/b/')).toEqual({
		css: ['_astro/a.css'],
		js: ['_astro/x.js', '_astro/y.js', '_astro/Island.js', '_astro/client.js'],
	});
});

test('staticImports follows static imports but not dynamic ones', () => {
	expect(staticImports('import{a as e}from"./preact.module.js";import"./side.js";const l=()=>import("./lazy.js")')).toEqual([
		'preact.module.js',
		'side.js',
	]);
});

test('measurePage adds up the page, its CSS and the whole static import graph once each', () => {
	const dir = mkdtempSync(join(tmpdir(), 'budget-'));
	mkdirSync(join(dir, '_astro'));
	writeFileSync(join(dir, 'index.html'), '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/x.js"></script>');
	writeFileSync(join(dir, '_astro/a.css'), 'body{color:red}');
	writeFileSync(join(dir, '_astro/x.js'), 'import"./y.js";import"./z.js";');
	writeFileSync(join(dir, '_astro/y.js'), 'import"./z.js";console.log(1)');
	writeFileSync(join(dir, '_astro/z.js'), 'console.log(2)');
	const weight = measurePage(dir, '/', 'home', 'index.html');
	const expectedJs = gzipSize('import"./y.js";import"./z.js";') + gzipSize('import"./z.js";console.log(1)') + gzipSize('console.log(2)');
	expect(weight.js).toBe(expectedJs);
	expect(weight.css).toBe(gzipSize('body{color:red}'));
	expect(weight.files.sort()).toEqual(['_astro/a.css', '_astro/x.js', '_astro/y.js', '_astro/z.js']);
});
