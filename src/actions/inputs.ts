import { z } from 'zod'

/** A path inside the checked-out repository: relative, and never climbing out of it. */
export const repoPath = z
  .string()
  .min(1)
  .refine((path) => !path.startsWith('/') && !path.split(/[\\/]/).includes('..'), {
    message: 'must be a path inside the repository (relative, no ..)'
  })
