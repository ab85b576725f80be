import { randomStreams } from './random.js';

/** How the contributions were computed: every coalition, or a seeded sample of orderings. */
export type ShapleyMethod = { readonly kind: 'exact' } | { readonly kind: 'sampled'; readonly orderings: number; readonly seed: number };

export interface Shapley {
  /** One per player, in the order given; they add up to value(everyone) − value(no one). */
  readonly contributions: readonly number[];
  readonly method: ShapleyMethod;
  /** Distinct coalitions evaluated. */
  readonly evaluations: number;
}

/** The value of a coalition (true for each player in it), or undefined when it cannot be computed. */
export type CoalitionValue = (members: readonly boolean[]) => number | undefined;

export class CoalitionError extends Error {
  constructor(readonly members: readonly boolean[]) {
    super('a coalition could not be evaluated');
  }
}

export interface ShapleyOptions {
  /** Up to this many players, every coalition is evaluated; beyond, orderings are sampled. */
  readonly exactUpTo?: number;
  readonly orderings?: number;
  readonly seed?: number;
}

export const EXACT_UP_TO = 10;
export const DEFAULT_ORDERINGS = 2000;

/**
 * Shapley values: each player's average marginal contribution over every order in which the players could join.
 * Exact for up to `exactUpTo` players (2^n coalitions); above that, `orderings` random orders drawn from `seed`,
 * each of which adds up exactly to the whole gap, so the average does too. Throws CoalitionError naming the first
 * coalition whose value is undefined.
 */
export function shapleyValues(players: number, value: CoalitionValue, options: ShapleyOptions = {}): Shapley {
  const { exactUpTo = EXACT_UP_TO, orderings = DEFAULT_ORDERINGS, seed = 1 } = options;
  const cache = new Map<string, number>();
  const worth = (members: readonly boolean[]): number => {
    const key = members.map((member) => (member ? '1' : '0')).join('');
    let known = cache.get(key);
    if (known === undefined) {
      known = value(members);
      if (known === undefined || !Number.isFinite(known)) throw new CoalitionError(members);
      cache.set(key, known);
    }
    return known;
  };
  if (players === 0) return { contributions: [], method: { kind: 'exact' }, evaluations: 0 };
  const contributions = players <= exactUpTo ? exact(players, worth) : sampled(players, worth, orderings, seed);
  const method: ShapleyMethod = players <= exactUpTo ? { kind: 'exact' } : { kind: 'sampled', orderings, seed };
  return { contributions, method, evaluations: cache.size };
}

function exact(players: number, worth: (members: readonly boolean[]) => number): number[] {
  // weight[s] = s! (n - s - 1)! / n!: the share of orders in which a given coalition of size s comes just before a player.
  const weight: number[] = [];
  for (let size = 0; size < players; size++) weight.push(1 / (players * binomial(players - 1, size)));
  const contributions = new Array<number>(players).fill(0);
  const members = (mask: number) => Array.from({ length: players }, (_, i) => (mask & (1 << i)) !== 0);
  for (let mask = 0; mask < 1 << players; mask++) {
    const size = popCount(mask);
    const without = worth(members(mask));
    for (let player = 0; player < players; player++) {
      if (mask & (1 << player)) continue;
      contributions[player]! += weight[size]! * (worth(members(mask | (1 << player))) - without);
    }
  }
  return contributions;
}

function sampled(players: number, worth: (members: readonly boolean[]) => number, orderings: number, seed: number): number[] {
  const [stream] = randomStreams(seed, 1);
  const totals = new Array<number>(players).fill(0);
  const order = Array.from({ length: players }, (_, i) => i);
  for (let round = 0; round < orderings; round++) {
    for (let i = players - 1; i > 0; i--) {
      const j = stream!.integer(0, i);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const members = new Array<boolean>(players).fill(false);
    let before = worth(members);
    for (const player of order) {
      members[player] = true;
      const after = worth(members);
      totals[player]! += after - before;
      before = after;
    }
  }
  return totals.map((total) => total / orderings);
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}

function popCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}
