// Typed access to the generated schema: a column or option label that Solution/ does not define is
// a compile error, not a query that fails at run time.
import { OptionSets, Tables, EntitySets } from './schema.generated';

export { OptionSets, Tables, EntitySets };

export type OptionSetName = keyof typeof OptionSets;
export type OptionLabel<S extends OptionSetName> = keyof (typeof OptionSets)[S] & string;
export type TableName = keyof typeof Tables;
export type ColumnName<T extends TableName> = keyof (typeof Tables)[T]['columns'] & string;

/** The value of an option, by its English label. */
export function choice<S extends OptionSetName, L extends OptionLabel<S>>(set: S, label: L): number {
  return (OptionSets[set] as Record<string, number>)[label]!;
}

export interface ChoiceOption {
  value: number;
  label: string;
}

/** The options of a choice in their defined order. */
export function optionsOf(set: OptionSetName): ChoiceOption[] {
  return Object.entries(OptionSets[set] as Record<string, number>).map(([label, value]) => ({ value, label }));
}

const labelCache = new Map<OptionSetName, Map<number, string>>();

/** The label of a value; the number itself for a value the solution does not define. */
export function optionLabel(set: OptionSetName, value: number | null): string | null {
  if (value === null) return null;
  let labels = labelCache.get(set);
  if (!labels) {
    labels = new Map(optionsOf(set).map((o) => [o.value, o.label]));
    labelCache.set(set, labels);
  }
  return labels.get(value) ?? String(value);
}

/** A column's logical name, checked against the table at compile time. */
export function col<T extends TableName, C extends ColumnName<T>>(_table: T, column: C): C {
  return column;
}

/** The single-valued navigation property of a lookup column, for $expand. */
export function navigationOf<T extends TableName>(table: T, column: ColumnName<T>): string {
  const meta = (Tables[table].columns as Record<string, { navigation?: string }>)[column];
  if (!meta?.navigation) throw new Error(`${table}.${column} is not a lookup with a relationship in Solution/`);
  return meta.navigation;
}

export function entitySetOf(table: string): string {
  const set = EntitySets[table];
  if (!set) throw new Error(`No entity set known for table '${table}'`);
  return set;
}
