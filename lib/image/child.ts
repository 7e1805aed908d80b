// From estimated ages to "is this a child?". The age model (face-api's, trained mostly on adults)
// is noisy around the teens, so the answer is a probability with an honest middle band; the rules
// turn that band into a question ("Is dit een leerling?") rather than a verdict.
//
// Measured on all 540 FairFace (CC BY 4.0) faces with `npm run eval:images -- --fairface DIR`
// (face-api age, mean of the face and its mirror image). Of the detected faces:
//   0–2: 56/56 child · 3–9: 51 child, 2 unsure, 4 adult · 10–19: 27 / 14 / 18
//   20–29: 3 child, 14 unsure, 39 adult · 30–39: 1 / 5 / 48 · 40–49: 0 / 3 / 53 · 50+: 0 / 2 / 170
// So young adults are often asked "Is dit een leerling?"; older staff rarely.

/** Age at which a face is as likely a child as not (probability 0.5). */
const MIDPOINT_AGE = 18;
/** Width of the logistic curve in years: ±3 years moves the probability from 0.5 to ~0.73/0.27. */
const SPREAD_YEARS = 3;

/** Probability 0..1 that a face with this estimated age is a child (under 16). */
export function childProbabilityFromAge(age: number): number {
  if (!Number.isFinite(age)) return 0.5;
  return 1 / (1 + Math.exp((age - MIDPOINT_AGE) / SPREAD_YEARS));
}

/** At or above: treat as a child. */
export const CHILD_AT = 0.6;
/** At or above (and below CHILD_AT): could be a pupil, ask. Below: an adult. */
export const UNSURE_AT = 0.2;

export type AgeClass = 'child' | 'unsure' | 'adult';

export function ageClass(childProbability: number | undefined): AgeClass {
  // No age estimate at all: at a primary school an unknown face is more likely a pupil than not.
  if (childProbability === undefined) return 'unsure';
  if (childProbability >= CHILD_AT) return 'child';
  if (childProbability >= UNSURE_AT) return 'unsure';
  return 'adult';
}
