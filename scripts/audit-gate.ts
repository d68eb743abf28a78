/**
 * `npm audit --omit=dev` as a CI gate: a high or critical advisory in a runtime dependency fails, unless
 * it is listed in .ci/audit-exceptions.json with a reason and a review date (an expired one fails
 * again). When the registry's audit endpoint cannot be asked (this machine's registry answers the bulk
 * advisory POST with 405), that is said plainly and the gate passes: the check did not run, and the
 * log says so, rather than a green "0 vulnerabilities". AUDIT_REQUIRED=1 turns that case into a failure.
 *
 *   npx tsx scripts/audit-gate.ts [--report saved-npm-audit.json]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface AuditException {
	/** The advisory URL npm reports (https://github.com/advisories/GHSA-…). */
	advisory: string;
	reason: string;
	/** YYYY-MM-DD: after this the exception no longer counts and must be looked at again. */
	reviewBy: string;
}

export type Verdict =
	| { kind: 'unavailable'; detail: string }
	| { kind: 'clean'; counts: Record<string, number>; excepted: string[] }
	| { kind: 'findings'; findings: string[]; excepted: string[] };

interface Advisory {
	name?: string;
	title?: string;
	url?: string;
	severity?: string;
}
interface NpmAuditReport {
	vulnerabilities?: Record<string, { severity: string; via: (string | Advisory)[] }>;
	metadata?: { vulnerabilities?: Record<string, number> };
	message?: string;
	statusCode?: number;
	error?: { summary?: string };
}

const BLOCKING = new Set(['high', 'critical']);

/** What an `npm audit --json` answer means for CI, given the documented exceptions. */
export function judge(output: string, exceptions: AuditException[], today: string): Verdict {
	let report: NpmAuditReport;
	try {
		report = JSON.parse(output) as NpmAuditReport;
	} catch {
		return { kind: 'unavailable', detail: `npm audit gave no JSON: ${output.slice(0, 200)}` };
	}
	if (!report.metadata?.vulnerabilities) {
		return { kind: 'unavailable', detail: report.message ?? report.error?.summary ?? 'npm audit answered without a report' };
	}
	const valid = new Map(exceptions.filter((e) => e.reviewBy >= today).map((e) => [e.advisory, e]));
	const findings: string[] = [];
	const excepted: string[] = [];
	for (const [pkg, entry] of Object.entries(report.vulnerabilities ?? {})) {
		for (const via of entry.via) {
			// a string `via` points at another package's entry, which is judged on its own
			if (typeof via === 'string' || !BLOCKING.has(via.severity ?? '')) continue;
			const line = `${via.severity} ${pkg}: ${via.title ?? 'advisory'} ${via.url ?? ''}`.trim();
			if (via.url && valid.has(via.url)) excepted.push(`${line} (excepted until ${valid.get(via.url)!.reviewBy}: ${valid.get(via.url)!.reason})`);
			else findings.push(line);
		}
	}
	if (findings.length) return { kind: 'findings', findings, excepted };
	return { kind: 'clean', counts: report.metadata.vulnerabilities, excepted };
}

function main(): number {
	const args = process.argv.slice(2);
	const saved = args[0] === '--report' ? args[1] : undefined;
	const output = saved ? readFileSync(saved, 'utf8') : spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' }).stdout;
	const file = '.ci/audit-exceptions.json';
	const exceptions = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { exceptions: AuditException[] }).exceptions : [];
	const verdict = judge(output, exceptions, new Date().toISOString().slice(0, 10));
	if (verdict.kind === 'unavailable') {
		console.warn(`WARNING: npm audit did not run (${verdict.detail}). Runtime dependencies were NOT checked for advisories.`);
		return process.env.AUDIT_REQUIRED === '1' ? 1 : 0;
	}
	for (const line of verdict.excepted) console.log(`excepted: ${line}`);
	if (verdict.kind === 'findings') {
		console.error(`npm audit --omit=dev: ${verdict.findings.length} high/critical advisories:\n  ${verdict.findings.join('\n  ')}`);
		console.error(`Update the dependency, or document an exception in ${file}.`);
		return 1;
	}
	console.log(`npm audit --omit=dev: no high or critical advisories (${JSON.stringify(verdict.counts)})`);
	return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(main());
