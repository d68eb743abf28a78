import { readFileSync } from 'node:fs';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}
interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

/** node_modules/<package> or the app's own build chunk: where a sample's time belongs. */
function packageOf(url: string): string {
	if (!url) return '(native, GC, idle)';
	const dependency = url.match(/node_modules\/((@[^/]+\/)?[^/]+)/);
	if (dependency) return dependency[1]!;
	if (url.includes('/build/')) return 'the app (build/)';
	return url.startsWith('node:') ? 'node' : url;
}

function frameName(node: ProfileNode): string {
	const { functionName, url, lineNumber } = node.callFrame;
	const where = url.replace(/.*node_modules\//, '').replace(/.*\/build\/server\/chunks\//, 'build/');
	return `${functionName || '(anonymous)'} ${where}${where ? `:${lineNumber + 1}` : ''}`;
}

const table = (title: string, shares: Map<string, number>, total: number, top: number) =>
	[
		`\n${title}`,
		...[...shares]
			.sort((a, b) => b[1] - a[1])
			.slice(0, top)
			.map(([name, time]) => `${((100 * time) / total).toFixed(1).padStart(6)}%  ${name}`)
	].join('\n');

/**
 * A V8 .cpuprofile as three tables: time by package, by function itself ("self"), and by function with
 * everything it called ("inclusive", each function counted once per sample even when recursive).
 */
export function summarizeProfile(file: string, top: number): string {
	const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const timeOf = new Map<number, number>();
	profile.samples.forEach((id, i) => timeOf.set(id, (timeOf.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

	const byPackage = new Map<string, number>();
	const self = new Map<string, number>();
	const inclusive = new Map<string, number>();
	const add = (map: Map<string, number>, key: string, time: number) => map.set(key, (map.get(key) ?? 0) + time);
	let total = 0;
	for (const [id, time] of timeOf) {
		const node = byId.get(id)!;
		total += time;
		add(byPackage, packageOf(node.callFrame.url), time);
		add(self, frameName(node), time);
		const seen = new Set<string>();
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
			const name = frameName(byId.get(at)!);
			if (!seen.has(name)) add(inclusive, name, time);
			seen.add(name);
		}
	}
	return [
		`${(total / 1e6).toFixed(1)} s of samples`,
		table('by package', byPackage, total, top),
		table('by function (self)', self, total, top),
		table('by function (inclusive)', inclusive, total, top)
	].join('\n');
}
