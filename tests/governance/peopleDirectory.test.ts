import { PeopleDirectory } from '../../src/governance/peopleDirectory';
import { tableRoundTrips } from '../../src/adapters/tables/tableRoundTrips';
import { createTestTableStore } from '../support/azuriteStore';

describe('people directory: display names of the Teams users the bot sees', () => {
  it('asks the table about an unknown person once a minute, and knows them as soon as they are seen', async () => {
    const { store } = createTestTableStore();
    const people = new PeopleDirectory(store);
    await people.init();
    const gets = () => tableRoundTrips().byOperation.get ?? 0;
    const before = gets();
    expect(await people.nameOf('never-seen')).toBeUndefined();
    expect(await people.nameOf('never-seen')).toBeUndefined();
    expect(gets() - before).toBe(1);
    await people.remember({ id: 'never-seen', name: 'Lidia Holloway' });
    expect(await people.nameOf('never-seen')).toBe('Lidia Holloway');
  });

  it('remembers names, updates a changed one and never stores an id as a name', async () => {
    const { store } = createTestTableStore();
    const people = new PeopleDirectory(store);
    await people.init();
    await people.remember({ id: '00000000-0000-0000-0000-000000000020', name: '  Megan   Bowen ' });
    await people.remember({ id: 'aad/with#odd?chars', name: 'Alex Wilber' });
    await people.remember({ id: 'no-name', name: 'no-name' });
    await people.remember({ id: 'blank', name: '   ' });

    // A fresh instance reads from the table, not from the first one's cache.
    const fresh = new PeopleDirectory(store);
    expect(await fresh.nameOf('00000000-0000-0000-0000-000000000020')).toBe('Megan Bowen');
    expect(await fresh.nameOf('aad/with#odd?chars')).toBe('Alex Wilber');
    expect(await fresh.nameOf('no-name')).toBeUndefined();
    expect(await fresh.nameOf('blank')).toBeUndefined();

    await people.remember({ id: 'aad/with#odd?chars', name: 'Alex Wilber-Smith' });
    const names = await new PeopleDirectory(store).namesOf(
      ['aad/with#odd?chars', 'unknown-id', 'unknown-id'],
      (id) => `(${id})`,
    );
    expect([...names]).toEqual([
      ['aad/with#odd?chars', 'Alex Wilber-Smith'],
      ['unknown-id', '(unknown-id)'],
    ]);
  });
});
