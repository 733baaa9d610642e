// The sandbox's HTTP front: a local stand-in for domain.aliyuncs.com that Alibaba's own SDKs talk to unchanged.
// It reads a request the way the gateway does, runs the gateway's checks, applies faults on demand, hands the
// operation to the world, and answers in Alibaba's shapes.
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {formDecode} from '../api/encode.js';
import {isSubmit, type OperationName} from '../api/schema.js';
import {errorBody, newRequestId, RequestRejected, toRejection} from './error-response.js';
import {createFaultPlanner, parseFaults, seededRandom, type FaultPlan, type FaultSpec} from './faults.js';
import {SharedStateFile} from './persist.js';
import {toXml} from './xml-answer.js';
import {claimedVersion, createVerifier, type AccessKey, type IncomingCall} from './verify-request.js';
import {answerForVersion, paramsForVersion} from './versions.js';
import {SandboxWorld, type WorldSnapshot} from './world.js';
import type {SeedSize} from './seed.js';

export interface SandboxOptions {
	/** 0 (the default) picks any free port. */
	port?: number;
	/** Pace of the task engine; 2 runs tasks twice as fast. */
	speed?: number;
	/** A `--faults` text or an already parsed spec. */
	faults?: string | FaultSpec;
	/** Where the world is kept between runs; loaded at start, saved atomically after changes. */
	stateFile?: string;
	/** The sandbox clock (ms since the epoch), used for timestamps and tasks alike. */
	now?: () => number;
	/** Starting account balance. */
	balance?: number;
	/** The account a fresh world starts with: 'standard', or 'large' with a few hundred domains in redemption. */
	seed?: SeedSize;
	/** Makes fault injection deterministic. */
	faultSeed?: number;
	/** No per-request log lines on stderr. */
	quiet?: boolean;
	/** API versions served; both products by default. Only 2017-12-18 stands in for a legacy intl endpoint. */
	versions?: readonly string[];
	/** QueryTaskList reads its time bounds as dates only, in UTC+8 (docs/sandbox.md, by-day mode). */
	byDay?: boolean;
	/**
	 * Operations this endpoint answers as if it did not have them (InvalidAction.NotFound): an endpoint or region
	 * where QueryDomainRealTimePrice is not (yet) offered, to see the client fall back to CheckDomain.
	 */
	without?: readonly OperationName[];
}

export interface RunningSandbox {
	/** `http://127.0.0.1:PORT` */
	url: string;
	port: number;
	world: SandboxWorld;
	/** Requests received so far, including refused and dropped ones. */
	readonly requests: number;
	close(): Promise<void>;
}

export const SANDBOX_CREDENTIALS = {accessKeyId: 'sandbox', accessKeySecret: 'sandbox-secret'} as const;
/** The one STS token the sandbox accepts, with the sandbox AccessKey. */
export const SANDBOX_SECURITY_TOKEN = 'sandbox-token';

/**
 * A RAM user of the sandbox account whose policy grants the Domain API but not the billing API, as a policy of
 * only AliyunDomainFullAccess would: everything works, the balance cannot be read.
 */
export const SANDBOX_RAM_CREDENTIALS = {accessKeyId: 'sandbox-ram', accessKeySecret: 'sandbox-ram-secret'} as const;

const KEYS = new Map<string, AccessKey>([
	[
		SANDBOX_CREDENTIALS.accessKeyId,
		{secret: SANDBOX_CREDENTIALS.accessKeySecret, securityTokens: [SANDBOX_SECURITY_TOKEN]},
	],
	[
		SANDBOX_RAM_CREDENTIALS.accessKeyId,
		{
			secret: SANDBOX_RAM_CREDENTIALS.accessKeySecret,
			securityTokens: [],
			denied: new Set<OperationName>(['QueryAccountBalance']),
			ramUser: 'sandbox-ram',
		},
	],
]);
/**
 * `x-acs-retry-after` is in milliseconds: Alibaba's SDKs read it as such (their throttling tests answer `80` and
 * expect a wait of about 80 ms; `getThrottlingTimeLeft` returns the header's number as the ms to wait), and our
 * client (source/api/client.ts) does the same. The installed openapi-client 0.4.15 does not read it at all.
 */
