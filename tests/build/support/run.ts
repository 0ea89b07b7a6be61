import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/** How a command ended: its exit status (null when it could not start or was stopped) and what it printed. */
export interface Ran {
	status: number | null;
	stdout: string;
	stderr: string;
}

/**
 * Runs a command without blocking the test file, so builds of one file can run side by side;
 * resolves when it ends, whether it passed or not. `started` is told the child (to stop it).
 */
export function run(command: string, args: readonly string[], options: SpawnOptions, started?: (child: ChildProcess) => void): Promise<Ran> {
	const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
	started?.(child);
	const stdout: Buffer[] = [];
	const stderr: Buffer[] = [];
	child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
	child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
	const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString('utf8');
	return new Promise((done) => {
		child.on('error', (error) => done({ status: null, stdout: text(stdout), stderr: `${command} could not start: ${error.message}` }));
		child.on('close', (status) => done({ status, stdout: text(stdout), stderr: text(stderr) }));
	});
}
