/*
 * Preloaded into every Node process of a build (NODE_OPTIONS=--import=…): counts how often the
 * file COUNT_READS_OF is read and appends "<pid> <count>" to COUNT_READS_LOG when the process ends.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';

const target = resolve(process.env.COUNT_READS_OF ?? '');
const log = process.env.COUNT_READS_LOG ?? '';
let reads = 0;
const counts = (path) => {
	try {
		if (resolve(path instanceof URL ? path.pathname : String(path)) === target) reads += 1;
	} catch {
		// A file descriptor or a buffer: not a path to compare.
	}
};
for (const name of ['readFileSync', 'readFile', 'createReadStream']) {
	const original = fs[name];
	fs[name] = function (path, ...rest) {
		counts(path);
		return original.call(this, path, ...rest);
	};
}
const readFilePromise = fs.promises.readFile;
fs.promises.readFile = function (path, ...rest) {
	counts(path);
	return readFilePromise.call(this, path, ...rest);
};
syncBuiltinESMExports();
process.on('exit', () => fs.appendFileSync(log, `${process.pid} ${reads}\n`));
