import { readFileSync } from 'node:fs';
import { renderReport } from '../src/lib/server/pdf';
const snapshot = JSON.parse(readFileSync('/tmp/proto/snapshot.json', 'utf8'));
for (const kind of ['full', 'gmr'] as const) {
	for (let i = 0; i < 10; i++) await renderReport(kind, snapshot, 'nl');
	const t = performance.now();
	const c = process.cpuUsage();
	for (let i = 0; i < 30; i++) await renderReport(kind, snapshot, 'nl');
	const cpu = process.cpuUsage(c);
	console.log(kind, 'wall', ((performance.now() - t) / 30).toFixed(1), 'cpu', ((cpu.user + cpu.system) / 1000 / 30).toFixed(1));
}
import { writeFileSync } from 'node:fs';
writeFileSync('/tmp/proto/stripped.pdf', await renderReport('full', snapshot, 'nl'));
