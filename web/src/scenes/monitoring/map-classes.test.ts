import { describe, expect, it } from 'vitest';
import { classes } from './map-classes';

describe('map classes', () => {
  it('should split skewed counts into quantile classes, each value in the class of the highest bound below it', () => {
    const values = [1, 1, 2, 2, 3, 5, 8, 13, 21, 100];
    const { bounds, classOf } = classes(values);
    expect(bounds).toEqual([1, 2, 3, 8, 21]);
    expect(values.map(classOf)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('should merge equal bounds so that one value never spans several classes', () => {
    const { bounds, classOf } = classes([7, 7, 7]);
    expect(bounds).toEqual([7]);
    expect(classOf(7)).toBe(0);
  });

  it('should have no classes without values', () => {
    expect(classes([]).bounds).toEqual([]);
  });
});
