import { Command } from 'commander'
import type { CliIo } from '../io.js'

export function prBodyCommand(io: CliIo): Command {
  return new Command('pr-body')
    .description(
      "Print the pull request body of a run (markdown): the run's items, gate decisions, verification, audits and cost."
    )
    .requiredOption('--run-id <id>', 'the run')
    .option('--base <branch>', 'the branch the pull request merges into', 'main')
    .addHelpText(
      'after',
      '\nThe same body the GitHub Action writes. Example:\n' +
        '  plan-orchestrator pr-body --run-id RUN_… | gh pr create --head orchestrator/run/RUN_… --title "…" --body-file -'
    )
    .action(async (options: { runId: string; base: string }) => {
      const [
        { readProvenanceLines, readRunFacts },
        { findRun },
        { renderPrBody },
        { resolveRepoRoot }
      ] = await Promise.all([
        import('../../adapters/review-facts.js'),
        import('../../adapters/run-store.js'),
        import('../../core/gha/pr-body.js'),
        import('../repo-root.js')
      ])
      const run = await findRun(await resolveRepoRoot(io.cwd), options.runId)
      const facts = await readRunFacts(run)
      const provenance = await readProvenanceLines(run, facts.state)
      io.stdout(renderPrBody({ facts, baseBranch: options.base, provenance }))
    })
}
