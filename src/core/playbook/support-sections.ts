import type { SupportSection } from '../schemas/normalized-plan.js'
import type { PlaybookIssue } from './issues.js'
import type { Section } from './markdown-document.js'
import { slugify } from './text.js'

/**
 * Sections 1, 3, 4, 5 and 6 of a playbook become support sections that are handed to the
 * agents with the items they apply to. Ids are made unique (`-2`, `-3`, …) so that two
 * headings with the same slug stay two addressable sections.
 */
export interface SupportSectionsResult {
  readonly sections: SupportSection[]
  readonly issues: PlaybookIssue[]
}

export function buildSupportSections(
  sections: readonly Section[],
  allPhaseSlugs: readonly string[]
): SupportSectionsResult {
  const first = (number: string): Section | undefined =>
    sections.find((section) => section.heading.number === number)
  const built: SupportSection[] = []
  const issues: PlaybookIssue[] = []
  const usedIds = new Set<string>()
  const add = (
    section: Omit<SupportSection, 'section_id'>,
    idPrefix: string,
    idSlug: string
  ): void => {
    const base = `${idPrefix}${idSlug}`
    let id = base
    for (let suffix = 2; usedIds.has(id); suffix += 1) id = `${base}-${suffix}`
    usedIds.add(id)
    built.push({ section_id: id, ...section })
  }

  const context = first('1')
  if (context !== undefined && context.body !== '') {
    const section = { title: context.heading.title, section_kind: 'global_context' as const }
    add(
      { ...section, body_markdown: context.body, applies_to_phase_slugs: [...allPhaseSlugs] },
      'sec1_',
      'plan-context'
    )
  }

  const phases = first('3')
  for (const sub of phases?.subsections ?? []) {
    if (sub.body === '') continue
    const slug = slugify(sub.heading.title)
    if (slug === '') {
      issues.push(emptySlugIssue(sub.heading, '3'))
      continue
    }
    add(
      {
        title: sub.heading.title,
        section_kind: 'phase_detail',
        body_markdown: sub.body,
        applies_to_phase_slugs: [slug]
      },
      'sec3_',
      slug
    )
  }

  const guidance = first('4')
  const guidanceParts =
    guidance === undefined
      ? []
      : guidance.subsections.length > 0
        ? guidance.subsections
        : [guidance]
  for (const part of guidanceParts) {
    if (part.body === '') continue
    const slug = slugify(part.heading.title)
    if (slug === '') {
      issues.push(emptySlugIssue(part.heading, '4'))
      continue
    }
    add(
      {
        title: part.heading.title,
        section_kind: 'shared_guidance',
        body_markdown: part.body,
        applies_to_phase_slugs: [...allPhaseSlugs]
      },
      'sec4_',
      slug
    )
  }

  const wholeSections = [
    { number: '5', kind: 'risk_register' as const, applies: allPhaseSlugs },
    { number: '6', kind: 'informational' as const, applies: [] }
  ]
  for (const { number, kind, applies } of wholeSections) {
    const section = first(number)
    if (section === undefined || section.body === '') continue
    const slug = slugify(section.heading.title)
    if (slug === '') {
      issues.push(emptySlugIssue(section.heading, number))
      continue
    }
    add(
      {
        title: section.heading.title,
        section_kind: kind,
        body_markdown: section.body,
        applies_to_phase_slugs: [...applies]
      },
      `sec${number}_`,
      slug
    )
  }
  return { sections: built, issues }
}

function emptySlugIssue(heading: Section['heading'], number: string): PlaybookIssue {
  const shown = heading.title === '' ? 'an empty title' : `title "${heading.title}"`
  return {
    line: heading.line,
    column: heading.column,
    section: number,
    message: `heading has ${shown}, which gives no section id; use ASCII letters or digits in the title`
  }
}

/**
 * The support sections an item gets: every non-informational section that applies to all
 * phases or to the item's phase, in plan order. Returns a lookup by phase slug, built once
 * per plan (large plans have thousands of items sharing a handful of phases).
 */
export function supportSectionIdsByPhase(
  sections: readonly SupportSection[]
): (phaseSlug: string) => string[] {
  const candidates = sections
    .filter((section) => section.section_kind !== 'informational')
    .map((section) => ({ id: section.section_id, phases: new Set(section.applies_to_phase_slugs) }))
  const cache = new Map<string, string[]>()
  return (phaseSlug) => {
    let ids = cache.get(phaseSlug)
    if (ids === undefined) {
      ids = candidates
        .filter(({ phases }) => phases.size === 0 || phases.has(phaseSlug))
        .map(({ id }) => id)
      cache.set(phaseSlug, ids)
    }
    return [...ids]
  }
}
