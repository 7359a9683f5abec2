import { readProvisionId } from './provision-id';

describe(readProvisionId.name, () => {
  it.each([
    ['1.2', '1.2'],
    ['5.10', '5.10'],
    ['6.3.', '6.3'],
    ['Provision 9.8', '9.8'],
    ['Code section 1.2', '1.2'],
    [' 4 . 1 ', '4.1'],
  ])('should read "%s" as %s', (text, id) => {
    expect(readProvisionId(text)?.id).toBe(id);
  });

  it('should keep the text that follows the number in the same cell', () => {
    expect(readProvisionId('8.2 The annual complaints report')).toEqual({
      id: '8.2',
      rest: 'The annual complaints report',
    });
  });

  it.each(['landlord must a', '2024.25', '19/06/2027', '1.2.3', '', '3.5m homes'])(
    'should find no id in "%s"',
    (text) => {
      expect(readProvisionId(text)).toBeNull();
    },
  );
});
