import net from 'node:net';

/**
 * One keep-alive HTTP/1.1 connection that sends the same GET again and again and reads just enough of each
 * answer to know where it ends (status line, Content-Length or chunked framing). Node's `http` client
 * costs the benchmark's machine about 0.8 ms of CPU per request: a tenth of what a page costs the app,
 * PostgreSQL and the client together on two cores. A benchmark that shares the server's cores should take
 * as little of them as it can.
 */
export class BenchConnection {
	private socket: net.Socket | null = null;
	private buffered: Buffer = Buffer.alloc(0);
	private pending: { resolve: (status: number) => void; reject: (error: Error) => void } | null = null;
	private readonly request: Buffer;

	constructor(
		private readonly url: URL,
		headers: Record<string, string> = {}
	) {
		const lines = [`GET ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`, 'Connection: keep-alive'];
		for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
		this.request = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
	}

	/** Sends the request once and resolves with the answer's status when its whole body has arrived. */
	get(): Promise<number> {
		if (this.pending) return Promise.reject(new Error('one request at a time per connection'));
		return new Promise((resolve, reject) => {
			this.pending = { resolve, reject };
			this.connected().write(this.request);
		});
	}

	close(): void {
		this.socket?.destroy();
		this.socket = null;
		this.buffered = Buffer.alloc(0);
	}

	private connected(): net.Socket {
		if (this.socket) return this.socket;
		const socket = net.connect({ host: this.url.hostname, port: Number(this.url.port || 80), noDelay: true });
		socket.on('data', (chunk) => this.receive(chunk));
		// A server may close a kept-alive connection; the next request opens a new one.
		const lost = (error?: Error) => {
			if (this.socket !== socket) return;
			this.socket = null;
			this.buffered = Buffer.alloc(0);
			this.fail(error ?? new Error('connection closed before the answer was complete'));
		};
		socket.on('error', lost);
		socket.on('close', () => lost());
		this.socket = socket;
		return socket;
	}

	private fail(error: Error): void {
		const pending = this.pending;
		this.pending = null;
		pending?.reject(error);
	}

	private receive(chunk: Buffer): void {
		this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
		const parsed = parseResponse(this.buffered);
		if (parsed === 'incomplete') return;
		if (parsed instanceof Error) {
			this.fail(parsed);
			this.close();
			return;
		}
		this.buffered = this.buffered.subarray(parsed.length);
		// Closed before the next request goes out, which would otherwise race the server's FIN.
		if (parsed.close) this.close();
		const pending = this.pending;
		this.pending = null;
		pending?.resolve(parsed.status);
	}
}

const HEAD_END = Buffer.from('\r\n\r\n');
const CRLF = Buffer.from('\r\n');

export interface ParsedResponse {
	status: number;
	/** Bytes of `data` the answer takes, head and body. */
	length: number;
	/** The server closes the connection after this answer. */
	close: boolean;
}

/** The first whole answer in `data`, 'incomplete' while more must come. */
export function parseResponse(data: Buffer): ParsedResponse | 'incomplete' | Error {
	const headEnd = data.indexOf(HEAD_END);
	if (headEnd < 0) return 'incomplete';
	const head = data.toString('latin1', 0, headEnd);
	const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1]);
	if (!status) return new Error(`not an HTTP/1.1 answer: ${head.slice(0, 40)}`);
	const bodyStart = headEnd + HEAD_END.length;
	const close = /\r\nconnection:\s*close/i.test(head);
	if (/\r\ntransfer-encoding:[^\r]*chunked/i.test(head)) {
		const end = chunkedEnd(data, bodyStart);
		return typeof end === 'number' ? { status, length: end, close } : end;
	}
	const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
	// Without a length (204, 304, or a 1xx we never ask for) the answer has no body.
	const end = bodyStart + (length ? Number(length[1]) : 0);
	return data.length >= end ? { status, length: end, close } : 'incomplete';
}

function chunkedEnd(data: Buffer, from: number): number | 'incomplete' | Error {
	let at = from;
	for (;;) {
		const lineEnd = data.indexOf(CRLF, at);
		if (lineEnd < 0) return 'incomplete';
		const size = parseInt(data.toString('latin1', at, lineEnd), 16);
		if (Number.isNaN(size)) return new Error('bad chunk size');
		if (size === 0) {
			// No trailers are sent to us: the last chunk is "0\r\n" and an empty line.
			const end = lineEnd + 2 * CRLF.length;
			return data.length >= end ? end : 'incomplete';
		}
		at = lineEnd + CRLF.length + size + CRLF.length;
		if (data.length < at) return 'incomplete';
	}
}
