// The switching values: for each uncertain input, the value at which the business case's NPV
// would be zero, the others held at the programme's own values.
import type { SwitchingValueRow } from '@outcomes/contract';
import { DataTable, type Column } from '../../../components/data-table';
import { describeChange, formatInputValue } from './uncertainty-format';

export function SwitchingValuesTable({ rows }: { rows: readonly SwitchingValueRow[] }) {
  const columns: Column<SwitchingValueRow>[] = [
    {
      key: 'label',
      header: 'Input',
      rowHeader: true,
      value: (s) => s.label,
      render: (s) => s.label,
    },
    {
      key: 'central',
      header: 'Programme’s value',
      value: (s) => s.central,
      render: (s) => formatInputValue(s.move, s.central),
    },
    {
      key: 'switchingValue',
      header: 'Switching value (NPV = 0)',
      value: (s) => s.switchingValue,
      render: (s) =>
        s.switchingValue === null
          ? 'None in range: NPV keeps its sign'
          : formatInputValue(s.move, s.switchingValue),
    },
    {
      key: 'change',
      header: 'Move needed',
      value: (s) => s.change,
      render: (s) => describeChange(s),
    },
    {
      key: 'method',
      header: 'Found by',
      value: (s) => s.method,
      render: (s) => (s.method === 'closed-form' ? 'Closed form' : 'Search and bisection'),
    },
  ];
  return (
    <DataTable
      caption="Switching values"
      captionSize="m"
      columns={columns}
      rows={rows}
      rowKey={(s) => s.key}
      rowTestId={(s) => `switching-${s.key}`}
    />
  );
}
