// Money inputs are stored as integer pence so that sums of inputs are exact; calculations work in
// pounds.

/** 4467600 → 44676. */
export function penceToPounds(p: number): number {
  return p / 100;
}
