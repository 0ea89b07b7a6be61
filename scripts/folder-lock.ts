/**
 * One process at a time in a folder that several runs share: `npm run scale` keeps its Starlight
 * site in one folder of $TMPDIR, and two runs writing its pages at once broke each other's builds.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** True while a process of that id runs (signal 0 only asks). */
function running(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it runs, as another user's.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Claims `folder` for this process with `<folder>.lock`, which holds its id, or returns the id of
 * the running process that holds it. A lock left by a process that has gone is taken over.
 * `release` removes the lock (only if it is still this process's).
 *
 * @example
 * const claim = claimFolder('/tmp/site');
 * if (!claim.ok) console.error(`Process ${claim.holder} is using /tmp/site.`);
 * else process.on('exit', claim.release);
 */
export function claimFolder(folder: string, pid = process.pid): { ok: true; release: () => void } | { ok: false; holder: number } {
	const lock = `${folder}.lock`;
	for (;;) {
		try {
			writeFileSync(lock, String(pid), { flag: 'wx' });
			return {
				ok: true,
				release: () => {
					if (existsSync(lock) && readFileSync(lock, 'utf8') === String(pid)) rmSync(lock, { force: true });
				},
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const holder = Number(readFileSync(lock, 'utf8'));
		if (holder !== pid && Number.isInteger(holder) && holder > 0 && running(holder)) return { ok: false, holder };
		rmSync(lock, { force: true });
	}
}
