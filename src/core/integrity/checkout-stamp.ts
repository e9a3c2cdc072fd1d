/**
 * How a working tree looked, entry by entry, when a `git status` of it was read: a later
 * reading that finds every entry the same takes that status instead of running git again.
 * Kept in memory only (see adapters/integrity/checkout-stamp.ts).
 */
export interface CheckoutStamp {
  /** A change time from which on an entry may have changed again unseen (ns since the epoch). */
  readonly racyFromNs: bigint
  /** The latest change time among the entries (ns since the epoch). */
  readonly newestChangeNs: bigint
  /** Absolute paths of the git files status depends on (HEAD, the index, config, …). */
  readonly gitFiles: readonly string[]
  /** Repo-relative paths of the directories the walk does not enter. */
  readonly skipped: ReadonlySet<string>
  /** Tracked paths the walk does not reach, read one by one. */
  readonly extras: readonly string[]
  /** Git files by absolute path, and repo-relative path → `lstat` signature of every entry. */
  readonly entries: ReadonlyMap<string, string>
}
