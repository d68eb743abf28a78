import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

export class DataDirInUseError extends Error {
	constructor(
		readonly dataDir: string,
		readonly pid: number
	) {
		super(
			`De datamap ${dataDir} is al in gebruik door proces ${pid}. Stop dat proces eerst, of kies een andere map met DATA_DIR. ` +
				`(The data directory is already in use by process ${pid}.)`
		);
		this.name = 'DataDirInUseError';
	}
}

const LOCK_FILE = '.dpia-wijzer.lock';

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * PGlite has no lock between processes, and two processes on one directory silently lose rows.
 * A lock file holding our pid refuses the second process; a lock left by a dead process is taken over.
 */
export function acquireDirLock(dataDir: string): () => void {
	const file = path.join(dataDir, LOCK_FILE);
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(file, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			let released = false;
			return () => {
				if (released) return;
				released = true;
				try {
					unlinkSync(file);
				} catch {
					// already gone: nothing to release
				}
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
			if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) throw new DataDirInUseError(dataDir, pid);
			if (pid === process.pid) throw new DataDirInUseError(dataDir, pid);
			unlinkSync(file);
		}
	}
	throw new Error(`Kon de datamap ${dataDir} niet vergrendelen.`);
}
