/**
 * Hands out names that differ from every name handed out before: the wanted name when it is free,
 * else the name with the lowest free number appended (`name2`, `name3`, ...). It remembers the
 * last number tried for each wanted name, so n clashing names take time linear in n, not quadratic.
 */
export class UniqueNames {
  private readonly taken = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();

  constructor(private readonly isFree: (name: string) => boolean = () => true) {}

  claim(wanted: string): string {
    let name = wanted;
    let suffix = this.nextSuffix.get(wanted) ?? 2;
    while (this.taken.has(name) || !this.isFree(name)) {
      name = `${wanted}${suffix}`;
      suffix += 1;
    }
    this.nextSuffix.set(wanted, suffix);
    this.taken.add(name);
    return name;
  }
}
