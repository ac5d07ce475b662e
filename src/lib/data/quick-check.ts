/**
 * A copy-free check compiled from a valibot schema. valibot's parse builds a
 * checked copy of every object it reads; with 10 000 campaigns that copy and its
 * garbage cost more than the rest of the parse. The quick check walks the input
 * without allocating and answers one question: would valibot accept this input
 * and give it back unchanged? `true` means yes, so the input can be used as the
 * output; `false` means "ask valibot", which then decides and writes the messages.
 * It is derived from the schema, so there is still one schema to edit; a schema
 * it cannot mirror exactly compiles to `null` and valibot does all the work.
 * It reads only what valibot documents for introspection (each schema's and
 * action's `kind`, `type`, `pipe`, `entries`, `requirement`…) and runs any other
 * rule through `v.is`: nothing private (docs/decisions/0002-data-quick-check.md).
 */
import * as v from 'valibot';

type Check = (input: unknown) => boolean;

/** The public properties of valibot's schema and action objects that the compiler reads. */
interface Node {
  kind: 'schema' | 'validation' | 'transformation' | 'metadata';
  type: string;
  pipe?: Node[];
  entries?: Record<string, Node>;
  item?: Node;
  options?: unknown[];
  wrapped?: Node;
  literal?: unknown;
  default?: unknown;
  fallback?: unknown;
  requirement?: unknown;
}

class Unsupported extends Error {}

/** The validations this schema uses most, as valibot writes them, without its allocations. */
const DIRECT: Record<string, (requirement: never) => Check> = {
  non_empty: () => (value) => (value as string).length > 0,
  regex: (requirement: RegExp) => (value) => requirement.test(value as string),
  check: (requirement: Check) => requirement,
  min_length: (requirement: number) => (value) => (value as string).length >= requirement,
};

/**
 * Any other validation action runs through valibot's own code (its public `is`, on a
 * schema that checks nothing else), so its rule is never restated.
 */
function validation(action: Node): Check {
  const direct = DIRECT[action.type];
  if (direct) return direct(action.requirement as never);
  const alone = v.pipe(v.unknown(), action as unknown as v.GenericValidation);
  return (value) => v.is(alone, value);
}

function action(node: Node): Check | undefined {
  if (node.kind === 'metadata') return undefined;
  if (node.kind === 'validation') return validation(node);
  // A transformation that leaves this input as it is: trimming a trimmed string.
  if (node.type === 'trim') return (value) => value === (value as string).trim();
  throw new Unsupported(`action "${node.type}"`);
}

function strictObject(entries: Record<string, Node>): Check {
  const keys = Object.keys(entries);
  const checks = keys.map((key) => compile(entries[key]!));
  return (input) => {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) return false;
    const record = input as Record<string, unknown>;
    for (let i = 0; i < keys.length; i++) if (!checks[i]!(record[keys[i]!])) return false;
    for (const key in record) if (!Object.prototype.hasOwnProperty.call(entries, key)) return false;
    return true;
  };
}

function base(node: Node): Check {
  // valibot writes a fallback or a default in place of some inputs: never "unchanged".
  if (node.fallback !== undefined || node.default !== undefined)
    throw new Unsupported(`a fallback or default on "${node.type}"`);
  switch (node.type) {
    case 'string':
      return (input) => typeof input === 'string';
    case 'number':
      return (input) => typeof input === 'number' && !Number.isNaN(input);
    case 'literal':
      return (input) => input === node.literal;
    case 'picklist':
      return (input) => node.options!.includes(input);
    case 'optional': {
      const wrapped = compile(node.wrapped!);
      return (input) => input === undefined || wrapped(input);
    }
    case 'array': {
      const item = compile(node.item!);
      return (input) => {
        if (!Array.isArray(input)) return false;
        for (let i = 0; i < input.length; i++) if (!item(input[i])) return false;
        return true;
      };
    }
    case 'union': {
      const options = (node.options as Node[]).map(compile);
      return (input) => {
        for (let i = 0; i < options.length; i++) if (options[i]!(input)) return true;
        return false;
      };
    }
    case 'strict_object':
      return strictObject(node.entries!);
    default:
      throw new Unsupported(`schema "${node.type}"`);
  }
}

function compile(node: Node): Check {
  if (!node.pipe) return base(node);
  const [first, ...rest] = node.pipe;
  const steps = [compile(first!), ...rest.map(action).filter((c): c is Check => c !== undefined)];
  return (input) => {
    for (let i = 0; i < steps.length; i++) if (!steps[i]!(input)) return false;
    return true;
  };
}

/**
 * `true` only for inputs that valibot accepts and returns unchanged (deep-equal);
 * `null` when the schema uses a feature the compiler does not mirror.
 */
export function quickCheck(schema: v.GenericSchema): Check | null {
  try {
    return compile(schema as unknown as Node);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}
