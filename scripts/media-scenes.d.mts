// Types of scripts/media-scenes.mjs, for test/e2e/media.test.ts.
export const WIDTH: number;
export const HEIGHT: number;
export const HOME_PREFIX: string;

export interface Step {
	press?: string[];
	type?: string;
	paste?: string;
	until?: string | RegExp;
	timeoutMs?: number;
	checkpoint?: string;
	still?: string;
	pause?: number;
}

export interface Scene {
	args: string[];
	animated?: boolean;
	steps: Step[];
}

export interface Terminal {
	screen(): string;
	press(key: string): void;
	type(text: string): void | Promise<void>;
	paste(text: string): void;
}

export const SCENES: Record<string, Scene>;
export function sceneEnv(home: string, extra?: Record<string, string>): Record<string, string>;
export function play(
	scene: Scene,
	terminal: Terminal,
	options?: {
		onCheckpoint?: (step: Step, lines: string[], atRest: boolean) => void | Promise<void>;
		pauses?: boolean;
		timeoutMs?: number;
	},
): Promise<void>;
