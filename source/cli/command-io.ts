// What a command reads and writes, passed in so tests can run commands in-process.
export interface CommandIo {
	stdin: NodeJS.ReadableStream;
	stdout: NodeJS.WritableStream;
	stderr: NodeJS.WritableStream;
	env: NodeJS.ProcessEnv;
	/** Both stdin and stdout are terminals. */
	isTerminal: boolean;
}
