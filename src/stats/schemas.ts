import { z } from 'zod';

/** Building blocks shared by the argument schemas of src/stats, with messages that read after a field path. */

export const finiteNumber = z
  .number({ invalid_type_error: 'must be a number', required_error: 'is required' })
  .finite('must be a finite number');

export const nonNegativeNumber = finiteNumber.min(0, 'must not be negative');

export const positiveNumber = finiteNumber.gt(0, 'must be greater than 0');

export const userCount = finiteNumber.int('must be a whole number').min(1, 'must be at least 1');

export const nonNegativeCount = finiteNumber.int('must be a whole number').min(0, 'must not be negative');

/** A probability strictly between 0 and 1 (significance level, power, rate). */
export const openProbability = finiteNumber
  .gt(0, 'must be between 0 and 1 (exclusive)')
  .lt(1, 'must be between 0 and 1 (exclusive)');

/** Degrees of freedom of a Student t reference distribution (Infinity is the normal distribution). */
export const degreesOfFreedom = z
  .number({ invalid_type_error: 'must be a number' })
  .gt(0, 'must be greater than 0');
