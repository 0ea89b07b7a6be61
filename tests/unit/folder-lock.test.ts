import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { claimFolder } from '../../scripts/folder-lock.ts';

const folder = () => join(mkdtempSync(join(tmpdir(), 'folder-lock-')), 'site');

test('a second process is told who holds the folder; once released, it can claim it', () => {
	const site = folder();
	const first = claimFolder(site);
	expect(first.ok).toBe(true);
	// The parent of this test process is running: it stands for another run of the benchmark.
	expect(claimFolder(site, process.ppid)).toEqual({ ok: false, holder: process.pid });
	if (first.ok) first.release();
	expect(existsSync(`${site}.lock`)).toBe(false);
	// Released twice (an exit after a release), nothing is left to remove and nothing throws.
	if (first.ok) first.release();
	expect(claimFolder(site, process.ppid).ok).toBe(true);
});

test('a lock left by a process that has gone is taken over', () => {
	const site = folder();
	// Process ids stop well below this on Linux (pid_max is at most 2^22).
	writeFileSync(`${site}.lock`, String(2 ** 22 + 7));
	expect(claimFolder(site).ok).toBe(true);
});

test('release leaves a lock that another process has taken over', () => {
	const site = folder();
	const first = claimFolder(site);
	writeFileSync(`${site}.lock`, String(process.ppid));
	if (first.ok) first.release();
	expect(existsSync(`${site}.lock`)).toBe(true);
});
