import type { Customer } from '../../src/domain/customer';
import { personalizeCopy } from '../../src/privacy/personalizeCopy';
import { Pseudonymizer } from '../../src/privacy/pseudonymizer';

const customer: Customer = {
  id: 'C000001',
  email: 'ana@example.com',
  firstName: 'Ana',
  region: 'EMEA',
  lifecycleStage: 'lapsed',
  recencyDays: 120,
  frequency: 3,
  monetary: 250,
  preferredChannels: ['email'],
  emailOptIn: true,
  smsOptIn: false,
  pushOptIn: false,
};

describe('personalizeCopy', () => {
  it('fills placeholders locally, tolerating spaces', () => {
    expect(personalizeCopy('Hi {{firstName}}, {{ firstName }}!', customer)).toBe('Hi Ana, Ana!');
  });
  it('falls back when the value is empty and leaves unknown placeholders visible', () => {
    expect(personalizeCopy('Hi {{firstName}} {{lastName}}', { ...customer, firstName: ' ' })).toBe(
      'Hi there {{lastName}}',
    );
  });
});

describe('Pseudonymizer', () => {
  it('is stable per key, differs across keys and key ids, and hides the id', () => {
    const a = new Pseudonymizer('k'.repeat(32), 'k1');
    expect(a.customer('C000001')).toBe(a.customer('C000001'));
    expect(a.customer('C000001')).toMatch(/^cus_k1_[0-9a-f]{20}$/);
    expect(a.customer('C000001')).not.toContain('C000001');
    expect(new Pseudonymizer('j'.repeat(32), 'k1').customer('C000001')).not.toBe(a.customer('C000001'));
    expect(new Pseudonymizer('k'.repeat(32), 'k2').customer('C000001')).not.toBe(a.customer('C000001'));
    expect(a.customer('C000002')).not.toBe(a.customer('C000001'));
  });
});
