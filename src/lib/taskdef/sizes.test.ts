import { describe, expect, it } from 'vitest';
import { isValidSize, neighbourSizes, parseTaskCpu, parseTaskMemory, validSizes } from './sizes.ts';

describe('task sizes', () => {
	it.each([
		[{ cpu: 256, memory: 512 }, 'linux', true],
		[{ cpu: 256, memory: 4096 }, 'linux', false],
		[{ cpu: 8192, memory: 20480 }, 'linux', true],
		[{ cpu: 8192, memory: 18432 }, 'linux', false],
		[{ cpu: 16384, memory: 122880 }, 'linux', true],
		[{ cpu: 16384, memory: 36864 }, 'linux', false],
		[{ cpu: 512, memory: 1024 }, 'windows', false],
		[{ cpu: 1024, memory: 2048 }, 'windows', true],
		[{ cpu: 8192, memory: 16384 }, 'windows', false],
		[{ cpu: 4096, memory: 30720 }, 'windows', true],
	] as const)('%o on %s → %s', (size, os, valid) => {
		expect(isValidSize(size, os)).toBe(valid);
	});

	it('counts the combinations of the table', () => {
		// 3 + 4 + 7 + 13 + 23 + 12 + 12 for Linux; Windows has the 1, 2 and 4 vCPU rows.
		expect(validSizes('linux')).toHaveLength(74);
		expect(validSizes('windows')).toHaveLength(43);
	});

	it('finds the nearest sizes', () => {
		expect(neighbourSizes({ cpu: 1024, memory: 2048 }, 'linux')).toEqual([
			{ cpu: 512, memory: 2048 },
			{ cpu: 1024, memory: 3072 },
			{ cpu: 2048, memory: 4096 },
		]);
		expect(neighbourSizes({ cpu: 1024, memory: 2048 }, 'windows')).toEqual([
			{ cpu: 1024, memory: 3072 },
			{ cpu: 2048, memory: 4096 },
		]);
		expect(neighbourSizes({ cpu: 999, memory: 2048 }, 'linux')).toEqual([]);
	});

	it.each([
		['1024', 1024],
		[2048, 2048],
		['1 vCPU', 1024],
		['0.25 vcpu', 256],
		['abc', undefined],
		[null, undefined],
	])('parses cpu %j', (v, want) => {
		expect(parseTaskCpu(v)).toBe(want);
	});

	it.each([
		['2048', 2048],
		['2 GB', 2048],
		['0.5GB', 512],
		['2 GiB', undefined],
		[{}, undefined],
	])('parses memory %j', (v, want) => {
		expect(parseTaskMemory(v)).toBe(want);
	});
});
