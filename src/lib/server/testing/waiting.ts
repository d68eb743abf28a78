/** A promise the test resolves when it chooses: to hold a transaction open while something else waits. */
export function gate(): { held: Promise<void>; release: () => void } {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	return { held, release };
}

/** True when `promise` has not settled after `ms`: it is waiting for something (a lock), not merely slow to start. */
export async function stillWaiting(promise: Promise<unknown>, ms: number): Promise<boolean> {
	let settled = false;
	void promise.then(
		() => (settled = true),
		() => (settled = true)
	);
	await new Promise((resolve) => setTimeout(resolve, ms));
	return !settled;
}
