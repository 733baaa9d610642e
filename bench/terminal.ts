// A built app (or bare node) in a pseudo-terminal, for the cases that time what a person sees: each write is
// timed until a text is on screen.
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process';
import {performance} from 'node:perf_hooks';
import {stripVTControlCharacters} from 'node:util';

export class Terminal {
	readonly child: ChildProcessWithoutNullStreams;
	private screen = '';
	private waiters: Array<{text: string; resolve: (ms: number) => void; since: number}> = [];

	constructor(command: string, env: NodeJS.ProcessEnv) {
		this.child = spawn('script', ['-qfec', command, '/dev/null'], {env});
		this.child.stdout.on('data', (d: Buffer) => {
			// Only the recent output matters: a frame is redrawn whole after every change.
			this.screen = (this.screen + stripVTControlCharacters(d.toString('utf8'))).slice(-20_000);
			const now = performance.now();
			this.waiters = this.waiters.filter((w) => {
				if (!this.screen.includes(w.text)) return true;
				w.resolve(now - w.since);
				return false;
			});
		});
	}

	/** Milliseconds from now until `text` is on screen. */
	waitFor(text: string, timeoutMs = 30_000): Promise<number> {
		return new Promise((resolve, reject) => {
			const since = performance.now();
			if (this.screen.includes(text)) return resolve(0);
			this.waiters.push({text, resolve, since});
			setTimeout(
				() => reject(new Error(`'${text}' did not appear; screen ends with:\n${this.screen.slice(-1500)}`)),
				timeoutMs,
			);
		});
	}

	clear(): void {
		this.screen = '';
	}

	write(data: string): void {
		this.child.stdin.write(data);
	}

	stop(): void {
		this.child.kill('SIGKILL');
	}
}
