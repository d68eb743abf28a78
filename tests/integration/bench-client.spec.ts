import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BenchConnection, parseResponse } from '../../scripts/bench/http-client';

// The benchmarks' figures are only as true as their client's idea of where an answer ends.
describe('the benchmark HTTP client', () => {
	const bodies = { '/sized': 'x'.repeat(200_000), '/chunked': ['één', 'y'.repeat(70_000), 'z'] };
	let server: http.Server;
	let base: URL;
	const seen: { path: string; cookie?: string; socket: unknown }[] = [];

	beforeAll(async () => {
		server = http.createServer((req, res) => {
			seen.push({ path: req.url!, cookie: req.headers.cookie, socket: req.socket });
			if (req.url === '/sized') return void res.writeHead(200, { 'content-length': Buffer.byteLength(bodies['/sized']) }).end(bodies['/sized']);
			if (req.url === '/chunked') {
				res.writeHead(201);
				for (const part of bodies['/chunked']) res.write(part);
				return void res.end();
			}
			if (req.url === '/close') return void res.writeHead(200, { connection: 'close', 'content-length': 2 }).end('ok');
			res.writeHead(404, { 'content-length': 0 }).end();
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	it('reads sized and chunked answers whole, one connection for many requests, headers sent', async () => {
		for (const path of ['/sized', '/chunked'] as const) {
			seen.length = 0;
			const connection = new BenchConnection(new URL(path, base), { Cookie: 'dpia_session=abc' });
			const statuses = [];
			for (let i = 0; i < 5; i++) statuses.push(await connection.get());
			connection.close();
			expect(statuses).toEqual(Array(5).fill(path === '/sized' ? 200 : 201));
			expect(seen.map((s) => [s.path, s.cookie])).toEqual(Array(5).fill([path, 'dpia_session=abc']));
			expect(new Set(seen.map((s) => s.socket)).size).toBe(1);
		}
	});

	it('gives the status of an error answer and opens a new connection when the server closed one', async () => {
		const missing = new BenchConnection(new URL('/nothing', base));
		expect(await missing.get()).toBe(404);
		missing.close();
		seen.length = 0;
		const closing = new BenchConnection(new URL('/close', base));
		expect([await closing.get(), await closing.get(), await closing.get()]).toEqual([200, 200, 200]);
		closing.close();
		expect(new Set(seen.map((s) => s.socket)).size).toBe(3);
	});

	it('waits for the rest of an answer that arrives in pieces', () => {
		const whole = Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello' + 'HTTP/1.1 204 No Content\r\n\r\n');
		expect(parseResponse(whole.subarray(0, 20))).toBe('incomplete');
		expect(parseResponse(whole.subarray(0, 40))).toBe('incomplete');
		expect(parseResponse(whole)).toEqual({ status: 200, length: 43, close: false });
		expect(parseResponse(whole.subarray(43))).toEqual({ status: 204, length: whole.length - 43, close: false });
		const chunked = Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n');
		expect(parseResponse(chunked.subarray(0, chunked.length - 1))).toBe('incomplete');
		expect(parseResponse(chunked)).toEqual({ status: 200, length: chunked.length, close: false });
		expect(parseResponse(Buffer.from('SSH-2.0-OpenSSH\r\n\r\n'))).toBeInstanceOf(Error);
	});
});
