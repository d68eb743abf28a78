// A stand-in report worker for the pool's tests: it misbehaves on request, as a runaway render would.
export default async function fakeRender(task) {
	task.started.postMessage(null);
	task.started.close();
	if (task.kind === 'hang') for (;;);
	if (task.kind === 'hog') {
		const held = [];
		for (;;) held.push(new Array(1_000_000).fill(held.length));
	}
	return { ok: true, pdf: new Uint8Array([37, 80, 68, 70]) };
}
