import type { Db } from '../db';
import { dropOrphanFiles } from '../repo/documents';
import { repeat, type Schedule } from '../schedule';

/**
 * How old a file without a document must be before it is removed. An upload in progress is such a file
 * until its last byte is in; at the smallest speed a school line still has (about 10 kB/s) a 20 MB file
 * takes under an hour, so a day leaves every real upload alone.
 */
export const ORPHAN_AGE_MS = 24 * 60 * 60 * 1000;

/** How often the sweep runs while the app is up (and once at start-up). */
export const ORPHAN_SWEEP_INTERVAL_MS = 6 * 60 * 60 * 1000;

/** Removes files no document points at that are older than `ORPHAN_AGE_MS` at `now`; returns how many. */
export const sweepOrphanFiles = (db: Db, now = new Date()) => dropOrphanFiles(db, new Date(now.getTime() - ORPHAN_AGE_MS));

/**
 * Sweeps now and then every `intervalMs`. A sweep that fails is reported and the next one runs as planned;
 * one that finds files reports how many, so a crash's leftovers show up in the log.
 */
export function startOrphanSweep(db: Db, report: { removed(count: number): void; failed(error: unknown): void }, intervalMs = ORPHAN_SWEEP_INTERVAL_MS): Schedule {
	const sweep = () => sweepOrphanFiles(db).then((count) => (count > 0 ? report.removed(count) : undefined), report.failed);
	return repeat(sweep, intervalMs, { now: true });
}
