import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { hashPassword } from '../../src/lib/server/auth/password';
import { openDatabase } from '../../src/lib/server/db/open';
import { users } from '../../src/lib/server/db/schema';
import { reportSnapshotOf, renderReportHere, type ReportSnapshot } from '../../src/lib/server/pdf';
import { reportFixture } from '../../src/lib/server/pdf/testing/report-fixture';
import * as workflowRepo from '../../src/lib/server/repo/workflow';
import { load } from './load';
import { loginCookie, startServer } from './server';

const PASSWORD = 'bench-password-big-report';

export interface BigDpia {
	snapshot: ReportSnapshot;
	slug: string;
	assessmentId: string;
	email: string;
}

/**
 * Issue 18's large DPIA, built through the services the forms call, with the forms' own schemas: 150
 * risks and 50 measures, every text at its maximum length, every measure linked to every risk. Version 1
 * is signed off (its reports are kept files); version 2, a copy of it, is the draft whose reports are
 * rendered on every download.
 */
export async function bigDpia(dataDir: string): Promise<BigDpia> {
	const database = await openDatabase({ dataDir });
	try {
		await database.migrate();
		const fx = await reportFixture(database.db, { slug: 'groot-bestuur', risks: 150, measures: 50, long: true });
		const { version } = (await workflowRepo.currentOf(database.db, fx.organisation.id, fx.assessment.id))!;
		await fx.act('editor', 'new_version', { newVersion: { reason: 'vendor', text: 'Nieuwe subverwerker' } });
		const email = fx.people.editor.email;
		await database.db.update(users).set({ passwordHash: await hashPassword(PASSWORD) }).where(eq(users.email, email));
		return { snapshot: await reportSnapshotOf(database.db, version.id), slug: fx.organisation.slug, assessmentId: fx.assessment.id, email };
	} finally {
		await database.close();
	}
}

const cpuMs = (since: NodeJS.CpuUsage) => {
	const used = process.cpuUsage(since);
	return (used.user + used.system) / 1000;
};

/** The full report rendered in this thread `runs` times: wall and CPU time of each, and its size. */
export async function renderFigures(snapshot: ReportSnapshot, runs: number) {
	const rows: { wallMs: number; cpuMs: number; bytes: number }[] = [];
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		const cpu = process.cpuUsage();
		const pdf = await renderReportHere('full', snapshot, 'nl');
		rows.push({ wallMs: performance.now() - started, cpuMs: cpuMs(cpu), bytes: pdf.length });
	}
	return rows;
}

/**
 * The built app on the big DPIA: three full reports of the draft asked for at once (each a render)
 * while /healthz and a questionnaire page are loaded by one connection each; p99 of those pages, how
 * long each report took, and then the download of the signed-off version's kept report.
 */
export async function underLoad(big: BigDpia, dataDir: string, port: number, seconds: number) {
	const server = await startServer({ DATA_DIR: dataDir }, port);
	try {
		const cookie = await loginCookie(server.url, big.email, PASSWORD);
		const page = `${server.url}/o/${big.slug}/assessments/${big.assessmentId}`;
		const quiet = await Promise.all([load(`${server.url}/healthz`, { connections: 1, seconds: 3, cookie }), load(`${page}/questionnaire/2`, { connections: 1, seconds: 3, cookie })]);
		const report = async (version = '') => {
			const started = performance.now();
			const res = await fetch(`${page}/export.pdf?report=full&lang=nl${version}`, { headers: { cookie } });
			const bytes = (await res.arrayBuffer()).byteLength;
			return { status: res.status, ms: performance.now() - started, bytes, retryAfter: res.headers.get('retry-after') };
		};
		const [healthz, questionnaire, reports] = await Promise.all([
			load(`${server.url}/healthz`, { connections: 1, seconds, cookie }),
			load(`${page}/questionnaire/2`, { connections: 1, seconds, cookie }),
			Promise.all([report(), report(), report()])
		]);
		const signed = [];
		for (let i = 0; i < 5; i++) signed.push(await report('&version=1'));
		return { quiet, healthz, questionnaire, reports, signed };
	} finally {
		await server.stop();
	}
}
