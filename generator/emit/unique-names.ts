/**
 * Hands out names that differ from every name handed out before: the wanted name when it is free,
 * else the name with the lowest free number, as `numbered` writes it (`name2` by default). It
 * remembers the last number tried for each wanted name, so n clashing names take linear time.
 */
export class UniqueNames {
  private readonly taken = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();

  constructor(private readonly numbered: (name: string, number: number) => string = (name, number) => `${name}${number}`) {}

  claim(wanted: string): string {
    let name = wanted;
    let suffix = this.nextSuffix.get(wanted) ?? 2;
    while (this.taken.has(name)) {
      name = this.numbered(wanted, suffix);
      suffix += 1;
    }
    this.nextSuffix.set(wanted, suffix);
    this.taken.add(name);
    return name;
  }
}