const THROTTLE_RETRY_AFTER_MS = 500;
// A 1,000-domain batch is about 120 KB of form body; anything far beyond that is not a Domain API request.
const MAX_BODY_BYTES = 16 * 1024 * 1024;
// A GET with a batch in its URL (as pop-core sends by default) far exceeds node's 16 KB header limit.
const MAX_HEADER_BYTES = 1024 * 1024;

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
	const faults = typeof options.faults === 'string' ? parseFaults(options.faults) : (options.faults ?? {});
	const now = options.now ?? Date.now;
	const log = options.quiet ? () => {} : (line: string) => process.stderr.write(`${line}\n`);
	const worldOptions = {now, speed: options.speed, balance: options.balance, seed: options.seed, byDay: options.byDay};
	const shared = options.stateFile ? new SharedStateFile(options.stateFile) : undefined;
	// The seed is laid out relative to the clock at first start (expiry dates, for one): the first world is saved at
	// once, so a redeem prepared in one run still matches the dates in the next.
	const world = shared
		? await shared.transaction((saved) => {
				const made = new SandboxWorld(worldOptions, saved as WorldSnapshot | undefined);
				if (saved === undefined) shared.save(made.snapshot());
				return made;
			})
		: new SandboxWorld(worldOptions);
	let unsaved = false;
	world.onChange(() => (unsaved = true));

	/** Runs one operation on the latest world; a change to the account is on disk before the answer is sent. */
	function run<T>(action: OperationName, operation: () => T): Promise<T> | T {
		if (!shared) return operation();
		return shared.transaction((fresh) => {
			if (fresh !== undefined) world.restore(fresh as WorldSnapshot);
			const mutating = isSubmit(action);
			const before = mutating ? world.snapshot() : undefined;
			const mutations = world.mutations;
			const result = operation();
			if (world.mutations !== mutations) {
				try {
					shared.save(world.snapshot());
				} catch (error) {
					// Not saved means not done: the caller hears an error and the task never runs.
					if (before) world.restore(before);
					throw error;
				}
				unsaved = false;
			}
			return result;
		});
	}

	const verify = createVerifier({keys: (id) => KEYS.get(id), now, versions: options.versions});
	const planFaults = createFaultPlanner(
		faults,
		options.faultSeed !== undefined ? seededRandom(options.faultSeed) : Math.random,
	);
	let requests = 0;

	async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const started = Date.now();
		const requestId = newRequestId();
		const fault = planFaults();
		if (fault.reset) {
			req.socket.destroy();
			log(`${req.method} reset (fault)`);
			return;
		}
		const body = await readBody(req);
		if (body === undefined) return;
		const url = new URL(req.url ?? '/', 'http://sandbox');
		const call: IncomingCall = {
			method: req.method ?? 'GET',
			pathname: url.pathname,
			query: Object.fromEntries(url.searchParams),
			headers: req.headersDistinct,
			body,
			bodyParams: isForm(req) ? formDecode(body.toString('utf8')) : {},
		};
		const answer = await handle(call, fault, requestId, clientIp(req));
		if (fault.latencyMs > 0) await sleep(fault.latencyMs);
		const took = `${Date.now() - started}ms`;
		if (answer.lose) {
			res.socket?.destroy();
			log(`${call.method} ${answer.action} ${answer.status} then dropped (lost-response fault) ${took}`);
			return;
		}
		// Format=XML (RPC style) is answered in XML, as the gateway does; anything else in JSON.
		const xml = (call.query.Format ?? call.bodyParams.Format ?? '').toUpperCase() === 'XML';
		const text = xml
			? toXml(answer.status === 200 ? `${answer.action}Response` : 'Error', answer.body)
			: JSON.stringify(answer.body);
		res.writeHead(answer.status, {
			'content-type': xml ? 'text/xml;charset=utf-8' : 'application/json;charset=utf-8',
			'content-length': Buffer.byteLength(text),
			'x-acs-request-id': requestId,
			...(answer.retryAfterMs !== undefined ? throttleHeaders(answer.retryAfterMs, Date.now()) : {}),
		});
		res.end(text);
		log(`${call.method} ${answer.action} ${answer.status}${answer.code ? ` ${answer.code}` : ''} ${took}`);
	}

	async function handle(call: IncomingCall, fault: FaultPlan, requestId: string, ip: string): Promise<Answer> {
		let action = '-';
		try {
			if (call.pathname !== '/' || (call.method !== 'GET' && call.method !== 'POST'))
				throw new RequestRejected('InvalidAction.NotFound');
			const verified = verify(call);
			action = verified.action;
			if (options.without?.includes(verified.action)) throw new RequestRejected('InvalidAction.NotFound');
			// Flow control and outages strike authenticated calls before they run, as the gateway's would.
			if (fault.refuse === 'throttle')
				throw new RequestRejected('Throttling.User', undefined, {retryAfterMs: THROTTLE_RETRY_AFTER_MS});
			if (fault.refuse === 'unavailable') throw new RequestRejected('ServiceUnavailable');
			const params = paramsForVersion(verified.action, verified.version, verified.params);
			const answer = await run(verified.action, () =>
				world.handle(verified.action, params as never, {
					accessKeyId: verified.accessKeyId,
					ramUser: KEYS.get(verified.accessKeyId)?.ramUser,
					clientIp: ip,
					requestId,
				}),
			);
			const result = answerForVersion(verified.action, verified.version, answer);
			return {
				status: 200,
				action,
				body: {...(result as object), RequestId: requestId},
				lose: fault.lostResponse && isSubmit(verified.action),
			};
		} catch (error) {
			const rejection = toRejection(error);
			if (rejection.code === 'InternalError')
				log(`sandbox: ${action} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
			return {
				status: rejection.status,
				action,
				code: rejection.code,
				body: errorBody(rejection, requestId, claimedVersion(call)),
				retryAfterMs: rejection.retryAfterMs,
				lose: false,
			};
		}
	}

	const server = createServer({maxHeaderSize: MAX_HEADER_BYTES}, (req, res) => {
		requests++;
		serve(req, res).catch((error: unknown) => {
			log(`sandbox: request failed: ${(error as Error).message}`);
			res.destroy();
		});
	});
	server.keepAliveTimeout = 30_000;
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, '127.0.0.1', () => {
			server.off('error', reject);
			resolve();
		});
	});
	const {port} = server.address() as AddressInfo;

	let closing: Promise<void> | undefined;
	return {
		url: `http://127.0.0.1:${port}`,
		port,
		world,
		get requests() {
			return requests;
		},
		close() {
			closing ??= (async () => {
				await new Promise<void>((resolve) => {
					server.close(() => resolve());
					server.closeAllConnections();
				});
				// Tasks moved on since the last save: worth keeping unless another process saved since (its file then
				// holds everything this one did, and the engine replays the rest).
				await shared?.transaction((fresh) => {
					if (fresh === undefined && unsaved) shared.save(world.snapshot());
				});
			})();
			return closing;
		},
	};
}

interface Answer {
	status: number;
	action: string;
	code?: string;
	body: unknown;
	retryAfterMs?: number;
	/** Processed, but the client must never hear about it. */
	lose: boolean;
}

/**
 * A throttled answer says how long to wait in both headers Alibaba's SDK runtimes read (docs/api.md "Throttling"):
 * `x-acs-retry-after` in ms, and `x-ratelimit-user-api` / `x-ratelimit-user` as `Limit:…,Remain:0,TimeLeft:ms,Reset:…`
 * (TimeLeft in ms; the unit of Reset is UNCONFIRMED, here ms since the epoch).
 */
function throttleHeaders(retryAfterMs: number, now: number): Record<string, string> {
	const limit = `Limit:10,Remain:0,TimeLeft:${retryAfterMs},Reset:${now + retryAfterMs}`;
	return {'x-acs-retry-after': String(retryAfterMs), 'x-ratelimit-user-api': limit, 'x-ratelimit-user': limit};
}

function isForm(req: IncomingMessage): boolean {
	return (req.headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded');
}

function clientIp(req: IncomingMessage): string {
	return (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
}

/** The whole body, or undefined when the client went away or sent far too much (the connection is then closed). */
function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
	return new Promise((resolve) => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > MAX_BODY_BYTES) {
				req.socket.destroy();
				resolve(undefined);
				return;
			}
			chunks.push(chunk);
		});
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', () => resolve(undefined));
		req.on('aborted', () => resolve(undefined));
	});
}

function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

export type {FaultSpec} from './faults.js';
export {FaultSpecError, parseFaults} from './faults.js';
