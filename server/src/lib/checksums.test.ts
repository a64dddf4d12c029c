import { describe, expect, it } from 'vitest';
import {
  enterpriseNumberCheck,
  isValidEnterpriseNumber,
  isValidNationalNumber,
  maskNationalNumber,
  nationalNumberCentury,
  nationalNumberCheck,
} from './checksums';

describe('enterprise number', () => {
  it('should accept a number whose last two digits are 97 minus the first eight mod 97', () => {
    // 04031707 mod 97 = 96, so the check is 01.
    expect(4031707 % 97).toBe(96);
    expect(isValidEnterpriseNumber('0403.170.701')).toBe(true);
    expect(enterpriseNumberCheck('04174971')).toBe('06');
    expect(isValidEnterpriseNumber('0417497106')).toBe(true);
  });

  it('should accept the usual punctuation and BE prefix', () => {
    expect(isValidEnterpriseNumber('BE 0403.170.701')).toBe(true);
  });

  it('should refuse a wrong check, a wrong length and a leading digit other than 0 or 1', () => {
    expect(isValidEnterpriseNumber('0403170702')).toBe(false);
    expect(isValidEnterpriseNumber('040317070')).toBe(false);
    expect(isValidEnterpriseNumber('2403170701')).toBe(false);
    expect(isValidEnterpriseNumber('abc')).toBe(false);
  });
});

describe('national number', () => {
  it('should accept a number born before 2000 (check on the nine digits)', () => {
    // 85073003328: 850730033 mod 97 = 69 → 97 − 69 = 28.
    expect(850730033 % 97).toBe(69);
    expect(isValidNationalNumber('85.07.30-033.28')).toBe(true);
    expect(nationalNumberCentury('85073003328')).toBe(1900);
  });

  it('should accept a number born from 2000 on (2 put in front before mod 97)', () => {
    const base = '050314123';
    const check = nationalNumberCheck(base, true);
    expect(Number(check)).toBe(97 - (2050314123 % 97));
    expect(nationalNumberCentury(`${base}${check}`)).toBe(2000);
  });

  it('should refuse a wrong check digit and wrong lengths', () => {
    expect(isValidNationalNumber('85073003329')).toBe(false);
    expect(isValidNationalNumber('8507300332')).toBe(false);
    expect(isValidNationalNumber('')).toBe(false);
  });

  it('should mask the serial and check digits', () => {
    expect(maskNationalNumber('85073003328')).toBe('85.07.30-***.**');
  });
});
