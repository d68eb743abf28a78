/**
 * A 20 MB document through the running app: upload (multipart form action) and download, each timed, with
 * the server process's peak memory growth over the transfer, and the latency of a register page fetched
 * over and over while the upload runs (issue 21: a big upload must not hold up other requests).
 *   npm run build && npm run bench:documents -- [--mb 20] [--port 4325]
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { startBuiltApp } from '../../src/lib/server/testing/built-app';
import { benchDatabase } from './database';
import { BENCH_PASSWORD } from './populate';
import { loginCookie } from './server';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '20' }, port: { type: 'string', default: '4325' } } });
const bytes = Number(values.mb) * 1024 * 1024;
const port = Number(values.port);

/** Resident memory now and its peak since the last reset, in MB (Linux /proc; the peak is reset by clear_refs 5). */
function memory(pid: number) {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
	return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}
/** CPU time (user + system) the process has used, in ms (/proc/<pid>/stat, clock ticks of 10 ms). */
function cpuMs(pid: number) {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
	return (Number(fields[11]) + Number(fields[12])) * 10;
}
const resetPeak = (pid: number) => writeFileSync(`/proc/${pid}/clear_refs`, '5');
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] ?? NaN;
/** The page poller's thread: one request after the other, each reported with its start (epoch ms) and duration. */
const POLLER = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
	for (;;) {
		const at = performance.timeOrigin + performance.now();
		await (await fetch(workerData.url, { headers: { cookie: workerData.cookie } })).arrayBuffer();
		parentPort.postMessage({ at, ms: performance.timeOrigin + performance.now() - at });
	}
})();`;
/** How long the page requests run alone, for the baseline of memory growth; about as long as the upload. */
const CONTROL_MS = 2500;
const mb = (n: number) => `${n.toFixed(1)} MB`;

const database = await benchDatabase({ pg: false, orgs: 1, dpias: 50 });
const server = await startBuiltApp({ ...database.env, ORIGIN: `http://127.0.0.1:${port}`, LOG_LEVEL: 'silent' }, port);
const pid = server.process.pid!;
try {
	const { slug, email } = database.first;
	const cookie = await loginCookie(server.url, email, BENCH_PASSWORD);
	const headers = { cookie, origin: server.url };
	const made = await fetch(`${server.url}/o/${slug}/suppliers/new`, {
		method: 'POST',
		headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded', 'x-sveltekit-action': 'true' },
		body: new URLSearchParams({ name: 'Bench BV', kvkNumber: '', privacyContact: '', convenantSince: '', agreementModel: 'convenant_4', agreementSignedOn: '', agreementValidUntil: '', storageCountry: 'NL' })
	});
	const madeAnswer = (await made.json()) as { type: string; location?: string };
	const supplierPath = madeAnswer.location?.split('?')[0];
	if (!supplierPath) throw new Error(`supplier not made: ${JSON.stringify(madeAnswer).slice(0, 300)}`);

	// The upload form is on the supplier page, so a person has it open before uploading; the bench asks for
	// it too. Otherwise the first request to the route would also load its server code, counted as upload.
	await (await fetch(`${server.url}${supplierPath}`, { headers: { cookie } })).arrayBuffer();

	const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(bytes - 9)]);
	const sha256 = createHash('sha256').update(content).digest('hex');
	const form = new FormData();
	form.set('kind', 'agreement');
	form.set('file', new Blob([content], { type: 'application/pdf' }), 'bench.pdf');

	// A page of the register fetched back to back while the upload runs, from a thread of its own: in this
	// thread, sending the 20 MB form body would hold up the page requests and be charged to the server.
	const poller = new Worker(POLLER, { eval: true, workerData: { url: `${server.url}/o/${slug}/processings`, cookie } });
	const pageTimes: { at: number; ms: number }[] = [];
	poller.on('message', (time: { at: number; ms: number }) => pageTimes.push(time));
	while (pageTimes.length < 5) await new Promise((r) => setTimeout(r, 20));
	// The page requests alone grow the server's memory too (the JS heap sizes up under load): the same
	// span of them without an upload is the baseline the upload's growth is compared with.
	const beforeControl = memory(pid);
	resetPeak(pid);
	await new Promise((r) => setTimeout(r, CONTROL_MS));
	const control = memory(pid).peak - beforeControl.rss;
	const before = memory(pid);
	resetPeak(pid);
	const cpu0 = cpuMs(pid);
	const t0 = performance.now();
	const uploadStart = performance.timeOrigin + t0;
	const upload = await fetch(`${server.url}${supplierPath}?/addDocument`, { method: 'POST', headers: { ...headers, 'x-sveltekit-action': 'true' }, body: form });
	const uploadMs = performance.now() - t0;
	const uploadEnd = performance.timeOrigin + performance.now();
	await poller.terminate();
	// the page requests' CPU is in there too: the figure is an upper bound for the upload's own
	const uploadCpu = cpuMs(pid) - cpu0;
	const afterUpload = memory(pid);
	const answer = await upload.text();
	if (!upload.ok || !answer.includes('"type":"success"')) throw new Error(`upload refused (${upload.status}): ${answer.slice(0, 300)}`);
	const idle = pageTimes.filter((p) => p.at + p.ms < uploadStart).map((p) => p.ms);
	// every page request that overlapped the upload
	const during = pageTimes.filter((p) => p.at < uploadEnd && p.at + p.ms > uploadStart).map((p) => p.ms);

	const html = await (await fetch(`${server.url}${supplierPath}`, { headers: { cookie } })).text();
	const documentPath = new RegExp(`/o/${slug}/documents/[0-9a-f-]{36}|\\.\\./documents/[0-9a-f-]{36}`).exec(html)?.[0];
	if (!documentPath) throw new Error('the uploaded document is not listed');
	const downloadUrl = documentPath.startsWith('..') ? `${server.url}/o/${slug}/${documentPath.slice(3)}` : `${server.url}${documentPath}`;
	resetPeak(pid);
	const beforeDownload = memory(pid);
	const cpu1 = cpuMs(pid);
	const t1 = performance.now();
	const download = Buffer.from(await (await fetch(downloadUrl, { headers: { cookie } })).arrayBuffer());
	const downloadMs = performance.now() - t1;
	const downloadCpu = cpuMs(pid) - cpu1;
	const afterDownload = memory(pid);
	const same = createHash('sha256').update(download).digest('hex') === sha256;

	console.log(`document of ${mb(bytes / 2 ** 20)} (PGlite, one process)`);
	console.log(`  upload:   ${uploadMs.toFixed(0)} ms (server CPU ${uploadCpu} ms with the page requests); server peak RSS +${mb(afterUpload.peak - before.rss)} over ${mb(before.rss)} (${((afterUpload.peak - before.rss) / (bytes / 2 ** 20)).toFixed(1)}× the file)`);
	console.log(`            the page requests alone, ${CONTROL_MS / 1000} s before it: peak RSS +${mb(control)}; the upload's own share +${mb(afterUpload.peak - before.rss - control)} (${((afterUpload.peak - before.rss - control) / (bytes / 2 ** 20)).toFixed(1)}× the file)`);
	console.log(`  download: ${downloadMs.toFixed(0)} ms (server CPU ${downloadCpu} ms); server peak RSS +${mb(afterDownload.peak - beforeDownload.rss)} over ${mb(beforeDownload.rss)}; byte-identical: ${same}`);
	console.log(`  register page before the upload: ${idle.length} requests, p50 ${pct(idle, 50).toFixed(1)} ms`);
	console.log(`  register page during the upload: ${during.length} requests, p50 ${pct(during, 50).toFixed(1)} ms, p99 ${pct(during, 99).toFixed(1)} ms, max ${Math.max(...during).toFixed(1)} ms`);
	if (!same) process.exitCode = 1;
} finally {
	await server.stop();
	await database.cleanup();
}
