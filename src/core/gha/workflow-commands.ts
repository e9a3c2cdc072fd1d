/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`) as text, so any command
 * can annotate a file in a pull request when it runs in a job. The escaping is GitHub's: in
 * the message `%`, CR and LF are percent-encoded; in property values `:` and `,` as well,
 * since they separate the properties.
 */

export interface AnnotationProperties {
  readonly file?: string
  readonly line?: number
  readonly col?: number
  readonly title?: string
}

export function annotationCommand(
  level: 'error' | 'warning' | 'notice',
  message: string,
  properties: AnnotationProperties = {}
): string {
  const props = (['file', 'line', 'col', 'title'] as const)
    .filter((key) => properties[key] !== undefined && properties[key] !== '')
    .map((key) => `${key}=${escapeProperty(String(properties[key]))}`)
    .join(',')
  return `::${level}${props === '' ? '' : ` ${props}`}::${escapeData(message)}\n`
}

function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
