/**
 * The shapes a learner may paste, turned into one: the ECS API's task definition
 * (`register-task-definition --cli-input-json`). Accepted:
 *
 * - the API shape itself (`{ "family": …, "containerDefinitions": [...] }`);
 * - `aws ecs describe-task-definition` output (`{ "taskDefinition": { … } }`);
 * - CloudFormation `AWS::ECS::TaskDefinition` Properties (`{ "Family": …, "ContainerDefinitions": … }`)
 *   or a whole JSON template (the first task definition resource is checked).
 *
 * CloudFormation keys are PascalCase; they are renamed to the API's camelCase, and a finding's
 * path is translated back so it points into the text the learner pasted. Values given by an
 * intrinsic function (`{ "Ref": … }`, `{ "Fn::Sub": … }`) become an `Intrinsic` marker: their
 * value is only known at deploy time. THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */
import type { Segment } from './json.ts';

export type Shape = 'api' | 'describe' | 'cloudformation' | 'cloudformation-template';

/** A value CloudFormation computes at deploy time (`Ref`, `Fn::…`). */
export class Intrinsic {
	/** The function's name: `Ref`, `Fn::GetAtt`, `Fn::Sub`… */
	readonly fn: string;
	/** The function's arguments as JSON, so two uses of the same value compare equal. */
	readonly args: string;
	constructor(fn: string, args: unknown) {
		this.fn = fn;
		this.args = JSON.stringify(args);
	}
	/** Whether `other` is the same function call. */
	sameAs(other: unknown): boolean {
		return other instanceof Intrinsic && other.fn === this.fn && other.args === this.args;
	}
}

export interface Normalized {
	shape: Shape;
	/** The task definition in API shape. */
	value: unknown;
	/** Translates a path in `value` to the path in the original document. */
	origin: (path: readonly Segment[]) => Segment[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Json, k: string) => Object.hasOwn(o, k);

/** CloudFormation names that are not the API name with a lowercase first letter. */
const CFN_RENAMES: Record<string, string> = {
	EFSVolumeConfiguration: 'efsVolumeConfiguration',
	FSxWindowsFileServerVolumeConfiguration: 'fsxWindowsFileServerVolumeConfiguration',
};
/** Properties whose value is a free-form map: its keys are data, not names to rename. */
const FREE_FORM_MAPS = new Set(['Options', 'DockerLabels', 'DriverOpts', 'Labels']);

const pascal = (key: string) =>
	Object.entries(CFN_RENAMES).find(([, api]) => api === key)?.[0] ??
	key.charAt(0).toUpperCase() + key.slice(1);
const camel = (key: string) => CFN_RENAMES[key] ?? key.charAt(0).toLowerCase() + key.slice(1);

function intrinsicOf(v: Json): Intrinsic | undefined {
	const keys = Object.keys(v);
	const only = keys[0];
	return keys.length === 1 && only && (only === 'Ref' || only.startsWith('Fn::'))
		? new Intrinsic(only, v[only])
		: undefined;
}

/** Renames keys recursively, remembering each new key's original name. */
function fromCloudFormation(value: unknown, keyMap: WeakMap<object, Map<string, string>>): unknown {
	if (Array.isArray(value)) return value.map((v) => fromCloudFormation(v, keyMap));
	if (!isObject(value)) return value;
	const intrinsic = intrinsicOf(value);
	if (intrinsic) return intrinsic;
	const out: Json = {};
	const names = new Map<string, string>();
	for (const [key, v] of Object.entries(value)) {
		const name = camel(key);
		names.set(name, key);
		out[name] = FREE_FORM_MAPS.has(key) ? v : fromCloudFormation(v, keyMap);
	}
	keyMap.set(out, names);
	return out;
}

/** Works out which shape `doc` is and returns it in API shape. */
export function normalize(doc: unknown): Normalized {
	const identity = (prefix: Segment[]) => (path: readonly Segment[]) => [...prefix, ...path];
	if (!isObject(doc)) return { shape: 'api', value: doc, origin: identity([]) };
	if (own(doc, 'taskDefinition') && isObject(doc['taskDefinition']))
		return {
			shape: 'describe',
			value: doc['taskDefinition'],
			origin: identity(['taskDefinition']),
		};

	let properties: unknown;
	let prefix: Segment[] = [];
	let shape: Shape | undefined;
	if (own(doc, 'Resources') && isObject(doc['Resources'])) {
		const resources = doc['Resources'];
		const name = Object.keys(resources).find((k) => {
			const r = resources[k];
			return isObject(r) && r['Type'] === 'AWS::ECS::TaskDefinition';
		});
		const resource = name === undefined ? undefined : resources[name];
		if (name !== undefined && isObject(resource)) {
			properties = own(resource, 'Properties') ? resource['Properties'] : {};
			prefix = ['Resources', name, 'Properties'];
			shape = 'cloudformation-template';
		}
	} else if (Object.keys(doc).some((k) => /^[A-Z]/.test(k)) && !own(doc, 'containerDefinitions')) {
		properties = doc;
		shape = 'cloudformation';
	}
	if (!shape) return { shape: 'api', value: doc, origin: identity([]) };

	const keyMap = new WeakMap<object, Map<string, string>>();
	const value = fromCloudFormation(properties, keyMap);
	const origin = (path: readonly Segment[]): Segment[] => {
		const out: Segment[] = [...prefix];
		let node: unknown = value;
		for (const seg of path) {
			if (isObject(node) && typeof seg === 'string') {
				// A key that is not there (a missing field) is named as CloudFormation would name it.
				out.push(keyMap.get(node)?.get(seg) ?? pascal(seg));
				node = own(node, seg) ? node[seg] : undefined;
			} else if (Array.isArray(node) && typeof seg === 'number') {
				out.push(seg);
				node = node[seg];
			} else {
				out.push(typeof seg === 'string' ? pascal(seg) : seg);
				node = undefined;
			}
		}
		return out;
	};
	return { shape, value, origin };
}
