/** Why a content file was rejected: the file, the front matter field (when known) and what is wrong. */
export interface ContentProblem {
  file: string;
  field?: string;
  message: string;
}

export function describeContentProblem(problem: ContentProblem): string {
  return problem.field === undefined
    ? `${problem.file}: ${problem.message}`
    : `${problem.file}: ${problem.field}: ${problem.message}`;
}
